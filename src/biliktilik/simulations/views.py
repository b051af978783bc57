"""The simulations' pages: drafts (written from a common change or as YAML), a run with its
progress, its results by kind, organization, region and position with charts, one person's
two explanations side by side, and the list as a workbook."""

from __future__ import annotations

import secrets

from csp.decorators import csp_update
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_htmx.http import HttpResponseClientRefresh

from biliktilik import charts, vocabulary
from biliktilik.errors import InvalidInput
from biliktilik.lawbook import loader
from biliktilik.rules.explain import LawGap

from . import draft_writer, explain, selectors, services, workbook
from .errors import DraftRefused
from .forms import DraftEditForm, DraftStartForm, RunForm
from .problems import problem_text, where
from .selectors_pages import change_rows, results

PAGE_SIZE = 50


def _language() -> str:
    return (get_language() or "kk")[:2]


def _draft_problems(form, exc: DraftRefused) -> None:
    for problem in exc.problems:
        form.add_error("amendment", f"{where(problem.loc) or _('the draft')}: {problem_text(problem)}")


@login_required
@require_GET
def simulation_list(request: HttpRequest) -> HttpResponse:
    context = {
        "drafts": selectors.visible_drafts(request.user)[:50],
        "simulations": selectors.visible_simulations(request.user)[:50],
        "may_simulate": services.may_simulate(request.user),
    }
    return render(request, "simulations/list.html", context)


def _written(data: dict) -> str:
    """The YAML of the common change chosen on the form, from the law in force on its date."""
    title = {"kk": data["title"], "ru": data["title"], "en": data["title"]}
    common = {
        "draft_id": f"draft-{data['entry'].year}-{secrets.token_hex(3)}",
        "title": title,
        "entry": data["entry"],
    }
    book = loader.default()
    if data["change"] == "ladder_years":
        return draft_writer.ladder_years(
            book, requirement=data["requirement"], category=data["category"], years=data["years"], **common
        )
    if data["change"] == "ladder_sector":
        return draft_writer.ladder_sector(
            book, requirement=data["requirement"], sector=data["sector"], **common
        )
    return draft_writer.threshold(book, attestee=data["attestee"], percent=float(data["percent"]), **common)


