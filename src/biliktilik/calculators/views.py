"""The calculator pages: parse the form, call the rule service, render the explained result."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from biliktilik.forms import refused
from biliktilik.rules.explain import LawGap
from biliktilik.rules.messages import text as rule_text
from biliktilik.rules.run import InputError

from . import forms, selectors, services


def _evaluated(call: Callable[[], dict], form: Form, language: str) -> dict:
    """The result, or the law gap / contradiction that stops it, told in the reader's language."""
    try:
        return {"result": call()}
    except (LawGap, InputError) as exc:
        message = rule_text(exc.code, exc.params, language)
        if isinstance(exc, InputError) and exc.field in form.fields:
            form.add_error(exc.field, message)
        return {"problem": message, "law_gap": isinstance(exc, LawGap)}


def _page(request: HttpRequest, name: str, context: dict) -> HttpResponse:
    """The whole page, or for htmx only the part that was submitted (form and result)."""
    template = f"calculators/_{name}.html" if request.htmx else f"calculators/{name}.html"
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
def qualification(request: HttpRequest) -> HttpResponse:
    language = request.LANGUAGE_CODE
    bundle = forms.QualificationForms(request.POST if request.method == "POST" else None, language=language)
    data = bundle.rules_input()
    context = {"forms": bundle}
    if data is not None:
        call = partial(services.qualification_check, data=data, language=language)
        context.update(_evaluated(call, bundle.main, language))
    return _page(request, "qualification", context)


@require_http_methods(["GET", "POST"])
def attestation(request: HttpRequest) -> HttpResponse:
    language = request.LANGUAGE_CODE
    form = forms.AttestationForm(request.POST if request.method == "POST" else None)
    data = form.rules_input()
    context = {"form": form}
    if data is not None:
        call = partial(services.attestation_outcome, data=data, language=language)
        context.update(_evaluated(call, form, language))
    return _page(request, "attestation", context)


def _period(request: HttpRequest, language: str) -> dict:
    form = forms.PeriodForm(forms.bound_data(request.GET, "period"), prefix="period")
    context = {"period_form": form}
    if form.is_valid():
        call = partial(selectors.period_end, **form.cleaned_data, language=language)
        context["period"] = refused(form, call)
    return context


def _schedule(request: HttpRequest, language: str) -> dict:
    form = forms.ScheduleForm(forms.bound_data(request.GET, "schedule"), prefix="schedule", language=language)
    context = {"schedule_form": form}
    if form.is_valid():
        call = partial(
            services.procedure_schedule,
            procedure_id=form.cleaned_data["procedure"],
            start=form.cleaned_data["start"],
            language=language,
        )
        context.update(_evaluated(call, form, language))
        if "result" in context:
            context["rows"] = selectors.scheduled_rows(context["result"], language)
    return context


def deadlines(request: HttpRequest) -> HttpResponse:
    language = request.LANGUAGE_CODE
    context = {**_period(request, language), **_schedule(request, language)}
    if request.htmx and request.htmx.target in ("period-part", "schedule-part"):
        return render(request, f"calculators/_{request.htmx.target.removesuffix('-part')}.html", context)
    return render(request, "calculators/deadlines.html", context)
