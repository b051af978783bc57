"""Which marks of the law's data are quiet and which call for action: the one place that decides.

The law data carries flags: a date estimated from usual practice, a register row reconstructed
from a damaged text, our translation of an official text, a title that is our description. None
of these asks anything of the reader: they are marked quietly and explained once per page. What
does ask for action — a planned review date that has passed, a repealed act, a wording that is
in force but not in our sources — is shown in one prominent style. Templates ask through the
``mark``, ``flag`` and ``marks_legend`` tags of ``templatetags/law.py``; they never decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

Level = Literal["quiet", "action"]


@dataclass(frozen=True)
class Flag:
    code: str
    level: Level
    label: str | Promise
    explanation: str | Promise
    # False: true of every text of its kind on the page, so said once in the legend, not per text.
    per_item: bool = True


FLAGS: dict[str, Flag] = {
    w.code: w
    for w in (
        Flag(
            "estimated",
            "quiet",
            _("estimated"),
            _(
                "The date is estimated: our sources do not give the date of first official publication, "
                "so the date follows the usual practice for such acts."
            ),
        ),
        Flag(
            "inferred",
            "quiet",
            _("reconstructed"),
            _("The link or level of the row was reconstructed from a damaged source text, not read from it."),
        ),
        Flag(
            "unofficial",
            "quiet",
            _("our translation"),
            _(
                "The legal texts in Russian and English on this page are our translations, "
                "not official texts."
            ),
            per_item=False,
        ),
        Flag(
            "fallback",
            "quiet",
            _("other language"),
            _("There is no text in your language; it is shown in the language it exists in."),
        ),
        Flag(
            "descriptive_title",
            "quiet",
            _("description"),
            _("The official title is not in our sources; the title shown is our description of the act."),
        ),
        Flag(
            "review_overdue",
            "action",
            _("review overdue"),
            _("The date planned for reviewing the professional standard has passed."),
        ),
        Flag("repealed", "action", _("repealed"), _("The act is repealed.")),
        Flag(
            "wording_missing",
            "action",
            _("wording not in our sources"),
            _("The wording in force on this date is not in our sources; nothing is inferred from it."),
        ),
        Flag(
            "not_in_force",
            "action",
            _("not in force on this date"),
            _(
                "The wording shown is not in force on this date; "
                "the wording then in force is not in our sources."
            ),
        ),
    )
}

# An act's status that calls for action; the others are shown as plain status.
ACTION_STATUSES = frozenset({"repealed"})


def warning(code: str) -> Flag:
    return FLAGS[code]


def is_action(code: str) -> bool:
    return FLAGS[code].level == "action"


def status_needs_action(status: str | None) -> bool:
    return status in ACTION_STATUSES


def legend(codes: list[str]) -> list[Flag]:
    """The quiet marks used on a page, in the order first used, each explained once."""
    seen = dict.fromkeys(c for c in codes if FLAGS[c].level == "quiet")
    return [FLAGS[c] for c in seen]
