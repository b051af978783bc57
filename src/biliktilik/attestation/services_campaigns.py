"""Writes of campaigns and their lists of attestees (p.9, Appendix 1) with admission (p.14).

An HR officer runs the campaigns of their subtree. The category an attestee holds is read from
the registry on the window's first day; admission is the rules' (``rules.admission``), stored
with its explanation so the list shows why, and recomputed when the list entry changes.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.audit.services import audit_record
from biliktilik.errors import InvalidInput
from biliktilik.lawbook import loader
from biliktilik.rules import admission as admission_rule
from biliktilik.rules import attestation as attestation_rule
from biliktilik.rules.explain import LawGap, Trace
from biliktilik.staff.models import CategoryAward, Employee, Organization

from . import notifications, selectors, tags
from .errors import Conflict
from .models import Attestee, Campaign
from .permissions import CAMPAIGN_WRITERS, require_role_in

MAX_QUESTIONS = 200
MAX_MINUTES = 600


def _require_campaigns(actor, organization: Organization) -> None:
    require_role_in(
        actor,
        organization,
        roles=CAMPAIGN_WRITERS,
        message=_("Only an HR officer of this organization runs its campaigns."),
    )


def _check_campaign(
    *, testing_from: dt.date, testing_to: dt.date, questions: int, minutes: int, topics
) -> None:
    if testing_to < testing_from:
        raise InvalidInput(
            _("The testing window ends before it starts."), code="window_reversed", loc=["body", "testing_to"]
        )
    if not 1 <= questions <= MAX_QUESTIONS:
        raise InvalidInput(
            _("A test has from 1 to %(limit)s questions."),
            code="validation_error",
            loc=["body", "questions"],
            limit=MAX_QUESTIONS,
        )
    if not 1 <= minutes <= MAX_MINUTES:
        raise InvalidInput(
            _("The time limit is from 1 to %(limit)s minutes."),
            code="validation_error",
            loc=["body", "time_limit_minutes"],
            limit=MAX_MINUTES,
        )
    for index, tag in enumerate(topics):
        if not tags.is_known(tag):
            raise InvalidInput(
                _("“%(tag)s” names nothing in the professional standard or the acts."),
                code="unknown_tag",
                loc=["body", "tags", index],
                tag=tag,
            )
    pool = selectors.ready_pool(topics=list(topics)).count()
    if pool < questions:
        raise InvalidInput(
            _("The bank has %(pool)s ready questions on these topics, fewer than the %(questions)s asked."),
            code="question_pool_too_small",
            loc=["body", "questions"],
            pool=pool,
            questions=questions,
        )


@transaction.atomic
def campaign_create(
    *,
    actor,
    organization: Organization,
    title: str,
    testing_from: dt.date,
    testing_to: dt.date,
    questions: int,
    time_limit_minutes: int,
    tags: list[str] = (),
) -> Campaign:
    _require_campaigns(actor, organization)
    topics = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
    _check_campaign(
        testing_from=testing_from,
        testing_to=testing_to,
        questions=questions,
        minutes=time_limit_minutes,
        topics=topics,
    )
    campaign = Campaign.objects.create(
        organization=organization,
        title=title.strip(),
        testing_from=testing_from,
        testing_to=testing_to,
        questions=questions,
        time_limit_minutes=time_limit_minutes,
        tags=topics,
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action="campaign.create",
        object_type="campaign",
        object_id=campaign.pk,
        after=selectors.campaign_snapshot(campaign),
    )
    return campaign


def current_category(employee: Employee, on: dt.date) -> str:
    """The career-centre category the registry holds for ``employee`` on ``on``; ``none`` if none."""
    award = (
        CategoryAward.objects.filter(employee=employee, assigned_on__lte=on, valid_until__gte=on)
        .order_by("-assigned_on", "-id")
        .first()
    )
    return award.category if award and award.category in vocabulary.ATTESTATION_CATEGORY else "none"


def _check_declared(*, attestee: str, declared: str | None, current: str, on: dt.date) -> str:
    if attestee != "category_applicant":
        return ""
    if not declared:
        raise InvalidInput(
            _("A specialist applying for a category needs the declared category."),
            code="validation_error",
            loc=["body", "declared_category"],
        )
    ranks = {c.id: c.rank for c in attestation_rule.parameters_in_force(loader.default(), on).categories}
    if ranks[declared] < ranks[current]:
        raise InvalidInput(
            _("The declared category is below the one the person holds; declaring the one held renews it."),
            code="declared_below_current",
            loc=["body", "declared_category"],
        )
    return declared


def evaluate_admission(*, employee: Employee, attestee: str, declared: str, plan_hours: int, opens: dt.date):
    """(admitted, stored explanation) by the rules, from the registry's training records."""
    courses = tuple(
        admission_rule.Course(hours=t.hours, profile=t.profile, completed_on=t.completed_on)
        for t in employee.training.all()
    )
    trace = Trace()
    facts = admission_rule.AdmissionFacts(attestee, plan_hours, courses, opens, declared or None)
    ok = admission_rule.admitted(loader.default(), facts, trace=trace)
    return ok, selectors.stored_trace(trace)


@transaction.atomic
def attestee_add(
    *,
    actor,
    campaign: Campaign,
    employee: Employee,
    attestee: str,
    reattestation: bool = False,
    declared_category: str | None = None,
    learning_plan_hours: int,
) -> Attestee:
    _require_campaigns(actor, campaign.organization)
    if not employee.organization.path.startswith(campaign.organization.path):
        raise InvalidInput(
            _("The employee does not work in this campaign's organization."),
            code="validation_error",
            loc=["body", "employee"],
        )
    if not 0 <= learning_plan_hours <= 2000:
        raise InvalidInput(
            _("The learning plan's hours are from 0 to 2000."),
            code="validation_error",
            loc=["body", "learning_plan_hours"],
        )
    opens = campaign.testing_from
    current = current_category(employee, opens)
    declared = _check_declared(attestee=attestee, declared=declared_category, current=current, on=opens)
    try:
        ok, explanation = evaluate_admission(
            employee=employee,
            attestee=attestee,
            declared=declared,
            plan_hours=learning_plan_hours,
            opens=opens,
        )
    except LawGap as gap:
        raise InvalidInput(
            _("The attestation rules in force on the window's first day are not in our sources."),
            code=gap.code,
            loc=["body", "testing_from"],
        ) from gap
    try:
        with transaction.atomic():
            entry = Attestee.objects.create(
                campaign=campaign,
                employee=employee,
                attestee=attestee,
                reattestation=reattestation,
                current_category=current,
                declared_category=declared,
                learning_plan_hours=learning_plan_hours,
                admitted=ok,
                admission=explanation,
                status="admitted" if ok else "not_admitted",
            )
    except IntegrityError as exc:
        raise Conflict(_("This employee is already on the campaign's list."), code="already_listed") from exc
    audit_record(
        actor=actor,
        action="attestee.add",
        object_type="attestee",
        object_id=entry.pk,
        after=selectors.attestee_snapshot(entry),
    )
    notifications.listed(entry)
    return entry
