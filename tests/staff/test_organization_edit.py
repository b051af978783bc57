"""Editing an organization from the pages: the HR officer in their subtree and the administrator
change its names, kind, significance, region and parent; readers may not. A save over someone
else's change saves nothing; every save is audited."""

import re

from django.conf import settings

from biliktilik.audit.models import AuditEntry
from biliktilik.staff.models import Organization


def signed_in(client, user, language="kk"):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def edit_url(organization) -> str:
    return f"/staff/organizations/{organization.pk}/edit/"


def opened(client, organization) -> dict:
    """The form as the page fills it: every field's current value and the hidden version."""
    page = client.get(edit_url(organization)).content.decode()
    version = re.search(r'name="version" value="([0-9a-f]+)"', page).group(1)
    return {
        "name_kk": organization.name_kk,
        "name_ru": organization.name_ru,
        "kind": organization.kind,
        "significance": organization.significance,
        "region": organization.region,
        "parent": organization.parent_id or "",
        "version": version,
    }


def test_an_officer_edits_an_organization_of_their_subtree_and_it_is_audited(client, world):
    signed_in(client, world.users["hr_a"])
    form = opened(client, world.org_a_sub)
    form.update(name_kk="Әлеуметтік қызметтер бөлімі", name_ru="Отдел социальных услуг", region="Астана")
    form.update(kind="social_service", significance="district")
    response = client.post(edit_url(world.org_a_sub), form)
    assert response.status_code == 302 and response.headers["Location"] == "/staff/organizations/"
    world.org_a_sub.refresh_from_db()
    saved = (world.org_a_sub.name_kk, world.org_a_sub.name_ru, world.org_a_sub.kind, world.org_a_sub.region)
    assert saved == ("Әлеуметтік қызметтер бөлімі", "Отдел социальных услуг", "social_service", "Астана")
    entry = AuditEntry.objects.get(action="organization.update", object_id=str(world.org_a_sub.pk))
    assert entry.actor == world.users["hr_a"]
    assert entry.before["name_kk"] != entry.after["name_kk"] == "Әлеуметтік қызметтер бөлімі"


def test_the_tree_offers_the_edit_link_only_where_the_viewer_may_write(client, world):
    signed_in(client, world.users["hr_a"])
    tree = client.get("/staff/organizations/").content.decode()
    assert set(re.findall(r'data-edit="(\d+)"', tree)) == {str(world.org_a.pk), str(world.org_a_sub.pk)}
    signed_in(client, world.users["administrator"])
    tree = client.get("/staff/organizations/").content.decode()
    assert len(re.findall(r"data-edit=", tree)) == Organization.objects.count()


def test_a_reader_sees_no_edit_link_and_is_refused(client, world):
    for reader in ("methodologist", "auditor", "commission_a"):
        signed_in(client, world.users[reader])
        assert "data-edit=" not in client.get("/staff/organizations/").content.decode()
        assert client.get(edit_url(world.org_a)).status_code == 403
        response = client.post(edit_url(world.org_a), {"name_kk": "X", "name_ru": "X", "kind": "lmc"})
        assert response.status_code == 403
    world.org_a.refresh_from_db()
    assert world.org_a.name_kk != "X" and not AuditEntry.objects.filter(action="organization.update").exists()


def test_an_officer_of_another_subtree_does_not_find_it(client, world):
    signed_in(client, world.users["hr_b"])
    assert client.get(edit_url(world.org_a)).status_code == 404


def test_an_empty_name_is_refused_on_its_field_and_named_above_the_form(client, world):
    signed_in(client, world.users["hr_a"], language="ru")
    form = {**opened(client, world.org_a_sub), "name_kk": ""}
    response = client.post(edit_url(world.org_a_sub), form)
    html = response.content.decode()
    assert response.status_code == 200 and response.context["form"].errors["name_kk"]
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    assert 'data-field="name_kk"' in summary and "Наименование (на казахском языке)" in summary
    world.org_a_sub.refresh_from_db()
    assert world.org_a_sub.name_kk and not AuditEntry.objects.filter(action="organization.update").exists()


def test_it_cannot_be_placed_under_its_own_subtree_nor_outside_the_officers(client, world):
    signed_in(client, world.users["hr_a"])
    page = client.get(edit_url(world.org_a)).content.decode()
    parents = re.search(r'<select name="parent".*?</select>', page, re.S).group(0)
    assert f'value="{world.org_a_sub.pk}"' not in parents and f'value="{world.org_a.pk}"' not in parents
    for parent in (world.org_a_sub, world.org_b):
        response = client.post(edit_url(world.org_a), {**opened(client, world.org_a), "parent": parent.pk})
        assert response.context["form"].errors["parent"]
    world.org_a.refresh_from_db()
    assert world.org_a.parent == world.ministry


def test_the_administrator_moves_an_organization_with_its_subtree(client, world):
    signed_in(client, world.users["administrator"])
    response = client.post(edit_url(world.org_a), {**opened(client, world.org_a), "parent": world.org_b.pk})
    assert response.status_code == 302
    world.org_a_sub.refresh_from_db()
    assert world.org_a_sub.path == f"{world.org_b.path}{world.org_a.pk}/{world.org_a_sub.pk}/"


def test_a_save_over_someone_elses_change_saves_nothing_and_shows_the_current_values(client, world):
    signed_in(client, world.users["hr_a"], language="ru")
    form = {**opened(client, world.org_a_sub), "region": "Алматы"}
    # Meanwhile another officer renames it.
    Organization.objects.filter(pk=world.org_a_sub.pk).update(name_ru="Отдел занятости")
    response = client.post(edit_url(world.org_a_sub), form)
    html = response.content.decode()
    assert response.status_code == 200
    assert "изменил кто-то другой" in html and 'value="Отдел занятости"' in html
    world.org_a_sub.refresh_from_db()
    assert world.org_a_sub.region != "Алматы"
    assert not AuditEntry.objects.filter(action="organization.update").exists()
