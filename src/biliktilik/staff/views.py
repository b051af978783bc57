"""Pages of the staff registry: parse, call a selector or service, render."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from biliktilik.catalog.forms import AsOfForm
from biliktilik.errors import NotFound

from . import selectors, services
from .forms import EmployeeFilterForm

EMPLOYEES_PER_PAGE = 50


@login_required
def employee_list(request: HttpRequest) -> HttpResponse:
    form = EmployeeFilterForm(request.GET or None, viewer=request.user)
    filters = form.filters() if form.is_valid() else selectors.EmployeeFilters()
    employees = selectors.employee_list(viewer=request.user, filters=filters)
    page = Paginator(employees, EMPLOYEES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    extra = "&" + query.urlencode() if query else ""
    template = "staff/_employee_rows.html" if request.htmx else "staff/employee_list.html"
    return render(
        request, template, {"form": form, "page": page, "pager_extra": extra, "query": query.urlencode()}
    )


@login_required
def employee_card(request: HttpRequest, employee_id: int) -> HttpResponse:
    form = AsOfForm(request.GET or None)
    on = form.as_of_date()
    try:
        employee = services.employee_card_open(viewer=request.user, employee_id=employee_id)
    except NotFound as exc:
        raise Http404(exc.text()) from exc
    law = selectors.employee_law(employee=employee, on=on, language=(get_language() or "kk")[:2])
    context = {"employee": employee, "law": law, "form": form, "as_of": on, "today": dt.date.today()}
    return render(request, "staff/employee_card.html", context)


@login_required
def organization_tree(request: HttpRequest) -> HttpResponse:
    organizations = selectors.organization_list(viewer=request.user).order_by("path")
    rows = [{"organization": o, "depth": o.path.count("/") - 2} for o in organizations]
    return render(request, "staff/organization_tree.html", {"rows": rows})
