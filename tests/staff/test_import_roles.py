"""Who may import: the administrator and HR officers see the upload form; a reader is told
plainly, in their language, that their role may not import, and an upload is refused whole
before anything is queued, instead of a report of row errors."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from biliktilik.staff.errors import ImportNotAllowed
from biliktilik.staff.models import ImportJob
from biliktilik.staff.services_import import import_job_submit

IMPORTS = reverse("staff:imports")
READ_ONLY = {
    "kk": "Сіздің рөліңіз тізілімді оқуға рұқсат береді, бірақ өзгертуге емес",
    "ru": "Ваша роль позволяет читать реестр, но не изменять его",
}


def imports_page(client, user, language):
    client.force_login(user)
    client.cookies["django_language"] = language
    response = client.get(IMPORTS)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("user", ["methodologist", "auditor", "commission_a", "employee"])
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_reader_is_told_they_may_not_import_and_sees_no_upload_form(client, world, user, language):
    html = imports_page(client, world.users[user], language)
    assert READ_ONLY[language] in html
    assert 'type="file"' not in html and 'enctype="multipart/form-data"' not in html


@pytest.mark.parametrize("user", ["administrator", "hr_a"])
def test_those_who_keep_records_see_the_upload_form_and_no_refusal(client, world, user):
    html = imports_page(client, world.users[user], "kk")
    assert 'type="file"' in html and READ_ONLY["kk"] not in html


def test_an_upload_by_a_reader_is_refused_whole_and_nothing_is_queued(client, world):
    client.force_login(world.users["methodologist"])
    client.cookies["django_language"] = "ru"
    upload = SimpleUploadedFile("people.csv", "ИИН;Фамилия\r\n".encode(), content_type="text/csv")
    response = client.post(IMPORTS, {"kind": "employees", "file": upload})
    assert response.status_code == 403
    assert READ_ONLY["ru"] in response.content.decode()
    assert not ImportJob.objects.exists()


def test_the_import_service_refuses_a_reader_before_queueing(world):
    with pytest.raises(ImportNotAllowed):
        import_job_submit(
            actor=world.users["auditor"], kind="employees", file_name="x.csv", language="kk", content=b"x"
        )
    assert not ImportJob.objects.exists()


@pytest.mark.parametrize(("user", "may"), [("methodologist", False), ("auditor", False), ("hr_a", True)])
def test_the_pages_know_whether_to_offer_the_import_link(client, world, user, may):
    client.force_login(world.users[user])
    page = client.get(reverse("staff:employees"))
    assert page.context["may_import"]() is may
    assert (f'href="{reverse("staff:imports")}"' in page.content.decode()) is may, "the menu offers it or not"
