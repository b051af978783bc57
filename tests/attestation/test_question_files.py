"""Question files through the API: Moodle's own example files import (unsupported kinds named and
skipped), a malformed file imports nothing, and export → import gives the same questions."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from biliktilik.attestation.models import Question

FIXTURES = Path(__file__).parent / "formats" / "fixtures"
API = "/api/v1/attestation/questions"


def upload(client, headers, name: str, content: bytes, **fields):
    return client.post(
        f"{API}/import", {"file": SimpleUploadedFile(name, content), **fields}, headers=headers
    )


@pytest.mark.parametrize(
    "fixture",
    [
        "gift/questions.gift.txt",
        "moodle_xml/xmlformat_test_examples.xml",
        "moodle_xml/nested_categories_with_questions.xml",
    ],
)
def test_moodles_own_files_import_and_report_what_they_skip(client, centre, bearer, fixture):
    before = Question.objects.count()
    response = upload(
        client, bearer(centre.users["methodologist"]), Path(fixture).name, (FIXTURES / fixture).read_bytes()
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["imported"] >= 1 and Question.objects.count() == before + body["imported"]
    assert all(s["reason"].startswith("unsupported_kind:") for s in body["skipped"])
    assert not Question.objects.filter(status="ready").exclude(
        pk__in=[q.pk for q in Question.objects.all()[:before]]
    )


def test_a_malformed_file_imports_nothing_and_says_why(client, centre, bearer):
    before = Question.objects.count()
    good = (FIXTURES / "gift/questions.gift.txt").read_bytes()
    response = upload(
        client, bearer(centre.users["methodologist"]), "broken.txt", good + b"\n::Broken:: Question {=a ~b\n"
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "file"]
    assert Question.objects.count() == before


def test_an_xml_bomb_is_refused_without_expanding(client, centre, bearer):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz>&b;</quiz>'
    )
    response = upload(client, bearer(centre.users["methodologist"]), "bomb.xml", bomb)
    assert response.status_code == 422


@pytest.mark.parametrize("file_format", ["moodle_xml", "gift", "excel"])
def test_export_then_import_gives_the_same_questions(client, centre, bearer, file_format):
    headers = bearer(centre.users["methodologist"])

    def shape():
        return sorted(
            (
                q.current.kind,
                tuple(sorted(q.current.text.items())),
                tuple((tuple(sorted(o["text"].items())), o["correct"]) for o in q.current.options),
                tuple(q.tags),
            )
            for q in Question.objects.prefetch_related("versions")
        )

    exported = client.get(f"{API}/export", {"format": file_format}, headers=headers)
    assert exported.status_code == 200
    before = shape()
    Question.objects.all().delete()
    response = upload(client, headers, f"bank.{file_format}", exported.content, status="ready")
    assert response.status_code == 201, response.content
    assert shape() == before


def test_an_hr_officer_may_neither_import_nor_export(client, centre, bearer):
    headers = bearer(centre.users["hr"])
    assert upload(client, headers, "q.txt", b"::a:: Q {=a ~b}").status_code == 403
    assert client.get(f"{API}/export", headers=headers).status_code == 403
