"""Reads of the question bank for methodologists: the list with filters, the coverage of the
professional standard by ready questions, and how each question behaved in tests.

Statistics come from finished attempts only. A question's difficulty is the share of takers who
answered it exactly right; its discrimination is the upper-lower index: the share right among
the best 27% of takers minus the share right among the worst 27% (by their test percent). A
question that the weaker takers answer as well as the stronger ones (index near 0, or below)
is worth reviewing; with fewer than ``MIN_TAKERS`` takers no index is given.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .models import DrawnQuestion, Question
from .tags import standard_items

MIN_TAKERS = 10
GROUP_SHARE = 0.27


@dataclass(frozen=True)
class QuestionStats:
    takers: int
    right_share: float | None
    discrimination: float | None


def bank_list(*, status: str = "", tag: str = "", words: str = "", under: bool = True) -> list[Question]:
    """The bank, newest first, with their versions: by status, by a tag (``under``: or an item
    below it, as a card covers its skills), by words of the text in either language."""
    questions = Question.objects.prefetch_related("versions").order_by("-id")
    if status:
        questions = questions.filter(status=status)
    found = []
    wanted = words.casefold().split()
    for question in questions:
        if tag and not any(t == tag or (under and t.startswith(tag + "/")) for t in question.tags):
            continue
        texts = " ".join(question.current.text.values()).casefold()
        if all(word in texts for word in wanted):
            found.append(question)
    return found


def coverage() -> list[dict]:
    """Every item of the standard with the number of ready questions tagged with it or with an
    item under it (a question on a skill covers its function and card too)."""
    ready = list(Question.objects.filter(status="ready").values_list("tags", flat=True))
    rows = []
    for item in standard_items():
        prefix = item.tag + "/"
        count = sum(1 for tags in ready if any(t == item.tag or t.startswith(prefix) for t in tags))
        rows.append({"item": item, "ready": count})
    return rows


def statistics(question_ids: list[int]) -> dict[int, QuestionStats]:
    """Difficulty and discrimination of each question, from the finished attempts that drew it."""
    drawn = (
        DrawnQuestion.objects.filter(version__question_id__in=question_ids)
        .exclude(attempt__status="in_progress")
        .select_related("version", "attempt")
    )
    by_question: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for d in drawn:
        right = set(d.chosen or ()) == d.version.correct
        by_question[d.version.question_id].append((d.attempt.percent or 0.0, right))
    return {qid: question_stats(rows) for qid, rows in by_question.items()}


def question_stats(rows: list[tuple[float, bool]]) -> QuestionStats:
    """A question's figures from its takers' (test percent, answered right) pairs."""
    takers = len(rows)
    right_share = sum(right for _, right in rows) / takers if takers else None
    if takers < MIN_TAKERS:
        return QuestionStats(takers, right_share, None)
    ranked = sorted(rows, key=lambda row: row[0])
    size = max(1, round(takers * GROUP_SHARE))
    lower, upper = ranked[:size], ranked[-size:]
    index = sum(r for _, r in upper) / size - sum(r for _, r in lower) / size
    return QuestionStats(takers, right_share, round(index, 2))
