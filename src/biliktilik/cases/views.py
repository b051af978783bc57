"""The case staff's pages: the list of cases (by status, overdue, due soon), intake, and a case's
page with its steps as a timeline and the actions its current step allows the viewer. Parse,
call the service (the API's), render."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import profile_of, role_of
from biliktilik.forms import refused, tree_choices
from biliktilik.staff.models import Organization

from . import forms, selectors, selectors_pages, services_cases
from .errors import CaseNotFound, CasePermissionDenied, Conflict

CASES_PER_PAGE = 50
# The other helpers' parts of the case page; each is left out while its template is missing.
PANELS = {"evaluation": "cases/_evaluation.html", "documents": "cases/_documents.html"}


def _language() -> str:
    return (get_language() or "kk")[:2]


def _require_cases(request: HttpRequest) -> None:
    if not selectors_pages.works_cases(request.user):
        raise CasePermissionDenied()


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    _require_cases(request)
    form = forms.CaseFilterForm(request.GET or None)
    today = timezone.localdate()
    cases = selectors_pages.case_rows(viewer=request.user, today=today, **form.filters())
    page = Paginator(cases, CASES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "today": today,
        "pager_extra": "&" + query.urlencode() if query else "",
        "soon_days": selectors_pages.DUE_SOON_WORKING_DAYS,
        "may_register": _may_register(request.user),
        "sees_dashboard": selectors_pages.sees_dashboard(request.user),
    }
    template = "cases/_case_rows.html" if request.htmx else "cases/case_list.html"
    return render(request, template, context)


def _may_register(user) -> bool:
    return role_of(user) in (Role.INTAKE_OFFICER, Role.ADMINISTRATOR)


def _organizations(user) -> dict[int, Organization]:
    """Where ``user`` may register a case: their organization's subtree (an administrator: any)."""
    found = Organization.objects.order_by("path")
    if role_of(user) != Role.ADMINISTRATOR:
        profile = profile_of(user)
        if profile is None or not profile.organization_id:
            return {}
        found = found.filter(path__startswith=profile.organization.path)
    return {o.pk: o for o in found}


def _intake_form(request: HttpRequest, organizations: dict) -> forms.IntakeForm:
    """The form offers the procedures in force on the registration date typed (today at first);
    htmx asks for the procedure field again when the date changes."""
    data = request.POST if request.method == "POST" else None
    typed = data if data is not None else request.GET
    on = timezone.localdate()
    if typed.get("registered_on"):
        try:
            on = forms.IntakeForm.base_fields["registered_on"].clean(typed["registered_on"])
        except ValidationError:
            pass  # the form says what is wrong with the date; the procedures are today's
    offered = selectors_pages.procedures_offered(on=on, language=_language())
    # Asked again for the field (htmx), the procedure chosen stays chosen if still offered.
    initial = {"registered_on": on, "procedure": typed.get("procedure", "")}
    form = forms.IntakeForm(data, offered=offered, initial=initial)
    form.offered_in_force = any(p.in_force for p in offered)
    form.fields["registered_on"].widget.attrs.update(
        {
            "hx-get": reverse("cases:case_new"),
            "hx-trigger": "change",
            "hx-target": "#procedure-field",
            "hx-swap": "outerHTML",
            "hx-include": "#id_procedure",
        }
    )
    form.fields["organization"].choices = tree_choices(organizations.values(), _language())
    profile = profile_of(request.user)
    if profile is not None and profile.organization_id in organizations:
        form.fields["organization"].initial = profile.organization_id
    return form


@login_required
def case_new(request: HttpRequest) -> HttpResponse:
    _require_cases(request)
    organizations = _organizations(request.user)
    if not _may_register(request.user) or not organizations:
        raise CasePermissionDenied(_("Only the intake officer of this organization registers its cases."))
    form = _intake_form(request, organizations)
    if request.htmx and request.method == "GET":
        return render(request, "cases/_procedure_field.html", {"form": form})
    if request.method == "POST" and form.is_valid():
        fields = form.service_fields()
        organization = organizations[int(form.cleaned_data["organization"])]
        case = refused(
            form,
            partial(services_cases.case_register, actor=request.user, organization=organization, **fields),
        )
        if case is not None:
            messages.success(request, _("The case was registered; its steps are planned below."))
            return redirect("cases:case", case.pk)
    return render(request, "cases/case_form.html", {"form": form})


