"""The commission's pages: appeals reviewed item by item (p.21), a defective question annulled
after its effect is shown, the assessment of Appendix 1-2 (by hand or from a file), and the
decisions the rules form (p.30), confirmed here. Each write is the API's service."""

from __future__ import annotations

import datetime as dt
from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biliktilik.errors import DomainError
from biliktilik.forms import refused

from . import (
    assessment_import,
    forms,
    selectors_bank,
    selectors_campaigns,
    services_appeals,
    services_decisions,
)
from .errors import Conflict, QuestionNotFound
from .models import Question
from .permissions import require_commission


def _language() -> str:
    return (get_language() or "kk")[:2]


def _decisions(campaign, language: str) -> list[dict]:
    rows = []
    for entry in selectors_campaigns.tested(campaign):
        outcome = services_decisions.decision_for(entry, language=language)
        if isinstance(outcome.get("reattestation_due"), str):  # a confirmed outcome is stored as JSON
            outcome["reattestation_due"] = dt.date.fromisoformat(outcome["reattestation_due"])
        rows.append({"entry": entry, "outcome": outcome})
    return rows


@login_required
def commission_page(request: HttpRequest, campaign_id: int) -> HttpResponse:
    campaign = selectors_campaigns.page_campaign(request.user, campaign_id)
    due = services_decisions.assessment_due(campaign)
    pending = selectors_campaigns.to_assess(campaign)
    context = {
        "campaign": campaign,
        "appeals": selectors_campaigns.appeals(campaign),
        "questions": selectors_campaigns.drawn_questions(campaign),
        "min_takers": selectors_bank.MIN_TAKERS,
        "assessable": selectors_campaigns.assessable(campaign),
        "assessment_due": due,
        "pending": pending,
        "overdue": bool(pending) and timezone.localdate() > due,
        "decisions": _decisions(campaign, _language()),
        "file_form": forms.AssessmentFileForm(),
        "may_act": _may_act(request.user, campaign),
    }
    return render(request, "attestation/commission_page.html", context)


def _may_act(user, campaign) -> bool:
    try:
        require_commission(user, campaign)
    except DomainError:
        return False
    return True


def _shown(drawn, language: str) -> dict:
    """A drawn question as its taker saw it: the text and the options in their order, in the
    attempt's language, with what was chosen and what is correct."""
    version = drawn.version
    options = {o["id"]: o for o in version.options}
    return {
        "drawn": drawn,
        "text": version.text,
        "language": language,
        "options": [
            {
                "text": options[o]["text"],
                "chosen": o in (drawn.chosen or ()),
                "correct": options[o]["correct"],
            }
            for o in drawn.option_order
        ],
    }


@login_required
def appeal_page(request: HttpRequest, appeal_id: int) -> HttpResponse:
    appeal = selectors_campaigns.page_appeal(request.user, appeal_id)
    campaign = appeal.attempt.attestee.campaign
    items = list(appeal.items.select_related("question__version").order_by("question__position"))
    questions = [i.question.version.question_id for i in items]
    form = forms.ReviewForm(request.POST or None, questions=questions)
    if request.method == "POST":
        require_commission(request.user, campaign)
        if form.is_valid():
            done = _refused_or_conflict(
                request,
                form,
                partial(
                    services_appeals.appeal_review, actor=request.user, appeal=appeal, items=form.items()
                ),
            )
            if done is not None:
                messages.success(request, _("The appeal was reviewed; the result is recounted."))
                return redirect("attestation:appeal", appeal.pk)
    language = appeal.attempt.language
    rows = [
        {
            "item": i,
            "shown": _shown(i.question, language),
            "upheld": form[f"upheld_{q}"],
            "comment": form[f"comment_{q}"],
        }
        for i, q in zip(items, questions, strict=True)
    ]
    context = {
        "appeal": appeal,
        "campaign": campaign,
        "rows": rows,
        "form": form,
        "may_act": appeal.status == "open" and _may_act(request.user, campaign),
    }
    return render(request, "attestation/commission_appeal.html", context)


def _refused_or_conflict(request, form, call):
    """A refusal of what was typed goes on the form (``refused``); a conflict (reviewed already,
    the decision confirmed) above it."""
    try:
        return refused(form, call)
    except Conflict as exc:
        form.add_error(None, exc.text())
    return None


