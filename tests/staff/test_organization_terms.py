"""One Kazakh term for a labour mobility centre: the acts' «еңбек мобильділігі орталығы», in the
organization's name and in its kind alike."""

import pytest

from biliktilik.staff.imports.columns import ORGANIZATION_KINDS, choice_lookup, normal
from tests.staff.test_registry_pages import dataset, officer  # noqa: F401


@pytest.mark.django_db
def test_a_line_of_the_organization_tree_uses_one_term_for_labour_mobility(client, officer):  # noqa: F811
    client.force_login(officer)
    client.cookies["django_language"] = "kk"
    html = client.get("/staff/organizations/").content.decode()
    line = next(
        li for li in html.split("<li") if f'data-organization="{officer.profile.organization.pk}"' in li
    )
    assert "Еңбек мобильділігі орталығы" in line and "еңбек мобильділігі орталығы" in line
    assert "ұтқырлығы" not in html


def test_import_files_say_it_with_the_acts_term_and_still_read_the_other():
    lmc = next(c for c in ORGANIZATION_KINDS if c.code == "lmc")
    assert lmc.word("kk") == "еңбек мобильділігі орталығы"
    assert choice_lookup(ORGANIZATION_KINDS)[normal("еңбек ұтқырлығы орталығы")] == "lmc"
