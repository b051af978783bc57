"""Reads for the case staff's pages: the procedures offered at intake, the lists (overdue, due
soon), one case as its page shows it (with what the viewer may do on it), the head of unit's
dashboard and the holders a reminder goes to. The API's reads stay in ``selectors``."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import OuterRef, QuerySet, Subquery

from biliktilik.accounts.models import Profile, Role
from biliktilik.accounts.permissions import role_of
from biliktilik.languages import in_language
from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Procedure
from biliktilik.rules import procedures as procedure_rule
from biliktilik.rules.calendar import KzCalendar

from . import procedures, selectors
from .models import Case, CaseStep, Evaluation
from .permissions import ACTOR_ROLES, CASE_STAFF, may_act_as

# "Due soon": the current step falls due today or within this many working days.
DUE_SOON_WORKING_DAYS = 2
# Who sees the dashboard: the head of unit, management and administrators.
DASHBOARD_ROLES = frozenset({Role.HEAD_OF_UNIT, Role.MANAGEMENT, Role.ADMINISTRATOR})
CASE_WORKERS = CASE_STAFF | {Role.COMMISSION_MEMBER, Role.ADMINISTRATOR}


def works_cases(user) -> bool:
    """Whether the case pages are in ``user``'s menu: the provider's case staff, the commission
    and administrators."""
    return role_of(user) in CASE_WORKERS


def sees_dashboard(user) -> bool:
    return role_of(user) in DASHBOARD_ROLES


# --- procedures offered at intake ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Offered:
    id: str
    title: str
    in_force: bool


def _procedure_ids(law: Lawbook) -> list[str]:
    ids = [
        item.id
        for view in law.ordered()
        if view.act.services is not None
        for item in view.act.services.procedures
    ]
    return list(dict.fromkeys(ids))


def procedures_offered(*, on: dt.date, language: str, law: Lawbook | None = None) -> list[Offered]:
    """The procedures in force on ``on``, by title in ``language``. When none is (the seed's
    regulation was repealed in 2021), every procedure the lawbook names, by its newest title:
    a case may be registered on a day its regulation was in force, and the service refuses any
    other day naming the period."""
    law = law or procedures.lawbook()
    offered = []
    for procedure_id in _procedure_ids(law):
        item = procedure_rule.procedure_in_force(law, procedure_id, on)
        if item is not None:
            offered.append(Offered(item.id, in_language(item.title, language), True))
    if offered:
        return offered
    return [
        Offered(pid, in_language(procedure_rule.procedures_named(law, pid)[-1].title, language), False)
        for pid in _procedure_ids(law)
    ]


def procedure_of(case: Case, *, law: Lawbook | None = None) -> Procedure | None:
    """The procedure the case follows, as its act in ``law/`` words it (found by the citation
    it copied at intake)."""
    law = law or procedures.lawbook()
    for item in procedure_rule.procedures_named(law, case.procedure):
        if item.source.act == case.source.get("act"):
            return item
    return None


# --- the lists ---------------------------------------------------------------------------------


def _with_current(cases: QuerySet[Case]) -> QuerySet[Case]:
    undone = CaseStep.objects.filter(case=OuterRef("pk"), done_on__isnull=True).order_by("number")
    last = CaseStep.objects.filter(case=OuterRef("pk")).order_by("-number")
    return cases.annotate(
        current_due=Subquery(undone.values("due")[:1]),
        current_number=Subquery(undone.values("number")[:1]),
        case_due=Subquery(last.values("due")[:1]),  # the case's own due date: its last step's
    )


def due_soon_until(today: dt.date, calendar: KzCalendar) -> dt.date:
    return calendar.add_working_days(today, DUE_SOON_WORKING_DAYS)


def case_rows(
    *, viewer, status: str = "", when: str = "", today: dt.date, calendar: KzCalendar | None = None
) -> QuerySet[Case]:
    """The cases ``viewer`` may see, newest first, each with its current step's number and due
    date; ``when``: "overdue" (an open case whose current step was due before ``today``) or
    "soon" (due from ``today`` to the ``DUE_SOON_WORKING_DAYS``-th working day after it)."""
    cases = _with_current(selectors.cases_visible(viewer).select_related("organization"))
    if status:
        cases = cases.filter(status=status)
    if when == "overdue":
        cases = cases.filter(status="open", current_due__lt=today)
    elif when == "soon":
        until = due_soon_until(today, calendar or procedures.calendar())
        cases = cases.filter(status="open", current_due__gte=today, current_due__lte=until)
    return cases


def overdue_count(*, viewer, today: dt.date) -> int:
    return case_rows(viewer=viewer, when="overdue", today=today).count()


# --- one case's page ---------------------------------------------------------------------------


@dataclass
class StepRow:
    step: CaseStep
    action: dict | None  # the step's action as the procedure words it (kk/ru/en)
    current: bool
    overdue: bool  # the current step, past its due date
    late: bool  # done after its due date


@dataclass
class CasePage:
    case: Case
    procedure: Procedure | None
    steps: list[StepRow]
    current: CaseStep | None
    may_complete: bool = False
    may_return: bool = False
    refusal: str | None = None  # "refused_to_accept" or "motivated_refusal" when the viewer may
    actors: dict = field(default_factory=dict)


def _refusal_open(case: Case, steps: list[CaseStep], current: CaseStep, viewer) -> str | None:
    """The refusal the viewer may make now, as ``services_cases.case_refuse`` allows it."""
    if current is steps[0]:
        return "refused_to_accept" if may_act_as(viewer, steps[0].actor, case.organization) else None
    commission = [s for s in steps if s.actor == "commission"]
    # Management decides on the commission's protocol where the procedure has a secretary's step.
    secretary = any(s.actor == "commission_secretary" for s in steps)
    if (
        commission
        and all(s.done_on for s in commission)
        and (not secretary or Evaluation.objects.filter(case=case).exclude(protocol_number="").exists())
        and may_act_as(viewer, "management", case.organization)
    ):
        return "motivated_refusal"
    return None


def case_page(*, viewer, case: Case, today: dt.date) -> CasePage:
    steps = list(case.steps.all())
    current = selectors.current_step(steps) if case.status == "open" else None
    item = procedure_of(case)
    actions = {s.number: s.action for s in item.steps} if item else {}
    rows = [
        StepRow(
            step=s,
            action=actions.get(s.number),
            current=s is current,
            overdue=s is current and today > s.due,
            late=s.done_on is not None and s.done_on > s.due,
        )
        for s in steps
    ]
    page = CasePage(case=case, procedure=item, steps=rows, current=current)
    if current is not None:
        page.may_complete = may_act_as(viewer, current.actor, case.organization)
        page.may_return = page.may_complete and current is not steps[0]
        page.refusal = _refusal_open(case, steps, current, viewer)
    return page


# --- the head of unit's dashboard --------------------------------------------------------------


def working_days_between(start: dt.date, end: dt.date, calendar: KzCalendar) -> int:
    """The working days after ``start`` up to ``end`` inclusive (``add_working_days``'s count:
    a step done on its due date took exactly its term)."""
    days, current = 0, start
    while current < end:
        current += dt.timedelta(days=1)
        days += calendar.is_working(current)
    return days


@dataclass
class StepTime:
    procedure: str
    number: int
    actor: str
    term_days: int
    term_kind: str
    done: int = 0
    total: int = 0
    late: int = 0

    @property
    def average(self) -> float | None:
        return round(self.total / self.done, 1) if self.done else None


def time_per_step(cases: list[Case], calendar: KzCalendar) -> list[StepTime]:
    """For each (procedure, step): how many cases did it, the average time it took against its
    term (working days, or calendar days for a calendar term) and how many took longer."""
    rows: dict[tuple[str, int], StepTime] = {}
    for case in cases:
        since = case.registered_on
        for step in case.steps.all():
            if step.done_on is None:
                break
            row = rows.setdefault(
                (case.procedure, step.number),
                StepTime(case.procedure, step.number, step.actor, step.term_days, step.term_kind),
            )
            if step.term_kind == "working":
                spent = working_days_between(since, step.done_on, calendar)
            else:
                spent = (step.done_on - since).days
            row.done, row.total, row.late = (
                row.done + 1,
                row.total + spent,
                row.late + (spent > step.term_days),
            )
            since = step.done_on
    return [rows[key] for key in sorted(rows)]


def dashboard(*, viewer, today: dt.date, language: str, calendar: KzCalendar | None = None) -> dict:
    """Open cases by their current step, the overdue ones, and the time per step."""
    calendar = calendar or procedures.calendar()
    open_cases = list(case_rows(viewer=viewer, status="open", today=today))
    by_step = Counter((c.procedure, c.current_number) for c in open_cases)
    actors = {
        (s.case.procedure, s.number): s.actor
        for s in CaseStep.objects.filter(case__in=open_cases).select_related("case")
    }
    titles = _titles(language)
    current = [
        {
            "procedure": titles.get(procedure, procedure),
            "number": number,
            "actor": actors.get((procedure, number), ""),
            "count": count,
        }
        for (procedure, number), count in sorted(by_step.items())
    ]
    worked = list(selectors.cases_visible(viewer).filter(steps__done_on__isnull=False).distinct())
    times = time_per_step(worked, calendar)
    for row in times:
        row.procedure = titles.get(row.procedure, row.procedure)
    return {
        "open": len(open_cases),
        "overdue": sum(1 for c in open_cases if c.current_due and c.current_due < today),
        "by_step": current,
        "times": times,
    }


def _titles(language: str) -> dict[str, str]:
    law = procedures.lawbook()
    return {
        pid: in_language(procedure_rule.procedures_named(law, pid)[-1].title, language)
        for pid in _procedure_ids(law)
    }


# --- reminders ---------------------------------------------------------------------------------


def steps_to_remind(*, today: dt.date, calendar: KzCalendar) -> QuerySet[CaseStep]:
    """The current steps of open cases due by the next working day after ``today`` (or overdue)."""
    current = CaseStep.objects.filter(case=OuterRef("case"), done_on__isnull=True).order_by("number")
    horizon = calendar.add_working_days(today, 1)
    return (
        CaseStep.objects.filter(case__status="open", done_on__isnull=True, due__lte=horizon)
        .filter(number=Subquery(current.values("number")[:1]))
        .select_related("case", "case__organization")
        .order_by("due", "case_id")
    )


def holders(step: CaseStep, cache: dict | None = None) -> list:
    """The users who hold the step: its actor's role in the case's organization or one above it
    (administrators act on any step but hold none)."""
    cache = {} if cache is None else cache
    key = (step.actor, step.case.organization_id)
    if key not in cache:
        roles = ACTOR_ROLES.get(step.actor, frozenset())
        path = step.case.organization.path
        profiles = Profile.objects.filter(
            role__in=roles, organization__isnull=False, user__is_active=True
        ).select_related("user", "organization")
        cache[key] = sorted(
            (p.user for p in profiles if path.startswith(p.organization.path)), key=lambda u: u.pk
        )
    return cache[key]
