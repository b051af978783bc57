"""Pages of the Platform: documents (the attestation sheet, the campaign protocol) and the
development outbox of the notifications."""

from django.urls import path

from . import views_documents

urlpatterns = [
    path("attestees/<int:attestee_id>/sheet.pdf", views_documents.attestation_sheet, name="sheet_pdf"),
    path("campaigns/<int:campaign_id>/protocol.pdf", views_documents.campaign_protocol, name="protocol_pdf"),
    path("outbox/", views_documents.outbox, name="outbox"),
]
