"""Pages of the Platform's documents (the attestation sheet, the campaign protocol, as PDF) and
the development outbox: parse, read through the scoping, render."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of
from biliktilik.jobs.models import OutgoingEmail

from . import documents

OUTBOX_ROWS = 200


def _language(request: HttpRequest) -> str:
    """``?lang=kk|ru``; otherwise the page's language when a document exists in it, else Kazakh."""
    wanted = request.GET.get("lang") or (get_language() or "kk")[:2]
    return wanted if wanted in documents.LANGUAGES else "kk"


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_required
def attestation_sheet(request: HttpRequest, attestee_id: int) -> HttpResponse:
    entry = get_object_or_404(
        documents.sheet_entries(request.user).select_related(
            "employee__organization", "campaign__organization"
        ),
        pk=attestee_id,
    )
    language = _language(request)
    content = documents.attestation_sheet(entry, language=language)
    return _pdf(content, f"attestation-sheet-{entry.pk}-{language}.pdf")


@login_required
def campaign_protocol(request: HttpRequest, campaign_id: int) -> HttpResponse:
    campaign = get_object_or_404(
        documents.protocol_campaigns(request.user).select_related("organization"), pk=campaign_id
    )
    language = _language(request)
    content = documents.campaign_protocol(campaign, language=language)
    return _pdf(content, f"attestation-protocol-{campaign.pk}-{language}.pdf")


@login_required
def outbox(request: HttpRequest) -> HttpResponse:
    """The e-mail the Platform queued, newest first: for development, and for administrators."""
    if not (settings.DEBUG or role_of(request.user) == Role.ADMINISTRATOR):
        raise Http404
    emails = OutgoingEmail.objects.order_by("-created_at", "-id")[:OUTBOX_ROWS]
    return render(request, "attestation/outbox.html", {"emails": emails, "limit": OUTBOX_ROWS})