def _case(request: HttpRequest, case_id: int):
    case = selectors.case_of(request.user, case_id)
    if case is None:
        raise CaseNotFound()
    return case


def _panels() -> dict[str, bool]:
    present = {}
    for key, name in PANELS.items():
        try:
            get_template(name)
            present[key] = True
        except TemplateDoesNotExist:
            present[key] = False
    return present


def _page(request: HttpRequest, case, **bound) -> HttpResponse:
    today = timezone.localdate()
    page = selectors_pages.case_page(viewer=request.user, case=case, today=today)
    context = {
        "case": case,
        "page": page,
        "today": today,
        "panels": _panels(),
        "complete_form": bound.get("complete") or forms.StepForm(today=today, prefix="complete"),
        "return_form": bound.get("return") or forms.ReturnForm(today=today, prefix="return"),
        "refuse_form": bound.get("refuse") or forms.RefuseForm(today=today, prefix="refuse"),
    }
    return render(request, "cases/case_page.html", context)


@login_required
def case_page(request: HttpRequest, case_id: int) -> HttpResponse:
    _require_cases(request)
    return _page(request, _case(request, case_id))


def _act(request: HttpRequest, form, call) -> tuple[object | None, bool]:
    """(``call()``'s result, whether it was a conflict). What was typed (422) is refused on its
    field; a conflict of the step order (409: not the current step any more, the case closed
    meanwhile) is said above the page as it now stands, the form being about a step gone by."""
    try:
        return refused(form, call), False
    except Conflict as exc:
        messages.error(request, exc.text())
    return None, True


def _step_action(request: HttpRequest, case_id: int, number: int, *, kind: str) -> HttpResponse:
    _require_cases(request)
    case = _case(request, case_id)
    today = timezone.localdate()
    form_class, service = {
        "complete": (forms.StepForm, services_cases.step_complete),
        "return": (forms.ReturnForm, services_cases.step_return),
    }[kind]
    form = form_class(request.POST, today=today, prefix=kind)
    if form.is_valid():
        done, conflict = _act(
            request,
            form,
            partial(
                service,
                actor=request.user,
                case=case,
                number=number,
                on=form.cleaned_data["on"],
                note=form.cleaned_data["note"],
            ),
        )
        if done is not None or conflict:
            text = _("The step was completed.") if kind == "complete" else _("The step was returned.")
            if done is not None:
                messages.success(request, text)
            return redirect("cases:case", case.pk)
    return _page(request, _case(request, case_id), **{kind: form})


@login_required
@require_POST
def step_complete(request: HttpRequest, case_id: int, number: int) -> HttpResponse:
    return _step_action(request, case_id, number, kind="complete")


@login_required
@require_POST
def step_return(request: HttpRequest, case_id: int, number: int) -> HttpResponse:
    return _step_action(request, case_id, number, kind="return")


@login_required
@require_POST
def case_refuse(request: HttpRequest, case_id: int) -> HttpResponse:
    _require_cases(request)
    case = _case(request, case_id)
    form = forms.RefuseForm(request.POST, today=timezone.localdate(), prefix="refuse")
    if form.is_valid():
        done, conflict = _act(
            request,
            form,
            partial(
                services_cases.case_refuse,
                actor=request.user,
                case=case,
                on=form.cleaned_data["on"],
                reason=form.cleaned_data["reason"],
            ),
        )
        if done is not None:
            messages.success(request, _("The case was refused."))
        if done is not None or conflict:
            return redirect("cases:case", case.pk)
    return _page(request, _case(request, case_id), refuse=form)
