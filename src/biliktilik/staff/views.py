"""Pages of the staff registry: parse, call a selector or service, render."""

from __future__ import annotations

import datetime as dt
from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biliktilik.forms import AsOfForm, refused

from . import forms, selectors, selectors_card, services
from .errors import PermissionDenied as StaffPermissionDenied
from .errors import StaleVersion
from .models import Employee
from .scoping import can_write_in

EMPLOYEES_PER_PAGE = 50


@login_required
def employee_list(request: HttpRequest) -> HttpResponse:
    form = forms.EmployeeFilterForm(request.GET or None, viewer=request.user, language=_language())
    filters = form.filters() if form.is_valid() else selectors.EmployeeFilters(sort="name")
    employees = selectors.employee_list(viewer=request.user, filters=filters, language=_language())
    page = Paginator(employees, EMPLOYEES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    extra = "&" + query.urlencode() if query else ""
    template = "staff/_employee_rows.html" if request.htmx else "staff/employee_list.html"
    context = {"form": form, "page": page, "pager_extra": extra, "query": query.urlencode()}
    if not request.htmx:
        context["may_create"] = selectors.may_write_somewhere(viewer=request.user)
    return render(request, template, context)


@login_required
def employee_card(request: HttpRequest, employee_id: int) -> HttpResponse:
    employee = services.employee_card_open(viewer=request.user, employee_id=employee_id)
    return render(request, "staff/employee_card.html", _card_context(request, employee))


@login_required
def organization_tree(request: HttpRequest) -> HttpResponse:
    organizations = selectors.in_tree_order(
        selectors.organization_list(viewer=request.user), language=_language()
    )
    # Indented by depth with classes (the CSP allows no inline style); deeper than 9 stays at 9.
    rows = [
        {"organization": o, "depth": min(o.path.count("/") - 2, 9), "may_edit": can_write_in(request.user, o)}
        for o in organizations
    ]
    return render(request, "staff/organization_tree.html", {"rows": rows})


@login_required
def organization_edit(request: HttpRequest, organization_id: int) -> HttpResponse:
    """Like the employee's edit: only the fields changed are saved, and only over the version
    the form was opened on (a stale one shows the organization as it is now, saving nothing)."""
    organization = selectors.organization_get(viewer=request.user, organization_id=organization_id)
    if not can_write_in(request.user, organization):
        raise StaffPermissionDenied()
    arguments = {"viewer": request.user, "organization": organization, "language": _language()}
    form = forms.OrganizationForm(
        request.POST or None, initial=forms.OrganizationForm.initial_of(organization), **arguments
    )
    if form.is_valid():
        updated, form = _save_if_current(
            form,
            organization,
            lambda current: forms.OrganizationForm(current, **arguments),
            services.organization_update,
            actor=request.user,
            organization=organization,
            **form.service_fields(),
        )
        if updated is not None:
            messages.success(request, _("The organization was saved."))
            return redirect("staff:organizations")
    organization.refresh_from_db()  # a refused update may have changed the instance, never the row
    return render(request, "staff/organization_form.html", {"form": form, "organization": organization})


# The HR officer's edits. Each calls the same service as the API; a refusal is put back on the
# field it names, a permission denial is a 403 page (biliktilik.config.errors), and nothing is
# half-saved (the services are atomic).

RECORD_FORMS = {
    "work": (forms.WorkPeriodForm, services.work_period_add),
    "education": (forms.EducationRecordForm, services.education_add),
    "positions": (forms.PositionForm, services.position_add),
    "training": (forms.TrainingForm, services.training_add),
    "categories": (forms.CategoryForm, services.category_assign),
}


def _language() -> str:
    return (get_language() or "kk")[:2]


def _visible_employee(request: HttpRequest, employee_id: int) -> Employee:
    return selectors.employee_get(viewer=request.user, employee_id=employee_id)


def _require_write(request: HttpRequest, employee: Employee) -> None:
    if not can_write_in(request.user, employee.organization):
        raise StaffPermissionDenied()


def _call(form, service, **arguments):
    """The service's result, or None with its refusal shown on the form."""
    return refused(form, partial(service, **arguments))


def _save_if_current(form, record, form_of, service, **arguments):
    """An edit saved over the version the form was opened on: the service's result and the form,
    or None and the form to show again — with the refusal on it, or, when someone saved first,
    ``form_of`` the record as it is now, with the reason, and nothing saved."""
    try:
        return _call(form, service, expected_version=form.cleaned_data["version"] or None, **arguments), form
    except StaleVersion as exc:
        record.refresh_from_db()
        current = form_of({k: v for k, v in type(form).initial_of(record).items() if v is not None})
        current.is_valid()
        current.add_error(None, exc.text())
        return None, current


def _record_form(kind: str, data=None):
    form_class = RECORD_FORMS[kind][0]
    extra = {"language": _language()} if form_class is forms.PositionForm else {}
    return form_class(data, prefix=kind, **extra)


def _confirm_form(position, data=None) -> forms.RegisterConfirmForm:
    return forms.RegisterConfirmForm(
        data, prefix=f"confirm-{position.pk}", initial={"register_position": position.register_position}
    )


def _card_context(request: HttpRequest, employee: Employee, *, bound: dict | None = None) -> dict:
    """The card, and for a viewer who may write, its inline forms (``bound``: the ones refused)."""
    as_of_form = AsOfForm(request.GET or None)
    on = as_of_form.as_of_date()
    language = _language()
    law = selectors.employee_law(employee=employee, on=on, language=language)
    context = {
        "employee": employee,
        "law": law,
        "card": selectors_card.card_reading(employee=employee, law=law),
        "form": as_of_form,
        "as_of": on,
        "today": dt.date.today(),
        "query": f"?{request.GET.urlencode()}" if request.GET else "",
        "may_write": can_write_in(request.user, employee.organization),
        "history": selectors.employee_history(employee=employee),
    }
    if context["may_write"]:
        bound = bound or {}
        register = selectors_card.register_options(language=language)
        context.update(
            record_forms={kind: bound.get(kind) or _record_form(kind) for kind in RECORD_FORMS},
            confirm_forms={
                p.pk: bound.get(("confirm", p.pk)) or _confirm_form(p)
                for p in employee.positions.all()
                if not p.register_confirmed
            },
            register=register,
        )
    return context


def _card_response(request: HttpRequest, employee: Employee, *, bound: dict | None = None) -> HttpResponse:
    """htmx gets the card's body to swap in; a plain form post gets the whole page again."""
    template = "staff/_employee_card_body.html" if request.htmx else "staff/employee_card.html"
    return render(request, template, _card_context(request, employee, bound=bound))


def _after_write(request: HttpRequest, employee: Employee, anchor: str) -> HttpResponse:
    if request.htmx:
        return _card_response(request, employee)
    query = f"?{request.GET.urlencode()}" if request.GET else ""
    return redirect(f"{reverse('staff:employee', args=[employee.pk])}{query}#{anchor}")


@login_required
@require_POST
def record_add(request: HttpRequest, employee_id: int, kind: str) -> HttpResponse:
    if kind not in RECORD_FORMS:
        raise Http404
    employee = _visible_employee(request, employee_id)
    _require_write(request, employee)
    form = _record_form(kind, request.POST)
    service = RECORD_FORMS[kind][1]
    if form.is_valid() and _call(form, service, actor=request.user, employee=employee, **form.cleaned_data):
        return _after_write(request, employee, kind)
    return _card_response(request, employee, bound={kind: form})


@login_required
@require_POST
def position_register_confirm(request: HttpRequest, employee_id: int, position_id: int) -> HttpResponse:
    employee = _visible_employee(request, employee_id)
    _require_write(request, employee)
    position = selectors.employee_records(employee=employee, kind="positions").filter(pk=position_id).first()
    if position is None:
        raise Http404
    form = _confirm_form(position, request.POST)
    if form.is_valid() and _call(
        form, services.position_register_confirm, actor=request.user, position=position, **form.cleaned_data
    ):
        return _after_write(request, employee, "positions")
    return _card_response(request, employee, bound={("confirm", position.pk): form})


@login_required
def employee_new(request: HttpRequest) -> HttpResponse:
    if not selectors.may_write_somewhere(viewer=request.user):
        raise StaffPermissionDenied()
    form = forms.EmployeeForm(request.POST or None, viewer=request.user, language=_language())
    if form.is_valid():
        employee = _call(
            form,
            services.employee_create,
            actor=request.user,
            today=dt.date.today(),
            **form.service_fields(),
        )
        if employee is not None:
            return redirect("staff:employee", employee.pk)
    return render(request, "staff/employee_form.html", {"form": form, "employee": None})


@login_required
def employee_edit(request: HttpRequest, employee_id: int) -> HttpResponse:
    employee = _visible_employee(request, employee_id)
    _require_write(request, employee)
    initial = forms.EmployeeForm.initial_of(employee)
    form = forms.EmployeeForm(
        request.POST or None, viewer=request.user, initial=initial, language=_language()
    )
    if form.is_valid():
        updated, form = _save_if_current(
            form,
            employee,
            lambda current: forms.EmployeeForm(current, viewer=request.user, language=_language()),
            services.employee_update,
            actor=request.user,
            employee=employee,
            today=dt.date.today(),
            **form.service_fields(only_changed=True),
        )
        if updated is not None:
            return redirect("staff:employee", employee.pk)
    employee.refresh_from_db()  # a refused update may have changed the instance, never the row
    return render(request, "staff/employee_form.html", {"form": form, "employee": employee})


@login_required
def employee_delete(request: HttpRequest, employee_id: int) -> HttpResponse:
    """A GET asks for confirmation; only the confirming POST deletes."""
    employee = _visible_employee(request, employee_id)
    _require_write(request, employee)
    if request.method == "POST":
        name = str(employee)
        services.employee_delete(actor=request.user, employee=employee)
        messages.success(request, _("%(name)s was removed from the registry.") % {"name": name})
        return redirect("staff:employees")
    return render(request, "staff/employee_delete.html", {"employee": employee})
