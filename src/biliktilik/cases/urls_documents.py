"""The public verification page and the case documents' downloads (``views_documents``)."""

from django.urls import path

from . import views_documents

app_name = "documents"

urlpatterns = [
    path("verify/<str:code>", views_documents.verify, name="verify"),
    path("cases/<int:case_id>/certificate.pdf", views_documents.certificate_pdf, name="certificate"),
    path("cases/<int:case_id>/documents/<str:document>.pdf", views_documents.case_document, name="document"),
]