@login_required
def draft_new(request: HttpRequest) -> HttpResponse:
    services.require_runner(request.user)
    form = DraftStartForm(
        request.POST or None, request.FILES or None, initial={"change": "ladder_years", "requirement": "54"}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            amendment = data["amendment"] if data["change"] == "yaml" else _written(data)
        except (LookupError, LawGap):
            form.add_error(
                "entry", _("The wording in force on this date is not in our sources: choose another date.")
            )
        else:
            try:
                draft = services.draft_save(actor=request.user, title=data["title"], amendment=amendment)
            except DraftRefused as exc:
                _draft_problems(form, exc)
            else:
                return redirect("simulations:draft", draft_id=draft.pk)
    return render(request, "simulations/draft_new.html", {"form": form})


def _comparisons(checked) -> list:
    """Each amended act on the draft's first day: the law in force against the draft."""
    from biliktilik.lawbook.compare import compare_act

    day = checked.effective_from
    acts = dict.fromkeys(act for act, _point in checked.changed_points())
    return [compare_act(act, before=(loader.default(), day), after=(checked.book, day)) for act in acts]


@login_required
def draft_detail(request: HttpRequest, draft_id: int) -> HttpResponse:
    draft = selectors.draft_get(viewer=request.user, draft_id=draft_id)
    may_simulate = services.may_simulate(request.user)
    edit = DraftEditForm(
        initial={"title": draft.title, "amendment": draft.amendment, "version": draft.version}
    )
    run = RunForm(initial={"as_of": draft.effective_from})
    if request.method == "POST":
        services.require_runner(request.user)
        if "run" in request.POST:
            run = RunForm(request.POST)
            if run.is_valid():
                try:
                    simulation = services.simulation_start(
                        actor=request.user,
                        as_of=run.cleaned_data["as_of"],
                        title=draft.title,
                        amendment=draft.amendment,
                        draft=draft,
                    )
                except DraftRefused as exc:  # the law in force changed since it was saved
                    _draft_problems(edit, exc)
                except InvalidInput as exc:
                    run.add_error("as_of", exc.text())
                else:
                    return redirect("simulations:simulation", simulation_id=simulation.pk)
        else:
            edit = DraftEditForm(request.POST)
            if edit.is_valid():
                try:
                    services.draft_save(
                        actor=request.user,
                        title=edit.cleaned_data["title"],
                        amendment=edit.cleaned_data["amendment"],
                        draft=draft,
                        version=edit.cleaned_data["version"],
                    )
                except DraftRefused as exc:
                    _draft_problems(edit, exc)
                else:
                    return redirect("simulations:draft", draft_id=draft.pk)
    try:
        comparisons = _comparisons(services.checked(draft.amendment))
    except DraftRefused:
        comparisons = []
    context = {
        "draft": draft,
        "edit": edit,
        "run": run,
        "may_simulate": may_simulate,
        "comparisons": comparisons,
        "simulations": draft.simulations.all()[:20],
    }
    return render(request, "simulations/draft.html", context)


@login_required
@require_GET
def simulation_detail(request: HttpRequest, simulation_id: int) -> HttpResponse:
    simulation = selectors.simulation_get(viewer=request.user, simulation_id=simulation_id)
    context = {"simulation": simulation}
    if simulation.status == simulation.Status.DONE:
        kind = request.GET.get("kind", "")
        context |= results(simulation, language=_language())
        changes = simulation.changes.select_related("employee", "organization").order_by("id")
        if kind in vocabulary.SIMULATION_CHANGE:
            changes = changes.filter(kind=kind)
        page = Paginator(changes, PAGE_SIZE).get_page(request.GET.get("page"))
        rows = change_rows(page.object_list, language=_language())
        context |= {"page": page, "rows": rows, "kind": kind, "extra": f"&kind={kind}" if kind else ""}
    if request.htmx:  # the progress bar polls: the page reloads once the run has ended
        if simulation.finished:
            return HttpResponseClientRefresh()
        return render(request, "simulations/_progress.html", context)
    return render(request, "simulations/simulation.html", context)


@login_required
@require_GET
def change_detail(request: HttpRequest, simulation_id: int, employee_id: int) -> HttpResponse:
    simulation = selectors.simulation_get(viewer=request.user, simulation_id=simulation_id)
    context = explain.change_explained(
        viewer=request.user, simulation=simulation, employee_id=employee_id, language=_language()
    )
    return render(request, "simulations/change.html", {"simulation": simulation, **context})


@login_required
@require_GET
def simulation_export(request: HttpRequest, simulation_id: int) -> HttpResponse:
    simulation = selectors.simulation_get(viewer=request.user, simulation_id=simulation_id)
    content = workbook.changes_workbook(simulation, language=_language())
    response = HttpResponse(content, content_type=workbook.XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="simulation-{simulation.pk}.xlsx"'
    return response


@csp_update(charts.CHART_CSP)
@login_required
@require_GET
def chart_kinds(request: HttpRequest, simulation_id: int) -> HttpResponse:
    simulation = selectors.simulation_get(viewer=request.user, simulation_id=simulation_id)
    rows = results(simulation, language=_language())["kinds"]
    return charts.svg_response(
        charts.bar_chart(
            title=_("People whose result changes, by how"),
            labels=[r["label"] for r in rows],
            values=[r["count"] for r in rows],
        )
    )


@csp_update(charts.CHART_CSP)
@login_required
@require_GET
def chart_regions(request: HttpRequest, simulation_id: int) -> HttpResponse:
    simulation = selectors.simulation_get(viewer=request.user, simulation_id=simulation_id)
    rows = results(simulation, language=_language())["regions"][:20]
    return charts.svg_response(
        charts.horizontal_bar_chart(
            title=_("Changes by region"), labels=[r["label"] for r in rows], values=[r["total"] for r in rows]
        )
    )
