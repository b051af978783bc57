"""The commission's part of a case page (``cases/_evaluation.html``): the documents checklist with
what is missing or expired, the applicant's education and experience, the commission's
evaluation with our rules' explanation, the votes and the protocol; and the forms that record
them, each offered only to the role that may act, at the step it may act on.

Whether a form is offered is asked of the same checks the services make, in their order (the
case open, the step, the role, the protocol not drawn up), each answered with the error the
service would raise; a POST the page would not have offered is refused with that error before
anything is parsed (403 as a page, a step-order conflict said above the page). The services
check again under the case's row lock; each write is one transaction. POST-redirect-GET."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of
from biliktilik.errors import DomainError, InvalidInput
from biliktilik.forms import refused
from biliktilik.languages import in_language
from biliktilik.staff.selectors_card import requirement_entry

from . import checklist, selectors, selectors_evaluation, selectors_pages, services_evaluation, views
from . import forms_evaluation as forms
from .errors import CaseClosed, CaseNotFound, CasePermissionDenied, Conflict
from .errors_evaluation import EvaluationFrozen, EvaluationMissing, NotCommissionStep, NotSecretaryStep
from .models import Case
from .permissions import may_act_as, within_subtree

# The forms of the panel, by the name their view and the template use.
KINDS = ("checklist", "records", "evaluation", "vote", "protocol")


def _language() -> str:
    return (get_language() or "kk")[:2]


# --- may the viewer act: the services' checks, in their order -------------------------------


def _current_actor(case: Case) -> str | None:
    current = selectors.current_step(list(case.steps.order_by("number")))
    return current.actor if current else None


def _frozen(case: Case) -> bool:
    evaluation = selectors_evaluation.evaluation_of(case)
    return evaluation is not None and bool(evaluation.protocol_number)


def _recorder(viewer, case: Case) -> bool:
    return any(may_act_as(viewer, role, case.organization) for role in services_evaluation.RECORDERS)


def blocked(kind: str, viewer, case: Case) -> DomainError | None:
    """Why ``viewer`` may not use the form ``kind`` on ``case`` now (the service's error), or None."""
    if case.status != "open":
        return CaseClosed()
    if kind in ("checklist", "records"):
        if not _recorder(viewer, case):
            return CasePermissionDenied(
                _("The intake officer or the executor of the case's organization records its documents.")
            )
        return EvaluationFrozen() if kind == "records" and _frozen(case) else None
    actor = _current_actor(case)
    evaluation = selectors_evaluation.evaluation_of(case)
    if kind in ("evaluation", "vote"):
        if actor != "commission":
            return NotCommissionStep()
        if kind == "evaluation" and not may_act_as(viewer, "commission", case.organization):
            return CasePermissionDenied(_("Only a member of the case's commission records its evaluation."))
        if kind == "vote":
            if role_of(viewer) != Role.COMMISSION_MEMBER or not within_subtree(viewer, case.organization):
                return CasePermissionDenied(_("Only a member of the case's commission votes on it."))
            if evaluation is None:
                return EvaluationMissing()
    else:  # the protocol
        if actor != "commission_secretary":
            return NotSecretaryStep()
        if not may_act_as(viewer, "commission_secretary", case.organization):
            return CasePermissionDenied(
                _("Only the secretary of the case's commission draws up its protocol.")
            )
        if evaluation is None:
            return EvaluationMissing()
    return EvaluationFrozen() if evaluation is not None and evaluation.protocol_number else None


# --- the panel's reads -------------------------------------------------------------------------


def checklist_day(case: Case, today: dt.date) -> dt.date:
    """The day the documents' validity is judged on: the day intake accepted them (step 1 done),
    the day the case ended if it ended at intake, otherwise today."""
    first = case.steps.order_by("number").first()
    if first is not None and first.done_on:
        return first.done_on
    return case.ended_on or today


def _requirement(requirement: str, language: str) -> dict | None:
    if not requirement:
        return None
    entry = requirement_entry(requirement) or {"point": requirement.split("/", 1)[1], "title": None}
    act = requirement.split("/", 1)[0]
    return {
        "point": entry["point"],
        "title": in_language(entry["title"], language) if entry["title"] else "",
        "citation": {"act": act, "point": entry["point"]},
    }


def _explanation(stored: dict | None, language: str) -> dict | None:
    """The rules' explanation as it was stored, in the reader's language (Kazakh where that is
    missing); a law gap by its sentence."""
    if not stored:
        return None
    if "gap" in stored:
        return {"gap": True, "text": stored["text"].get(language) or stored["text"].get("kk", "")}
    return {
        "gap": False,
        "eligible": stored.get("eligible"),
        "explanation": stored.get("languages", {}).get(language) or stored.get("explanation", []),
        "citations": stored.get("citations", []),
        "as_of": dt.date.fromisoformat(stored["as_of"]) if stored.get("as_of") else None,
    }


def _unbound(kind: str, case: Case, today: dt.date, language: str, items: list[dict], records: dict):
    if kind == "checklist":
        return forms.ChecklistForm(items=items, prefix="checklist")
    if kind == "records":
        return forms.RecordsForms(records=records)
    if kind == "evaluation":
        evaluation = selectors_evaluation.evaluation_of(case)
        initial = (
            {
                "requirement": evaluation.requirement,
                "recommendation": evaluation.recommendation,
                "reasoning": evaluation.reasoning,
            }
            if evaluation
            else {}
        )
        return forms.EvaluationForm(today=today, language=language, prefix="evaluation", initial=initial)
    if kind == "vote":
        return forms.VoteForm(prefix="vote")
    return forms.ProtocolForm(today=today, prefix="protocol")


def panel(request: HttpRequest, case: Case, today: dt.date) -> dict:
    """What ``cases/_evaluation.html`` shows; a form bound by a refused POST is the one shown."""
    language = _language()
    on = checklist_day(case, today)
    shown = checklist.checklist_out(case, on)
    records = selectors_evaluation.records_out(case)
    evaluation = selectors_evaluation.evaluation_out(case)
    bound = getattr(request, "evaluation_forms", {})
    offered = {}
    for kind in KINDS:
        if kind == "checklist" and not shown["items"]:
            continue  # a procedure our data has no checklist for: nothing to record (its note says so)
        if blocked(kind, request.user, case) is None:
            offered[kind] = bound.get(kind) or _unbound(kind, case, today, language, shown["items"], records)
    mine = None
    if evaluation:
        mine = next((v for v in evaluation["votes"] if v["member"] == request.user.pk), None)
        evaluation["requirement_entry"] = _requirement(evaluation["requirement"] or "", language)
        evaluation["explained"] = _explanation(evaluation["explanation"], language)
    return {
        "case": case,
        "checklist": shown,
        "checklist_on": on,
        "records": records,
        "evaluation": evaluation,
        "my_vote": mine,
        "forms": offered,
    }


# --- the writes ------------------------------------------------------------------------------


def _case(request: HttpRequest, case_id: int) -> Case:
    if not selectors_pages.works_cases(request.user):
        raise CasePermissionDenied()
    case = selectors.case_of(request.user, case_id)
    if case is None:
        raise CaseNotFound()
    return case


def _back(case: Case) -> HttpResponse:
    return redirect(reverse("cases:case", args=[case.pk]) + "#evaluation")


def _again(request: HttpRequest, case: Case, kind: str, form) -> HttpResponse:
    """The case page again with the refused form bound, its errors on their fields."""
    request.evaluation_forms = {kind: form}
    return views.case_page(request, case.pk)


def _write(
    request: HttpRequest,
    case: Case,
    kind: str,
    form,
    call: Callable[[], object],
    *,
    done: str,
    on_error: Callable[[InvalidInput], None] | None = None,
) -> HttpResponse:
    """Call the service: done, back to the page; what was typed refused (422) on its field; a
    conflict (a tie, no votes, no grounds) above the form while it is still offered, else above
    the page as it now stands (the case moved on meanwhile)."""
    try:
        if on_error is None:
            result = refused(form, call)
        else:
            try:
                result = call()
            except InvalidInput as exc:
                on_error(exc)
                result = None
    except Conflict as exc:
        case.refresh_from_db()
        if blocked(kind, request.user, case) is None:
            form.add_error(None, exc.text())
            return _again(request, case, kind, form)
        messages.error(request, exc.text())
        return _back(case)
    if result is None:
        return _again(request, case, kind, form)
    messages.success(request, done)
    return _back(case)


def _gate(request: HttpRequest, case: Case, kind: str) -> HttpResponse | None:
    """A POST the page would not offer: 403 as a page, a conflict above the page."""
    error = blocked(kind, request.user, case)
    if error is None:
        return None
    if isinstance(error, Conflict):
        messages.error(request, error.text())
        return _back(case)
    raise error


@login_required
@require_POST
def checklist_set(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case(request, case_id)
    if (gone := _gate(request, case, "checklist")) is not None:
        return gone
    items = checklist.checklist_out(case, timezone.localdate())["items"]
    form = forms.ChecklistForm(request.POST, items=items, prefix="checklist")
    if not form.is_valid():
        return _again(request, case, "checklist", form)
    sent = form.service_items()

    def on_error(exc: InvalidInput) -> None:
        # ["body", "items", i, "valid_until"]: the field of the i-th item sent.
        loc = exc.loc or []
        name = f"{sent[loc[2]]['item']}-{loc[3]}" if len(loc) == 4 and isinstance(loc[2], int) else None
        form.add_error(name if name in form.fields else NON_FIELD_ERRORS, exc.text())

    return _write(
        request,
        case,
        "checklist",
        form,
        partial(services_evaluation.checklist_set, actor=request.user, case=case, items=sent),
        done=_("The documents checklist was recorded."),
        on_error=on_error,
    )


@login_required
@require_POST
def records_set(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case(request, case_id)
    if (gone := _gate(request, case, "records")) is not None:
        return gone
    rows = forms.RecordsForms(request.POST, records=selectors_evaluation.records_out(case))
    if not rows.is_valid():
        return _again(request, case, "records", rows)
    education, experience = rows.rows()
    sets = {"education": education, "experience": experience}

    def on_error(exc: InvalidInput) -> None:
        # ["body", "experience", i, "end"]: the field of the i-th row sent.
        loc = exc.loc or []
        if len(loc) == 4 and loc[1] in sets and isinstance(loc[2], int) and loc[2] < len(sets[loc[1]]):
            row = sets[loc[1]][loc[2]]
            row.add_error(loc[3] if loc[3] in row.fields else None, exc.text())
        else:
            rows.add_error(None, exc.text())

    def service():
        return services_evaluation.applicant_records_set(
            actor=request.user,
            case=case,
            education=[{k: v for k, v in f.cleaned_data.items() if k != "DELETE"} for f in education],
            experience=[{k: v for k, v in f.cleaned_data.items() if k != "DELETE"} for f in experience],
        )

    return _write(
        request,
        case,
        "records",
        rows,
        service,
        done=_("The applicant's education and experience were recorded."),
        on_error=on_error,
    )


@login_required
@require_POST
def evaluation_record(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case(request, case_id)
    if (gone := _gate(request, case, "evaluation")) is not None:
        return gone
    today = timezone.localdate()
    form = forms.EvaluationForm(request.POST, today=today, language=_language(), prefix="evaluation")
    if not form.is_valid():
        return _again(request, case, "evaluation", form)
    data = form.cleaned_data
    return _write(
        request,
        case,
        "evaluation",
        form,
        partial(
            services_evaluation.evaluation_record,
            actor=request.user,
            case=case,
            on=data["on"],
            requirement=data["requirement"] or None,
            recommendation=data["recommendation"],
            reasoning=data["reasoning"],
        ),
        done=_("The commission's evaluation was recorded."),
    )


@login_required
@require_POST
def vote_cast(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case(request, case_id)
    if (gone := _gate(request, case, "vote")) is not None:
        return gone
    form = forms.VoteForm(request.POST, prefix="vote")
    if not form.is_valid():
        return _again(request, case, "vote", form)
    return _write(
        request,
        case,
        "vote",
        form,
        partial(
            services_evaluation.vote_cast,
            actor=request.user,
            case=case,
            vote=form.cleaned_data["vote"],
            comment=form.cleaned_data["comment"],
        ),
        done=_("Your vote was recorded."),
    )


@login_required
@require_POST
def protocol_draw(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case(request, case_id)
    if (gone := _gate(request, case, "protocol")) is not None:
        return gone
    form = forms.ProtocolForm(request.POST, today=timezone.localdate(), prefix="protocol")
    if not form.is_valid():
        return _again(request, case, "protocol", form)
    return _write(
        request,
        case,
        "protocol",
        form,
        partial(
            services_evaluation.protocol_draw,
            actor=request.user,
            case=case,
            number=form.cleaned_data["number"],
            on=form.cleaned_data["on"],
        ),
        done=_("The protocol was drawn up."),
    )
