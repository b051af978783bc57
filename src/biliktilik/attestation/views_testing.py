"""The employee's own pages: their tests, the test itself, the result and the appeal.

The test page works without script (each answer is a form field; "Save answers" posts them all)
and, with ``attempt.js``, saves every answer as it is given through the API, shows the server's
deadline counting down and submits nothing itself: the server ends an attempt whose time is up.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from biliktilik.accounts.permissions import profile_of
from biliktilik.errors import DomainError
from biliktilik.forms import refused
from biliktilik.languages import in_language

from . import selectors, services_appeals, services_testing
from .forms_testing import AppealForm
from .models import Attempt, Attestee

TEXT_LANGUAGES = ("kk", "ru")


def _own_entries(request: HttpRequest):
    profile = profile_of(request.user)
    if profile is None or not profile.employee_id:
        return Attestee.objects.none()
    return Attestee.objects.filter(employee_id=profile.employee_id).select_related("campaign")


def _own_attempt(request: HttpRequest, attempt_id: int) -> Attempt:
    attempt = selectors.own_attempt(request.user, attempt_id)
    if attempt is None:
        raise Http404
    return services_testing.expire_if_due(attempt=attempt)


@login_required
def my_tests(request: HttpRequest) -> HttpResponse:
    entries = []
    for entry in _own_entries(request).order_by("-campaign__testing_from"):
        attempt = getattr(entry, "attempt", None)
        if attempt is not None:
            attempt = services_testing.expire_if_due(attempt=attempt)
        entries.append(
            {
                "entry": entry,
                "attempt": attempt,
                "result": services_testing.result_of(attempt) if attempt else None,
                "admission": selectors.rendered(entry.admission, request.LANGUAGE_CODE),
                "open": entry.campaign.testing_from <= timezone.localdate() <= entry.campaign.testing_to,
            }
        )
    return render(request, "attestation/my_tests.html", {"entries": entries})


@login_required
@require_POST
def attempt_start(request: HttpRequest, attestee_id: int) -> HttpResponse:
    entry = _own_entries(request).filter(pk=attestee_id).first()
    if entry is None:
        raise Http404
    language = request.LANGUAGE_CODE if request.LANGUAGE_CODE in TEXT_LANGUAGES else "kk"
    attempt, _ = services_testing.attempt_start(actor=request.user, attestee=entry, language=language)
    return redirect("attestation:attempt", attempt_id=attempt.pk)


def _paper(attempt: Attempt, language: str) -> list[dict]:
    """The taker's questions (``selectors.paper``) in the text language chosen, or the other one
    where a text exists only there."""
    questions = selectors.paper(attempt)
    for question in questions:
        question["text"] = in_language(question["text"], language)
        for option in question["options"]:
            option["text"] = in_language(option["text"], language)
    return questions


@login_required
@require_http_methods(["GET", "POST"])
def attempt_page(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = _own_attempt(request, attempt_id)
    if attempt.status != "in_progress":
        return redirect("attestation:result", attempt_id=attempt.pk)
    language = request.GET.get("text") or attempt.language
    language = language if language in TEXT_LANGUAGES else "kk"
    problem = None
    if request.method == "POST":
        problem = _save_posted(request, attempt)
        if problem is None and "submit" in request.POST:
            services_testing.attempt_submit(actor=request.user, attempt=attempt)
            return redirect("attestation:result", attempt_id=attempt.pk)
        attempt.refresh_from_db()
        if attempt.status != "in_progress":
            return redirect("attestation:result", attempt_id=attempt.pk)
    questions = _paper(attempt, language)
    context = {
        "attempt": attempt,
        "questions": questions,
        "answered": sum(q["answered"] for q in questions),
        "remaining_seconds": max(0, int((attempt.deadline - timezone.now()).total_seconds())),
        "language": language,
        "other_language": "ru" if language == "kk" else "kk",
        "problem": problem,
    }
    return render(request, "attestation/attempt.html", context)


def _save_posted(request: HttpRequest, attempt: Attempt) -> str | None:
    """Every answer of the posted form (the page without script), one service call each."""
    for drawn in attempt.drawn.select_related("version"):
        chosen = request.POST.getlist(f"q{drawn.version.question_id}")
        if not chosen:
            continue
        try:
            services_testing.answer_save(
                actor=request.user,
                attempt_id=attempt.pk,
                question_id=drawn.version.question_id,
                options=chosen,
            )
        except DomainError as exc:
            return exc.text()
    return None


@login_required
@require_http_methods(["GET", "POST"])
def result_page(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = _own_attempt(request, attempt_id)
    if attempt.status == "in_progress":
        return redirect("attestation:attempt", attempt_id=attempt.pk)
    result = services_testing.result_of(attempt)
    campaign = attempt.attestee.campaign
    window_closed = timezone.localdate() > campaign.testing_to
    appeal = getattr(attempt, "appeal", None)
    questions = _questions(attempt, reveal=window_closed)
    form = None
    if appeal is None and timezone.localdate() <= result["appeal_until"]:
        form = AppealForm(questions=questions, data=request.POST or None)
        if request.method == "POST" and form.is_valid():
            filed = refused(
                form,
                lambda: services_appeals.appeal_file(actor=request.user, attempt=attempt, items=form.items()),
            )
            if filed is not None:
                return redirect("attestation:result", attempt_id=attempt.pk)
    context = {
        "attempt": attempt,
        "result": result,
        "campaign": campaign,
        "window_closed": window_closed,
        "wrong": [q for q in questions if q["wrong"]],
        "appeal": appeal,
        "form": form,
    }
    return render(request, "attestation/result.html", context)


def _questions(attempt: Attempt, *, reveal: bool) -> list[dict]:
    """The questions of the attempt in the language it was taken in; which were answered wrongly
    only once the window has closed (other takers may still be testing on the same bank). An
    appeal (p.21, two working days from the test) may name any of them before that."""
    language = attempt.language
    shown = []
    for drawn in attempt.drawn.select_related("version").order_by("position"):
        text = drawn.version.text
        shown.append(
            {
                "id": drawn.version.question_id,
                "position": drawn.position,
                "text": text.get(language) or next(iter(text.values()), ""),
                "wrong": reveal and set(drawn.chosen or ()) != drawn.version.correct,
            }
        )
    return shown
