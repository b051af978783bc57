"""The methodologist's pages: the question bank, a question's form, the coverage of the
professional standard, file import and export."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from biliktilik.forms import refused

from . import selectors_bank, services_bank, services_files
from .forms_bank import ImportForm, QuestionForm
from .models import Question
from .permissions import may_keep_bank, may_read_bank


def _reader(request: HttpRequest) -> None:
    if not may_read_bank(request.user):
        raise PermissionDenied


@login_required
def bank(request: HttpRequest) -> HttpResponse:
    _reader(request)
    status, tag, words = (
        request.GET.get("status", ""),
        request.GET.get("tag", ""),
        request.GET.get("q", "")[:200],
    )
    questions = selectors_bank.bank_list(status=status, tag=tag, words=words)
    stats = selectors_bank.statistics([q.pk for q in questions])
    rows = [{"question": q, "version": q.current, "stats": stats.get(q.pk)} for q in questions[:300]]
    context = {
        "rows": rows,
        "count": len(questions),
        "status": status,
        "tag": tag,
        "q": words,
        "may_edit": may_keep_bank(request.user),
        "import_form": ImportForm(),
        "min_takers": selectors_bank.MIN_TAKERS,
    }
    return render(request, "attestation/bank.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def question_edit(request: HttpRequest, question_id: int | None = None) -> HttpResponse:
    if not may_keep_bank(request.user):
        raise PermissionDenied
    question = None
    if question_id is not None:
        question = Question.objects.prefetch_related("versions").filter(pk=question_id).first()
        if question is None:
            raise Http404
    initial = QuestionForm.initial_for(question) if question else {"status": "draft", "kind": "single"}
    form = QuestionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        if question is None:
            saved = refused(
                form, lambda: services_bank.question_create(actor=request.user, **form.question())
            )
        else:
            saved = refused(
                form,
                lambda: services_bank.question_update(
                    actor=request.user, question=question, **form.question()
                ),
            )
        if saved is not None:
            messages.success(request, _("The question is saved."))
            return redirect("attestation:bank")
    return render(request, "attestation/question_form.html", {"form": form, "question": question})


@login_required
def coverage(request: HttpRequest) -> HttpResponse:
    _reader(request)
    return render(request, "attestation/coverage.html", {"rows": selectors_bank.coverage()})


@login_required
@require_POST
def bank_import(request: HttpRequest) -> HttpResponse:
    if not may_keep_bank(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data["file"].read()
        result = refused(
            form,
            lambda: services_files.questions_import(
                actor=request.user, data=data, status=form.cleaned_data["status"]
            ),
        )
        if result is not None:
            messages.success(
                request,
                ngettext(
                    "%(count)s question was imported.",
                    "%(count)s questions were imported.",
                    result["imported"],
                )
                % {"count": result["imported"]},
            )
            for skipped in result["skipped"]:
                messages.warning(request, _("Skipped “%(name)s”: %(reason)s.") % skipped)
            return redirect("attestation:bank")
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect("attestation:bank")
