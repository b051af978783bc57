"""The head of unit's dashboard: open cases by their current step, the overdue ones, and the
time each step took against its term, as tables and as charts (pygal SVG served apart, as the
Platform's dashboard does, so the page keeps its strict Content-Security-Policy)."""

from __future__ import annotations

from csp.decorators import csp_update
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from biliktilik import charts, vocabulary

from . import selectors_pages
from .errors import CasePermissionDenied


def _language() -> str:
    return (get_language() or "kk")[:2]


def _numbers(request: HttpRequest) -> dict:
    if not selectors_pages.sees_dashboard(request.user):
        raise CasePermissionDenied(_("The dashboard is for the head of unit, management and administrators."))
    return selectors_pages.dashboard(viewer=request.user, today=timezone.localdate(), language=_language())


def _step_label(number: int, actor: str, language: str) -> str:
    return f"{number}. {vocabulary.label('actor', actor, language)}"


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    numbers = _numbers(request)
    context = {**numbers, "today": timezone.localdate()}
    return render(request, "cases/dashboard.html", context)


@csp_update(charts.CHART_CSP)
@login_required
def chart_open(request: HttpRequest) -> HttpResponse:
    numbers, language = _numbers(request), _language()
    rows = numbers["by_step"]
    return charts.svg_response(
        charts.horizontal_bar_chart(
            title=_("Open cases by their current step"),
            labels=[_step_label(r["number"], r["actor"], language) for r in rows],
            values=[r["count"] for r in rows],
        ),
        max_age=60,
    )


@csp_update(charts.CHART_CSP)
@login_required
def chart_times(request: HttpRequest) -> HttpResponse:
    numbers, language = _numbers(request), _language()
    rows = [r for r in numbers["times"] if r.done]
    return charts.svg_response(
        charts.grouped_bar_chart(
            title=_("Time per step against its term, days"),
            labels=[_step_label(r.number, r.actor, language) for r in rows],
            series=[
                (_("average time taken"), [r.average for r in rows]),
                (_("term"), [r.term_days for r in rows]),
            ],
        ),
        max_age=60,
    )
