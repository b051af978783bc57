"""Writes of the question bank: questions and their versions, review status.

A question's content is its latest version. Changing the content of a version an attempt has
drawn makes a new version (the attempt keeps the old one); a version nobody has drawn is
changed in place. Only ``ready`` questions are drawn into tests.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.audit.services import audit_record

from . import content, tags
from .errors import BadQuestion, PlatformPermissionDenied
from .models import Question, QuestionVersion
from .permissions import may_keep_bank

MAX_TAGS = 30


def require_bank(actor) -> None:
    if not may_keep_bank(actor):
        raise PlatformPermissionDenied(
            _("Only a methodologist or the administrator keeps the question bank.")
        )


def _clean_tags(values: list[str]) -> list[str]:
    cleaned = []
    for index, tag in enumerate(values):
        tag = (tag or "").strip()
        if not tag or len(tag) > 120:
            raise BadQuestion(
                _("A tag is a non-empty text of at most 120 characters."), loc=["body", "tags", index]
            )
        if not tags.is_known(tag):
            raise BadQuestion(
                _("“%(tag)s” names nothing in the professional standard or the acts."),
                loc=["body", "tags", index],
                tag=tag,
            )
        if tag not in cleaned:
            cleaned.append(tag)
    if len(cleaned) > MAX_TAGS:
        raise BadQuestion(_("A question has at most %(limit)s tags."), loc=["body", "tags"], limit=MAX_TAGS)
    return cleaned


def _clean_audience(values: list[str]) -> list[str]:
    for index, kind in enumerate(values):
        if kind not in vocabulary.ATTESTEE:
            raise BadQuestion(
                _("“%(kind)s” is not a kind of attestee."), loc=["body", "audience", index], kind=kind
            )
    return [kind for kind in vocabulary.ATTESTEE.codes if kind in values]


def _snapshot(question: Question, version: QuestionVersion) -> dict:
    return {
        "status": question.status,
        "tags": question.tags,
        "audience": question.audience,
        "version": version.number,
        "kind": version.kind,
        "text": version.text,
        "options": version.options,
    }


@transaction.atomic
def question_create(
    *,
    actor,
    kind: str,
    text: dict,
    options: list[dict],
    tags: list[str] = (),
    audience: list[str] = (),
    status: str = "draft",
    name: str = "",
    extra: dict | None = None,
) -> Question:
    require_bank(actor)
    cleaned_text, cleaned_options = content.clean_question(kind=kind, text=text, options=list(options))
    question = Question.objects.create(
        status=status,
        tags=_clean_tags(list(tags)),
        audience=_clean_audience(list(audience)),
        name=name[:255],
        created_by=actor if actor and actor.is_authenticated else None,
    )
    version = QuestionVersion.objects.create(
        question=question, number=1, kind=kind, text=cleaned_text, options=cleaned_options, extra=extra or {}
    )
    audit_record(
        actor=actor,
        action="question.create",
        object_type="question",
        object_id=question.pk,
        after=_snapshot(question, version),
    )
    return question


@transaction.atomic
def question_update(*, actor, question: Question, **changes) -> Question:
    """Change a question: ``status``, ``tags``, ``audience`` on the question; ``kind``, ``text``,
    ``options`` make a new version if the current one has been drawn."""
    require_bank(actor)
    question = Question.objects.select_for_update(of=("self",)).get(pk=question.pk)
    current = question.current
    before = _snapshot(question, current)
    if "tags" in changes:
        question.tags = _clean_tags(list(changes["tags"]))
    if "audience" in changes:
        question.audience = _clean_audience(list(changes["audience"]))
    if "status" in changes:
        question.status = changes["status"]
    if {"kind", "text", "options"} & set(changes):
        kind = changes.get("kind", current.kind)
        text, options = content.clean_question(
            kind=kind, text=changes.get("text", current.text), options=changes.get("options", current.options)
        )
        if current.drawn.exists():
            current = QuestionVersion.objects.create(
                question=question,
                number=current.number + 1,
                kind=kind,
                text=text,
                options=options,
                extra=current.extra,
            )
        else:
            current.kind, current.text, current.options = kind, text, options
            current.save(update_fields=["kind", "text", "options"])
    question.save()
    audit_record(
        actor=actor,
        action="question.update",
        object_type="question",
        object_id=question.pk,
        before=before,
        after=_snapshot(question, current),
    )
    return question
