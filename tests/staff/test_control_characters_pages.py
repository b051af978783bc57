"""Pages refuse control characters in what is typed or put in the address with a field error,
as the API does; a search with one never fails (on PostgreSQL a NUL cannot even be sent)."""

import pytest
from django.conf import settings

from biliktilik.staff.models import Employee

from .test_edit_pages import new_person, signed_in

MESSAGE = "The text contains a control character (such as NUL), which is not allowed."


@pytest.mark.parametrize("q", ["%00", "a%01b", "%1B", "%7F"])
def test_a_control_character_in_the_employee_search_is_a_field_error(client, world, q):
    signed_in(client, world.users["hr_a"])
    response = client.get(f"/staff/employees/?q={q}")
    assert response.status_code == 200
    assert response.context["form"].has_error("q", "control_character")
    assert MESSAGE in response.content.decode()


def test_the_htmx_search_and_the_export_with_a_nul_do_not_fail(client, world):
    signed_in(client, world.users["hr_a"])
    assert client.get("/staff/employees/?q=%00", headers={"HX-Request": "true"}).status_code == 200
    assert client.get("/staff/employees/export.xlsx?q=%00").status_code == 200


@pytest.mark.parametrize("q", ["%00", "%01", "%7F"])
def test_a_control_character_in_the_register_search_is_a_field_error(client, q):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(f"/register/?q={q}")
    assert response.status_code == 200
    assert response.context["form"].has_error("q", "control_character")
    assert MESSAGE in response.content.decode()


def test_a_nul_is_refused_once_not_twice(client, world):
    signed_in(client, world.users["hr_a"])
    response = client.post("/staff/employees/new/", new_person(world, last_name_kk="Сер\x00ікбаев"))
    assert response.status_code == 200
    errors = response.context["form"].errors.get_json_data()["last_name_kk"]
    assert [e["code"] for e in errors] == ["control_character"]
    assert response.content.decode().count(MESSAGE) == 1


@pytest.mark.parametrize("field", ["first_name_kk", "patronymic_ru", "phone", "iin"])
def test_a_new_employee_with_a_control_character_is_refused_on_its_field(client, world, field):
    signed_in(client, world.users["hr_a"])
    before = Employee.objects.count()
    response = client.post("/staff/employees/new/", new_person(world, **{field: "Ер\x1bлан"}))
    assert response.status_code == 200
    assert response.context["form"].has_error(field, "control_character")
    assert MESSAGE in response.content.decode()
    assert Employee.objects.count() == before


def test_a_record_added_on_the_card_with_a_nul_is_refused_on_its_field(client, world):
    signed_in(client, world.users["hr_a"])
    url = f"/staff/employees/{world.emp_a.pk}/training/add/"
    data = {"training-course": "Курс\x00", "training-hours": "8", "training-completed_on": "2024-01-10"}
    response = client.post(url, data, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
