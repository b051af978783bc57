"""The simulations' pages: a methodologist writes a draft from the form, runs it and reads the
results, in kk and ru; bad input is a form error naming the field, never a 500."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from biliktilik.simulations.models import Draft, Simulation

from .conftest import ENTRY, p54_years
from .test_scenarios import p54_specialist

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, world):
    client.force_login(world.users["methodologist"])
    return client


@pytest.fixture
def specialists(world):
    """emp_a: first category since 01.01.2024 — 1,156 days on 01.03.2027 (higher in force, first
    with 4 years); emp_b since 01.01.2022 — 1,886 days, higher under both (test_scenarios)."""
    p54_specialist(world.emp_a, dt.date(2024, 1, 1))
    p54_specialist(world.emp_b, dt.date(2022, 1, 1))
    return world


def form(**fields):
    base = {
        "title": "П.54: 4 жыл",
        "entry": ENTRY.isoformat(),
        "change": "ladder_years",
        "requirement": "54",
        "category": "higher",
        "years": "4",
    }
    return {**base, **fields}


def test_the_form_writes_the_draft_and_the_run_shows_who_moves(signed_in, specialists):
    world = specialists
    response = signed_in.post("/simulations/drafts/new/", form(), HTTP_ACCEPT_LANGUAGE="kk")
    draft = Draft.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/simulations/drafts/{draft.pk}/"
    assert "years: 4" in draft.amendment and draft.effective_from == ENTRY
    page = signed_in.get(f"/simulations/drafts/{draft.pk}/").content.decode()
    assert 'data-status="reworded"' in page  # p.54 against the law in force
    response = signed_in.post(f"/simulations/drafts/{draft.pk}/", {"run": "1", "as_of": ENTRY.isoformat()})
    simulation = Simulation.objects.get()
    assert response["Location"] == f"/simulations/{simulation.pk}/"
    page = signed_in.get(response["Location"]).content.decode()
    assert 'data-people="3"' in page and 'data-changed="1"' in page  # emp_a_sub holds no position
    assert f'data-employee="{world.emp_a.pk}" data-kind="down"' in page
    assert f'data-employee="{world.emp_b.pk}"' not in page


@pytest.mark.parametrize(
    ("language", "before", "after"),
    [("kk", "жоғары санат", "бірінші санат"), ("ru", "высшая категория", "первая категория")],
)
def test_the_results_say_the_categories_in_the_readers_language(
    signed_in, specialists, language, before, after
):
    from biliktilik.simulations import services

    simulation = services.simulation_start(
        actor=specialists.users["methodologist"], as_of=ENTRY, title="54", amendment=p54_years(4)
    )
    signed_in.cookies["django_language"] = language
    page = signed_in.get(f"/simulations/{simulation.pk}/").content.decode()
    row = page.split(f'data-employee="{specialists.emp_a.pk}"', 1)[1].split("</tr>", 1)[0]
    assert before in row.split('class="before"', 1)[1].split("</td>", 1)[0].lower()
    assert after in row.split('class="after"', 1)[1].split("</td>", 1)[0].lower()


def test_one_person_shows_both_explanations_with_the_differing_step_marked(signed_in, specialists):
    from biliktilik.simulations import services

    simulation = services.simulation_start(
        actor=specialists.users["methodologist"], as_of=ENTRY, title="54", amendment=p54_years(4)
    )
    page = signed_in.get(f"/simulations/{simulation.pk}/people/{specialists.emp_a.pk}/").content.decode()
    differing = [part.split("</li>", 1)[0] for part in page.split('data-differs="1"')[1:]]
    assert differing, "no step marked as differing"
    # The higher-category step: 1,156 days against 1,095 needed in force, against 1,460 in the draft.
    assert any(
        "1095" in d.replace("\u00a0", "").replace(" ", "")
        and "1460" in d.replace("\u00a0", "").replace(" ", "")
        for d in differing
    )
    assert signed_in.get(f"/simulations/{simulation.pk}/people/{specialists.emp_b.pk}/").status_code == 404


def test_the_list_exports_as_a_workbook(signed_in, specialists):
    from io import BytesIO

    from biliktilik.simulations import services

    simulation = services.simulation_start(
        actor=specialists.users["methodologist"], as_of=ENTRY, title="54", amendment=p54_years(4)
    )
    signed_in.cookies["django_language"] = "ru"
    response = signed_in.get(f"/simulations/{simulation.pk}/export.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2  # the header and emp_a
    assert rows[0][6:8] == ("По действующему праву", "По проекту")
    assert "высшая категория" in rows[1][6].lower() and "первая категория" in rows[1][7].lower()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"years": ""}, "years"),
        ({"entry": "01.03.2027"}, "entry"),
        ({"change": "yaml", "amendment": ""}, "amendment"),
        ({"change": "threshold", "attestee": "manager", "percent": "120"}, "percent"),
    ],
)
def test_a_bad_form_names_the_field_and_saves_nothing(signed_in, world, fields, field):
    response = signed_in.post("/simulations/drafts/new/", form(**fields))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Draft.objects.count() == 0


def test_a_refused_yaml_is_shown_with_its_path(signed_in, world):
    broken = p54_years(4).replace("years: 4", "years: four", 1)
    response = signed_in.post("/simulations/drafts/new/", form(change="yaml", amendment=broken))
    assert response.status_code == 200
    (message,) = response.context["form"].errors["amendment"]
    assert message.startswith("changes[0].requirements[0].ladders[0].steps[0].years:")
    assert Draft.objects.count() == 0


def test_a_run_before_the_drafts_entry_into_force_is_a_form_error(signed_in, world):
    from biliktilik.simulations import services

    draft = services.draft_save(actor=world.users["methodologist"], title="54", amendment=p54_years(4))
    response = signed_in.post(f"/simulations/drafts/{draft.pk}/", {"run": "1", "as_of": "2027-02-28"})
    assert response.status_code == 200
    assert "01.03.2027" in response.context["run"].errors["as_of"][0]
    assert Simulation.objects.count() == 0


def test_a_stale_edit_is_refused_and_keeps_the_newer(signed_in, world):
    from biliktilik.simulations import services

    draft = services.draft_save(actor=world.users["methodologist"], title="54", amendment=p54_years(4))
    services.draft_save(
        actor=world.users["methodologist"], title="newer", amendment=p54_years(4), draft=draft, version=1
    )
    response = signed_in.post(
        f"/simulations/drafts/{draft.pk}/", {"title": "older", "amendment": p54_years(4), "version": "1"}
    )
    assert response.status_code == 412
    draft.refresh_from_db()
    assert (draft.title, draft.version) == ("newer", 2)


@pytest.mark.parametrize("role", ["employee", "commission_a"])
def test_roles_that_do_not_draft_are_refused(client, world, role):
    client.force_login(world.users[role])
    assert client.get("/simulations/drafts/new/").status_code == 403


def test_a_draft_uploaded_as_a_file_is_saved(signed_in, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("p54.yaml", p54_years(4).encode("utf-8"), content_type="application/x-yaml")
    response = signed_in.post("/simulations/drafts/new/", form(change="yaml", amendment="", file=upload))
    assert response.status_code == 302
    assert Draft.objects.get().amendment == p54_years(4)


def test_a_file_not_in_utf8_is_a_form_error(signed_in, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("p54.yaml", "жоба".encode("utf-16"), content_type="application/x-yaml")
    response = signed_in.post("/simulations/drafts/new/", form(change="yaml", amendment="", file=upload))
    assert response.status_code == 200 and "file" in response.context["form"].errors
    assert Draft.objects.count() == 0


def test_a_run_in_progress_shows_its_progress_and_polls(signed_in, world):
    from biliktilik.simulations.models import Simulation

    simulation = Simulation.objects.create(
        title="54",
        as_of=ENTRY,
        amendment=p54_years(4),
        act_id="draft-2027-54",
        created_by=world.users["methodologist"],
        status="running",
        people=4000,
        people_total=10000,
    )
    signed_in.cookies["django_language"] = "ru"
    page = signed_in.get(f"/simulations/{simulation.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in page
    assert '<progress id="progress-bar" max="10000" value="4000">' in page
    assert "Оценено 4000 из 10000 человек" in page
    partial = signed_in.get(f"/simulations/{simulation.pk}/", HTTP_HX_REQUEST="true")
    assert partial.content.decode().startswith('<section id="simulation-progress"')
    Simulation.objects.filter(pk=simulation.pk).update(status="done")
    assert signed_in.get(f"/simulations/{simulation.pk}/", HTTP_HX_REQUEST="true")["HX-Refresh"] == "true"


def test_the_charts_are_svg_in_the_readers_language(signed_in, specialists):
    from biliktilik.simulations import services

    simulation = services.simulation_start(
        actor=specialists.users["methodologist"], as_of=ENTRY, title="54", amendment=p54_years(4)
    )
    signed_in.cookies["django_language"] = "ru"
    kinds = signed_in.get(f"/simulations/{simulation.pk}/chart-kinds.svg")
    assert kinds["Content-Type"].startswith("image/svg+xml")
    assert "понижается" in kinds.content.decode() and "<script" not in kinds.content.decode()
    assert "'unsafe-inline'" in kinds["Content-Security-Policy"]
    assert signed_in.get(f"/simulations/{simulation.pk}/chart-regions.svg").status_code == 200


def test_a_run_outside_the_calendar_is_a_form_error(signed_in, world):
    from biliktilik.simulations import services

    draft = services.draft_save(actor=world.users["methodologist"], title="54", amendment=p54_years(4))
    response = signed_in.post(f"/simulations/drafts/{draft.pk}/", {"run": "1", "as_of": "2101-01-01"})
    assert response.status_code == 200
    assert "2100-12-31" in response.context["run"].errors["as_of"][0]
    assert Simulation.objects.count() == 0
