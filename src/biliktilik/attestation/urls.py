"""The Platform's pages under /platform/: the question bank (methodologists), campaigns (HR
officers), the commission's work, the employee's own tests, and the documents."""

from django.urls import include, path

app_name = "attestation"

urlpatterns = [
    path("", include("biliktilik.attestation.urls_bank")),
    path("", include("biliktilik.attestation.urls_testing")),
    path("", include("biliktilik.attestation.urls_campaigns")),
    path("", include("biliktilik.attestation.urls_commission")),
    path("", include("biliktilik.attestation.urls_documents")),
]
