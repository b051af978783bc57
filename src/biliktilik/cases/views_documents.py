"""The public verification page of a certificate (``/verify/<code>``, no sign-in) and the
downloads of a case's documents for the staff who may see the case.

The verification page shows no more than the certificate itself: the holder's name,
citizenship and occupation, its number, kind and dates, and whether it is valid today — never
the applicant's contact or identity document, never the case."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import documents, selectors, services_certificates


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _language(request: HttpRequest) -> str:
    """``?lang=kk|ru``; otherwise the page's language when the document exists in it, else Kazakh."""
    wanted = request.GET.get("lang") or (get_language() or "kk")[:2]
    return wanted if wanted in documents.LANGUAGES else "kk"


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    certificate = services_certificates.by_code(code.strip().upper())
    if certificate is None:
        return render(request, "cases/documents/verify_unknown.html", {"code": code}, status=404)
    today = timezone.localdate()
    context = {
        "certificate": certificate,
        "state": services_certificates.status_of(certificate, today),
        "today": today,
    }
    return render(request, "cases/documents/verify.html", context)


def _case(request: HttpRequest, case_id: int):
    case = selectors.case_of(request.user, case_id)
    if case is None:
        raise Http404
    return case


@login_required
def certificate_pdf(request: HttpRequest, case_id: int) -> HttpResponse:
    certificate = services_certificates.certificate_of(_case(request, case_id))
    if certificate is None:
        raise Http404
    return _pdf(bytes(certificate.pdf), f"certificate-{certificate.number}.pdf")


@login_required
def case_document(request: HttpRequest, case_id: int, document: str) -> HttpResponse:
    if document not in documents.DOCUMENTS:
        raise Http404
    case = _case(request, case_id)
    language = _language(request)
    content = documents.letter_pdf(case, document, language=language)
    if content is None:
        raise Http404
    return _pdf(content, f"{document}-{case.number}-{language}.pdf")
