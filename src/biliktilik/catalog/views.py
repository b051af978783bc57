"""Pages of the legislation explorer: parse, call a selector, render."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from biliktilik.forms import AsOfForm

from . import comparison, search, selectors, services
from .forms import ActSearchForm, CompareForm, PositionSearchForm

POINTS_PER_PAGE = 8
POSITIONS_PER_PAGE = 50


def _as_of_form(request: HttpRequest) -> AsOfForm:
    return AsOfForm(request.GET or None)


def act_list(request: HttpRequest) -> HttpResponse:
    form = _as_of_form(request)
    as_of = form.as_of_date()
    return render(
        request, "catalog/act_list.html", {"form": form, "as_of": as_of, "acts": selectors.act_list(as_of)}
    )


def act_detail(request: HttpRequest, act_id: str) -> HttpResponse:
    form = _as_of_form(request)
    as_of = form.as_of_date()
    act = selectors.act_detail(act_id, as_of)
    page_number = request.GET.get("page")
    if page_number is None and (point := request.GET.get("point")):
        # A citation links to the point: open the page that holds it.
        ids = [p["point"] for p in act["points"]]
        page_number = ids.index(point) // POINTS_PER_PAGE + 1 if point in ids else None
    page = Paginator(act["points"], POINTS_PER_PAGE).get_page(page_number)
    context = {
        "form": form,
        "as_of": as_of,
        "act": act,
        "page": page,
        "pager_extra": f"&as_of={as_of.isoformat()}",
    }
    return render(request, "catalog/act_detail.html", context)


def act_compare(request: HttpRequest, act_id: str) -> HttpResponse:
    """The act between two dates: a date left out is the default (the eve of the act's latest
    change, today); a date that does not parse, or "from" after "to", is an error on its field."""
    view = selectors.act_or_404(act_id)
    start, end = comparison.default_dates(view, dt.date.today())
    form = CompareForm({"from": start.isoformat(), "to": end.isoformat(), **request.GET.dict()})
    found = None
    if form.is_valid():
        start, end = form.cleaned_data["from"], form.cleaned_data["to"]
        found = comparison.act_comparison(act_id, start, end)
    context = {
        "form": form,
        "act": selectors.act_summary(view, end),
        "comparison": found,
        "before_label": start.strftime("%d.%m.%Y"),
        "after_label": end.strftime("%d.%m.%Y"),
    }
    return render(request, "catalog/act_compare.html", context)


def register(request: HttpRequest) -> HttpResponse:
    form = PositionSearchForm(request.GET or None)
    q = block = None
    if form.is_valid():
        q, block = form.cleaned_data["q"], form.cleaned_data["block"] or None
    results = selectors.position_search(q=q, block=block, limit=10_000, with_ties=True)
    page = Paginator(results, POSITIONS_PER_PAGE).get_page(request.GET.get("page"))
    template = "catalog/_positions.html" if request.htmx else "catalog/register.html"
    extra = "&" + urlencode({"q": q or "", "block": block or ""})
    return render(
        request, template, {"form": form, "page": page, "total": len(results), "pager_extra": extra}
    )


def requirements(request: HttpRequest) -> HttpResponse:
    form = _as_of_form(request)
    as_of = form.as_of_date()
    return render(
        request,
        "catalog/requirements.html",
        {"form": form, "as_of": as_of, **selectors.requirements_on(as_of)},
    )


def standard(request: HttpRequest) -> HttpResponse:
    form = _as_of_form(request)
    as_of = form.as_of_date()
    return render(
        request, "catalog/standard.html", {"form": form, "as_of": as_of, **selectors.standard_on(as_of)}
    )


def card(request: HttpRequest, card_id: str) -> HttpResponse:
    found = selectors.card(card_id)
    if found is None:
        raise Http404(card_id)
    return render(request, "catalog/card.html", found)


def attestation(request: HttpRequest) -> HttpResponse:
    form = _as_of_form(request)
    as_of = form.as_of_date()
    return render(
        request, "catalog/attestation.html", {"form": form, "as_of": as_of, **selectors.attestation_on(as_of)}
    )


def procedures(request: HttpRequest) -> HttpResponse:
    form = _as_of_form(request)
    as_of = form.as_of_date()
    return render(
        request, "catalog/procedures.html", {"form": form, "as_of": as_of, **selectors.services_on(as_of)}
    )


SEARCH_PROBLEMS = {
    "empty": _("Type a word or two to find in the acts."),
    "no_words": _("Type at least two letters of a word: punctuation and single letters are not searched."),
    "too_long": _("The query is too long: type at most 200 characters."),
    "too_many_words": _("Type at most 8 words: the points found hold every word typed."),
}


def act_search(request: HttpRequest) -> HttpResponse:
    form = ActSearchForm(request.GET or None)
    as_of = form.value("as_of", dt.date.today())
    language = form.value("lang", request.LANGUAGE_CODE)
    found = problem = None
    if form.is_bound and form.is_valid():
        services.search_index_refresh()
        try:
            found = selectors.act_search(q=form.cleaned_data["q"], language=language, as_of=as_of)
        except search.QueryProblem as exc:
            problem = SEARCH_PROBLEMS[exc.code]
    context = {"form": form, "as_of": as_of, "language": language, "found": found, "problem": problem}
    return render(request, "catalog/search.html", context)
