"""The cases' documents (issue 9, item 6): the certificate (Kazakh and Russian on one page, with
the QR code of its public verification page), the commission's protocol, the notification of the
decision and the refusal letters (one language per document), each signed by the provider
(PAdES, ``biliktilik.signing``).

Typst lays them out (``templates/*.typ``) with the DejaVu fonts the Platform ships; what a
document says is built here as plain data, every label translated, and the template reads it as
JSON, so a name or a reason is always text, never markup."""

from .certificate import certificate_data, certificate_pdf
from .common import LANGUAGES, verify_url
from .letters import DOCUMENTS, decision_of, letter_pdf

__all__ = [
    "DOCUMENTS",
    "LANGUAGES",
    "certificate_data",
    "certificate_pdf",
    "decision_of",
    "letter_pdf",
    "verify_url",
]