@login_required
def annulment_page(request: HttpRequest, campaign_id: int, question_id: int) -> HttpResponse:
    campaign = selectors_campaigns.page_campaign(request.user, campaign_id)
    question = Question.objects.filter(
        pk=question_id, versions__drawn__attempt__attestee__campaign=campaign
    ).first()
    if question is None:
        raise QuestionNotFound()
    form = forms.AnnulForm(request.POST or None)
    if request.method == "POST":
        require_commission(request.user, campaign)
        if form.is_valid():
            effects = _refused_or_conflict(
                request,
                form,
                partial(
                    services_appeals.question_annul,
                    actor=request.user,
                    campaign=campaign,
                    question_id=question.pk,
                    reason=form.cleaned_data["reason"],
                ),
            )
            if effects is not None:
                messages.success(
                    request, _("The question was annulled; every result that drew it is recounted.")
                )
                return redirect("attestation:commission", campaign.pk)
    effects = services_appeals.annulment_preview(campaign=campaign, question_id=question.pk)
    entries = {e.pk: e for e in campaign.attestees.select_related("employee")}
    context = {
        "campaign": campaign,
        "question": question,
        "version": question.current,
        "effects": [{**e, "entry": entries[e["attestee"]]} for e in effects],
        "annulled": campaign.annulments.filter(question=question).first(),
        "form": form,
        "may_act": _may_act(request.user, campaign),
    }
    return render(request, "attestation/commission_annul.html", context)


@login_required
def assessment_page(request: HttpRequest, attestee_id: int) -> HttpResponse:
    entry = selectors_campaigns.page_attestee(request.user, attestee_id)
    found = getattr(entry, "assessment", None)
    initial = (
        {"rating": found.rating, "violations": found.violations, "note": found.commission_note}
        if found
        else None
    )
    form = forms.AssessmentForm(request.POST or None, initial=initial)
    if request.method == "POST":
        require_commission(request.user, entry.campaign)
        if form.is_valid():
            done = _refused_or_conflict(
                request,
                form,
                partial(
                    services_decisions.assessment_record,
                    actor=request.user,
                    entry=entry,
                    rating=form.cleaned_data["rating"],
                    violations=form.cleaned_data["violations"],
                    note=form.cleaned_data["note"],
                ),
            )
            if done is not None:
                messages.success(request, _("The assessment was recorded."))
                return redirect("attestation:commission", entry.campaign_id)
    context = {
        "entry": entry,
        "campaign": entry.campaign,
        "form": form,
        "assessment": found,
        "outcome": services_decisions.decision_for(entry, language=_language()),
        "may_act": _may_act(request.user, entry.campaign),
    }
    return render(request, "attestation/commission_assessment.html", context)


@require_POST
@login_required
def assessment_file(request: HttpRequest, campaign_id: int) -> HttpResponse:
    campaign = selectors_campaigns.page_campaign(request.user, campaign_id)
    require_commission(request.user, campaign)
    form = forms.AssessmentFileForm(request.POST, request.FILES)
    if not form.is_valid():
        for error in form.errors.get("file", []):
            messages.error(request, error)
        return redirect("attestation:commission", campaign.pk)
    upload = form.cleaned_data["file"]
    try:
        count = assessment_import.assessments_import(
            actor=request.user, campaign=campaign, name=upload.name, content=upload.read()
        )
    except assessment_import.FileRefused as refusal:
        messages.error(
            request, _("Nothing was recorded: correct the rows named below and upload the file again.")
        )
        for error in refusal.errors:
            messages.error(
                request, _("Row %(row)s: %(message)s") % {"row": error.row, "message": error.message}
            )
    else:
        text = ngettext(
            "The figures of %(count)s attestee were recorded.",
            "The figures of %(count)s attestees were recorded.",
            count,
        )
        messages.success(request, text % {"count": count})
    return redirect("attestation:commission", campaign.pk)


@require_POST
@login_required
def decision_confirm(request: HttpRequest, attestee_id: int) -> HttpResponse:
    entry = selectors_campaigns.page_attestee(request.user, attestee_id)
    try:
        services_decisions.decision_confirm(actor=request.user, entry=entry, language=_language())
    except Conflict as exc:
        messages.error(request, exc.text())
    else:
        messages.success(request, _("The decision was confirmed; the registry took it."))
    return redirect("attestation:commission", entry.campaign_id)
