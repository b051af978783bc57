"""The question bank's files: import of Moodle XML, GIFT and our Excel template (all or
nothing), export to the same formats (what came from Moodle goes back as it came)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.audit.services import audit_record
from biliktilik.errors import InvalidInput

from . import content, formats
from .errors import BadQuestion, PlatformPermissionDenied
from .formats import excel
from .models import Question
from .permissions import may_read_bank
from .services_bank import question_create, require_bank

TRUE_FALSE_WORDS = {"kk": ("Дұрыс", "Бұрыс"), "ru": ("Верно", "Неверно")}


class FileRefused(InvalidInput):
    """A question file that imports nothing; the code says why, the location where."""

    def __init__(self, error: formats.QuestionFileError):
        super().__init__(
            _("The file cannot be imported, so nothing was imported: %(reason)s%(where)s."),
            code="invalid_question_file",
            loc=["body", "file"],
            reason=error.code,
            where=f" ({error.location().rstrip(': ')})" if error.location() else "",
        )


def _bank_fields(question: formats.Question) -> dict:
    """A file's question as the bank keeps it: its kk/ru texts, options with ids, and the whole
    neutral question in ``extra`` so an export gives back what came in."""
    text = {lang: question.text[lang] for lang in content.LANGUAGES if question.text.get(lang, "").strip()}
    if question.kind == "true_false":
        options = [
            {"text": {lang: TRUE_FALSE_WORDS[lang][i] for lang in text}, "correct": o.correct}
            for i, o in enumerate(question.options)
        ]
    else:
        options = [
            {"text": {lang: o.text.get(lang, "") for lang in text}, "correct": o.correct}
            for o in question.options
        ]
    return {
        "kind": question.kind,
        "text": text,
        "options": options,
        "tags": list(question.tags),
        "name": question.name,
        "extra": {"neutral": formats.to_dict(question)},
    }


@transaction.atomic
def questions_import(*, actor, data: bytes, status: str = "draft", language: str = "ru") -> dict:
    """Every supported question of a Moodle XML, GIFT or Excel-template file, or none: the first
    problem refuses the file and rolls everything back. Unsupported kinds are skipped by name."""
    require_bank(actor)
    try:
        if formats.detect(data) == formats.EXCEL:
            result = excel.read_template(data, audience_codes=set(vocabulary.ATTESTEE.codes))
            if result.errors:
                first = result.errors[0]
                raise BadQuestion(
                    _("Row %(row)s, column “%(column)s”: %(problem)s. Nothing was imported."),
                    loc=["body", "file"],
                    row=first.row,
                    column=first.column,
                    problem=first.code,
                )
            rows, skipped = [(r.question, list(r.audience)) for r in result.rows], []
        else:
            found = formats.read_questions(data, language=language)
            rows, skipped = [(q, []) for q in found.questions], list(found.skipped)
    except formats.QuestionFileError as exc:
        raise FileRefused(exc) from exc
    for index, (question, audience) in enumerate(rows):
        fields = _bank_fields(question)
        try:
            question_create(actor=actor, status=status, audience=audience, **fields)
        except BadQuestion as exc:
            raise BadQuestion(
                _("Question %(number)s (“%(name)s”): %(problem)s Nothing was imported."),
                loc=["body", "file"],
                number=index + 1,
                name=question.name[:80],
                problem=exc.text(),
            ) from exc
    audit_record(
        actor=actor,
        action="question.import",
        object_type="question",
        object_id="file",
        after={"imported": len(rows), "skipped": skipped},
    )
    return {"imported": len(rows), "skipped": skipped}


def _neutral(question: Question) -> formats.Question:
    """The bank's question for a file: the kept neutral question (from an import) updated with
    the current texts, options and tags, else one made from them."""
    version = question.current
    kept = version.extra.get("neutral")
    base = formats.from_dict(kept) if kept else None
    same_shape = base is not None and len(base.options) == len(version.options) and base.kind == version.kind
    options = []
    for i, option in enumerate(version.options):
        old = base.options[i] if same_shape else None
        text = {} if version.kind == "true_false" else dict(option["text"])
        options.append(
            formats.Option(
                {**(dict(old.text) if old else {}), **text},
                option["correct"],
                old.fraction if old and old.correct == option["correct"] else None,
                old.feedback if old else "",
                old.moodle if old else {},
            )
        )
    text = {**(dict(base.text) if base else {}), **version.text}
    return formats.Question(
        base.name if base else (question.name or f"question-{question.pk}"),
        version.kind,
        text,
        tuple(options),
        tuple(question.tags),
        base.moodle if base else {},
    )


def questions_export(*, actor, file_format: str, questions) -> bytes:
    if not may_read_bank(actor):
        raise PlatformPermissionDenied()
    neutral = [_neutral(q) for q in questions]
    if file_format == formats.GIFT:
        return formats.write_gift(neutral).encode("utf-8")
    if file_format == formats.EXCEL:
        return excel.write_template((n, q.audience) for n, q in zip(neutral, questions, strict=True))
    return formats.write_moodle_xml(neutral)
