"""The Platform's documents (issue 8, item 9): the attestation sheet of one attestee and the
campaign protocol, as PDF in Kazakh or Russian.

Typst lays them out (``templates/attestation/documents/document.typ``) with the DejaVu Sans
font the Platform ships (``attestation/fonts/``), so the Kazakh letters render whatever fonts the
machine has, and the PDF's text can be extracted. What a document says is built in ``sheet`` and
``protocol`` as plain data, every label translated and every code named through the vocabulary;
the template only lays it out and reads the data as JSON, so a name or a comment is always text,
never markup.

Who may read them: the HR officers and commission members of the campaign's subtree, the
auditor and the administrator; an attestee reads their own sheet. Anyone else gets a 404.
"""

from __future__ import annotations

from django.db.models import QuerySet

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of

from .. import selectors
from ..models import Attestee, Campaign
from .protocol import campaign_protocol, protocol_data
from .sheet import attestation_sheet, sheet_data

__all__ = [
    "attestation_sheet",
    "campaign_protocol",
    "protocol_campaigns",
    "protocol_data",
    "sheet_data",
    "sheet_entries",
]

LANGUAGES = ("kk", "ru")
# Documents carry personal data: the methodologist, who keeps the bank, does not read them.
READERS = {Role.ADMINISTRATOR, Role.AUDITOR, Role.HR_OFFICER, Role.COMMISSION_MEMBER}


def sheet_entries(user) -> QuerySet[Attestee]:
    """The attestees whose sheet ``user`` may read."""
    role = role_of(user)
    if role in READERS or role == Role.EMPLOYEE:
        return selectors.visible_attestees(user)
    return Attestee.objects.none()


def protocol_campaigns(user) -> QuerySet[Campaign]:
    """The campaigns whose protocol ``user`` may read (an attestee reads only their own sheet)."""
    return selectors.visible_campaigns(user) if role_of(user) in READERS else Campaign.objects.none()
