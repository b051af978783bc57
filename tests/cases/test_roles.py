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
