"""E-mail to the holder of a case's step (issue 9, item 5): the step is due on the next working
day, or overdue. Queued with ``jobs.mail.email_after_commit`` inside the sweep's transaction, so
the record that it was sent and the message commit together.

The language: the case staff's accounts keep none, so the message is in Kazakh and then in
Russian, each a whole text of its own.
"""

from __future__ import annotations

import datetime as dt

from django.utils import translation
from django.utils.translation import gettext as _

from biliktilik import vocabulary
from biliktilik.jobs.mail import email_after_commit

from .models import CaseStep

LANGUAGES = ("kk", "ru")


def _day(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


def _text(step: CaseStep, *, today: dt.date, language: str) -> str:
    case = step.case
    values = {
        "case": case.number,
        "number": step.number,
        "actor": vocabulary.label("actor", step.actor, language),
        "due": _day(step.due),
        "applicant": case.applicant_name,
    }
    if step.due < today:
        text = _(
            "Step %(number)s (%(actor)s) of the case %(case)s, applicant %(applicant)s, was due on "
            "%(due)s and is not done: it is overdue."
        )
    else:
        text = _(
            "Step %(number)s (%(actor)s) of the case %(case)s, applicant %(applicant)s, is due on %(due)s."
        )
    closing = _("This message was sent by Biliktilik's case management; please do not reply to it.")
    return f"{text % values}\n\n{closing}"


def step_reminder(step: CaseStep, *, to: list[str], today: dt.date) -> None:
    """One message to the step's holders with an address."""
    if not to:
        return
    bodies, subjects = [], []
    for language in LANGUAGES:
        with translation.override(language):
            bodies.append(_text(step, today=today, language=language))
            if step.due < today:
                subjects.append(_("Case %(case)s: a step is overdue") % {"case": step.case.number})
            else:
                subjects.append(_("Case %(case)s: a step is due") % {"case": step.case.number})
    email_after_commit(to=to, subject=" / ".join(subjects), body="\n\n---\n\n".join(bodies))
