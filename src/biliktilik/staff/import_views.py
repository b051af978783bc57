"""Pages for importing files and exporting employee lists: parse, call a service, render."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import selectors, selectors_import, services_import, workbooks
from .errors import ImportNotAllowed
from .forms import EmployeeFilterForm
from .import_forms import ImportForm
from .imports import KINDS
from .imports.validation import RowError

TEMPLATE_LANGUAGES = ("kk", "ru")
FORMATS = {"xlsx": workbooks.XLSX_TYPE, "csv": "text/csv; charset=utf-8"}


def _language() -> str:
    return (get_language() or "kk")[:2]


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def imports(request: HttpRequest) -> HttpResponse:
    may_import = selectors.may_import(viewer=request.user)
    if request.method == "POST" and not may_import:
        raise ImportNotAllowed()
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = services_import.import_job_submit(
            actor=request.user,
            kind=form.cleaned_data["kind"],
            file_name=upload.name,
            language=_language(),
            content=upload.read(),
        )
        return redirect("staff:import_job", job_id=job.pk)
    context = {
        "may_import": may_import,
        "refusal": None if may_import else ImportNotAllowed().text(),
        "form": form,
        "kinds": [(name, kind.title.get(_language(), name)) for name, kind in KINDS.items()],
        "languages": TEMPLATE_LANGUAGES,
        "jobs": selectors_import.import_jobs(viewer=request.user)[:10],
    }
    return render(request, "staff/imports.html", context)


@login_required
@require_GET
def import_template(request: HttpRequest, kind: str, language: str, fmt: str) -> HttpResponse:
    if kind not in KINDS or language not in ("kk", "ru", "en") or fmt not in FORMATS:
        raise Http404()
    if fmt == "csv":
        content = workbooks.template_csv(kind, language)
    else:
        organizations = selectors_import.writable_organizations(viewer=request.user)
        content = workbooks.template_workbook(kind, language, organizations=organizations)
    return _download(content, FORMATS[fmt], f"{kind}-{language}.{fmt}")


@login_required
@require_GET
def import_job(request: HttpRequest, job_id: int) -> HttpResponse:
    job = selectors_import.import_job_get(viewer=request.user, job_id=job_id)
    report = job.report or {}
    errors = [RowError(**e) for e in report.get("errors", [])]
    context = {
        "job": job,
        "report": report,
        "errors": errors,
        "more_errors": report.get("error_count", 0) - len(errors),
        "saving": job.status == job.Status.RUNNING and job.rows_total and job.rows_done >= job.rows_total,
    }
    template = "staff/_import_job.html" if request.htmx else "staff/import_job.html"
    return render(request, template, context)


@login_required
@require_GET
def employee_export(request: HttpRequest) -> HttpResponse:
    form = EmployeeFilterForm(request.GET or None, viewer=request.user, language=_language())
    filters = form.filters() if form.is_valid() else selectors.EmployeeFilters()
    content = services_import.employee_export(viewer=request.user, filters=filters, language=_language())
    return _download(content, workbooks.XLSX_TYPE, "employees.xlsx")
