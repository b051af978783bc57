"""The provider's case staff are roles of their own: each has a home page in every language, and
a step is theirs only when the procedure names their role as its actor."""

import pytest
from django.conf import settings
from django.test import Client

from biliktilik.accounts.models import Role
from biliktilik.cases.permissions import ACTOR_ROLES, may_act_as
from biliktilik.vocabulary import ACTOR
from tests.pages.test_crawl_language import problems, read
from tests.staff.factories import OrganizationFactory, UserFactory

CASE_ROLES = ("intake_officer", "head_of_unit", "executor", "commission_secretary", "management")


def test_every_actor_of_the_procedures_is_some_role():
    assert set(ACTOR_ROLES) == set(ACTOR.codes)
    assert all(roles <= set(Role.values) for roles in ACTOR_ROLES.values())


@pytest.mark.django_db
@pytest.mark.parametrize("language", ("kk", "ru", "en"))
@pytest.mark.parametrize("role", CASE_ROLES)
def test_a_case_role_has_a_home_page_in_the_readers_language(role, language):
    user = UserFactory(role=role, role__organization=OrganizationFactory())
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    client.force_login(user)
    status, page = read(client, "/")
    assert status == 200
    if language != "en":
        assert problems("\n".join(page.chunks)) == []
    for link in page.links:
        if link.startswith("/") and not link.startswith(("/api/", "/static/", "/i18n/", "/accounts/logout")):
            assert read(client, link)[0] < 400, link


@pytest.mark.django_db
def test_a_role_acts_only_inside_its_profiles_subtree():
    parent = OrganizationFactory()
    child = OrganizationFactory(parent=parent)
    sibling = OrganizationFactory()
    executor = UserFactory(role=Role.EXECUTOR, role__organization=parent)
    assert may_act_as(executor, "executor", child)
    assert not may_act_as(executor, "executor", sibling)
    assert not may_act_as(executor, "management", child)
    no_scope = UserFactory(role=Role.EXECUTOR)
    assert not may_act_as(no_scope, "executor", child)


# Who does what, read from Appendix 13 (the procedures' actors) by hand: each case role does its
# own actor's steps, and the duplicate's single "service provider" step is done by any of the
# provider's own staff (not by the commission or its secretary); the other roles do no step.
ACTS_AS = {
    Role.INTAKE_OFFICER: {"intake_officer", "service_provider"},
    Role.MANAGEMENT: {"management", "service_provider"},
    Role.HEAD_OF_UNIT: {"head_of_unit", "service_provider"},
    Role.EXECUTOR: {"executor", "service_provider"},
    Role.COMMISSION_MEMBER: {"commission"},
    Role.COMMISSION_SECRETARY: {"commission_secretary"},
    Role.HR_OFFICER: set(),
    Role.METHODOLOGIST: set(),
    Role.AUDITOR: set(),
    Role.EMPLOYEE: set(),
}


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(ACTS_AS))
def test_each_role_does_exactly_its_own_actors_steps_and_only_inside_its_subtree(role):
    centre = OrganizationFactory()
    department = OrganizationFactory(parent=centre)
    elsewhere = OrganizationFactory()
    user = UserFactory(role=role, role__organization=centre)
    for actor in ACTOR.codes:
        assert may_act_as(user, actor, department) == (actor in ACTS_AS[role]), actor
        assert not may_act_as(user, actor, elsewhere), actor


@pytest.mark.django_db
def test_an_administrator_acts_as_any_actor_anywhere():
    admin = UserFactory(role=Role.ADMINISTRATOR)
    anywhere = OrganizationFactory()
    assert all(may_act_as(admin, actor, anywhere) for actor in ACTOR.codes)
