"""The rules endpoints of the contract: /rules/qualification, /rules/attestation, /procedures."""

import json

import pytest

from tests.contract_examples import ATTESTATION

QUALIFICATION_URL = "/api/v1/rules/qualification"
ATTESTATION_URL = "/api/v1/rules/attestation"
PROCEDURES = [
    "foreigner-certificate/issue",
    "foreigner-certificate/issue-employed",
    "foreigner-certificate/reissue",
    "foreigner-certificate/duplicate",
]

QUALIFICATION = {
    "requirement": "order-2017-360/54",
    "as_of": "2025-06-01",
    "education": [{"level": "higher", "field": "social"}],
    "work": [
        {
            "from": "2019-01-10",
            "to": "2021-03-31",
            "sector": "employment",
            "qualification_level": "high",
            "category": "none",
            "management": False,
        }
    ],
}


def post(client, url, body, language="kk"):
    return client.post(
        url, data=json.dumps(body), content_type="application/json", headers={"Accept-Language": language}
    )


def assert_explained(body):
    assert body["explanation"] and body["citations"]
    for step in body["explanation"]:
        assert step["code"] and step["text"]
        assert step["citation"] is None or set(step["citation"]) == {"act", "point", "subpoint", "wording_by"}
    for citation in body["citations"]:
        assert set(citation) == {"act", "point", "subpoint", "wording_by"}


def test_the_contract_example_of_a_qualification_check(client):
    response = post(client, QUALIFICATION_URL, QUALIFICATION)
    assert response.status_code == 200
    body = response.json()
    assert {"requirement", "as_of", "eligible", "categories", "explanation", "citations"} <= set(body)
    # 2019-01-10..2021-03-31 is 812 days without a category: second category at the high level
    assert body["requirement"] == "order-2017-360/54"
    assert body["as_of"] == "2025-06-01"
    assert body["eligible"] is True
    assert body["categories"] == {"high": "second", "medium": None}
    assert_explained(body)
    assert {
        "act": "order-2017-360",
        "point": "54",
        "subpoint": "high",
        "wording_by": "order-2024-316",
    } in body["citations"]


def test_a_manager_requirement_has_no_categories(client):
    body = post(client, QUALIFICATION_URL, QUALIFICATION | {"requirement": "order-2017-360/9"}).json()
    assert body["categories"] is None
    assert body["eligible"] is False


def test_the_contract_example_of_an_attestation(client):
    response = post(client, ATTESTATION_URL, ATTESTATION)
    assert response.status_code == 200
    body = response.json()
    assert {
        "threshold_percent",
        "test_passed",
        "activity_assessment",
        "decision",
        "resulting_category",
        "dismissal",
        "reattestation_due",
        "deadlines",
        "explanation",
        "citations",
    } <= set(body)
    # 82.5% → 66 points; rating 4.3 → 10; no violations → 10; 86 ≥ 85
    assert body["threshold_percent"] == 70
    assert body["test_passed"] is True
    assert body["activity_assessment"] == {
        "test_points": 66.0,
        "rating_points": 10,
        "violations_points": 10,
        "total": 86.0,
    }
    assert body["decision"] == "meets_declared_category"
    assert body["resulting_category"] == "career_consultant"
    assert body["dismissal"] is False
    assert body["reattestation_due"] is None
    assert body["deadlines"] == {"appeal_until": "2025-11-05", "activity_assessment_until": "2025-11-05"}
    assert_explained(body)


@pytest.mark.parametrize(
    ("url", "payload"), [(QUALIFICATION_URL, QUALIFICATION), (ATTESTATION_URL, ATTESTATION)]
)
def test_the_language_changes_the_text_but_not_the_codes(client, url, payload):
    answers = {lang: post(client, url, payload, lang).json() for lang in ("kk", "ru", "en")}
    strip = {"explanation"}
    values = [{k: v for k, v in a.items() if k not in strip} for a in answers.values()]
    assert values[0] == values[1] == values[2]
    codes = [[s["code"] for s in a["explanation"]] for a in answers.values()]
    assert codes[0] == codes[1] == codes[2]
    texts = {lang: [s["text"] for s in a["explanation"]] for lang, a in answers.items()}
    assert texts["kk"] != texts["ru"] != texts["en"] != texts["kk"]


def _work(**changes):
    return [QUALIFICATION["work"][0] | changes]


BAD_QUALIFICATION = [
    ("an unknown requirement", {"requirement": "order-2017-360/55"}, ["body", "requirement"]),
    ("a period ending before it starts", {"work": _work(to="2019-01-09")}, ["body", "work", 0, "to"]),
    ("a malformed as_of", {"as_of": "01.06.2025"}, ["body", "as_of"]),
    ("an impossible as_of", {"as_of": "2025-02-30"}, ["body", "as_of"]),
    ("a malformed start of a period", {"work": _work(**{"from": "2019-1-10"})}, ["body", "work", 0, "from"]),
    ("a number as a date", {"as_of": 20250601}, ["body", "as_of"]),
    ("an unknown sector", {"work": _work(sector="army")}, ["body", "work", 0, "sector"]),
    ("work that is not a list", {"work": "ten years"}, ["body", "work"]),
    ("education that is not a list", {"education": {"level": "higher"}}, ["body", "education"]),
    ("a management flag that is not a boolean", {"work": _work(management="maybe")}, ["body", "work", 0]),
    ("an unknown field", {"salary": 100}, ["body", "salary"]),
]


@pytest.mark.parametrize(("name", "change", "loc"), BAD_QUALIFICATION, ids=[b[0] for b in BAD_QUALIFICATION])
def test_bad_qualification_input_is_refused_on_its_field(client, name, change, loc):
    assert_refused(post(client, QUALIFICATION_URL, QUALIFICATION | change, "en"), 422, loc)


BAD_ATTESTATION = [
    ("a score above 100", {"test_percent": 100.5}, ["body", "test_percent"], "validation_error"),
    ("a negative score", {"test_percent": -0.01}, ["body", "test_percent"], "validation_error"),
    ("a score that is not a number", {"test_percent": "high"}, ["body", "test_percent"], "validation_error"),
    (
        "an applicant without a current category",
        {"current_category": None},
        ["body", "current_category"],
        None,
    ),
    (
        "a declared category below the current one",
        {"current_category": "case_manager", "declared_category": "career_consultant"},
        ["body", "declared_category"],
        "declared_below_current",
    ),
    ("an unknown attestee", {"attestee": "intern"}, ["body", "attestee"], "validation_error"),
    ("a malformed test date", {"test_finished_on": "3 Nov 2025"}, ["body", "test_finished_on"], None),
    ("a re-attestation flag that is a list", {"reattestation": []}, ["body", "reattestation"], None),
    ("a rating above 5", {"rating": 5.5}, ["body", "rating"], None),
    ("a date before the amended rules", {"as_of": "2025-09-29"}, ["body", "as_of"], "wording_not_in_sources"),
    ("a date before the rules", {"as_of": "2024-11-01"}, ["body", "as_of"], "point_not_in_force"),
]


@pytest.mark.parametrize(
    ("name", "change", "loc", "code"), BAD_ATTESTATION, ids=[b[0] for b in BAD_ATTESTATION]
)
def test_bad_attestation_input_is_refused_on_its_field(client, name, change, loc, code):
    body = assert_refused(post(client, ATTESTATION_URL, ATTESTATION | change, "ru"), 422, loc)
    if code:
        assert body["code"] == code


def test_a_qualification_before_the_wording_in_our_sources_is_a_named_gap(client):
    body = assert_refused(
        post(client, QUALIFICATION_URL, QUALIFICATION | {"as_of": "2024-08-30"}), 422, ["body", "as_of"]
    )
    assert body["code"] == "wording_not_in_sources"


@pytest.mark.parametrize(
    "raw", ["not json", "[1, 2]", "", '{"requirement": '], ids=["text", "a list", "empty", "truncated"]
)
def test_a_body_that_is_not_an_object_is_refused(client, raw):
    response = client.post(QUALIFICATION_URL, data=raw, content_type="application/json")
    assert 400 <= response.status_code < 500
    assert set(response.json()) == {"code", "message", "errors"}


def assert_refused(response, status, loc):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"code", "message", "errors"}
    assert body["message"]
    assert any(e["loc"][: len(loc)] == loc for e in body["errors"]), body["errors"]
    assert all(e["msg"] for e in body["errors"])
    return body


def test_the_procedures_are_listed(client):
    response = client.get("/api/v1/procedures")
    assert response.status_code == 200
    assert sorted(p["id"] for p in response.json()) == sorted(PROCEDURES)


@pytest.mark.parametrize("procedure", PROCEDURES)
def test_each_procedure_has_a_schedule(client, procedure):
    response = client.get(f"/api/v1/procedures/{procedure}/schedule?start=2019-03-19")
    assert response.status_code == 200
    body = response.json()
    assert {"procedure", "start", "in_force", "steps", "due", "citations"} <= set(body)
    assert body["procedure"] == procedure
    assert body["start"] == "2019-03-19"
    assert body["in_force"] is True
    assert body["steps"] and body["due"] == body["steps"][-1]["due"]
    for step in body["steps"]:
        assert {"number", "actor", "term", "due"} <= set(step)
        assert step["term"]["kind"] in ("working", "calendar")
    assert body["citations"]


def test_a_schedule_after_the_repeal_is_flagged(client):
    body = client.get("/api/v1/procedures/foreigner-certificate/duplicate/schedule?start=2025-11-03").json()
    assert body["in_force"] is False
    assert body["due"] == "2025-11-10"


@pytest.mark.parametrize(
    ("url", "status", "loc"),
    [
        ("/api/v1/procedures/foreigner-certificate/unknown/schedule?start=2019-03-19", 404, ["path"]),
        ("/api/v1/procedures/nothing/schedule?start=2019-03-19", 404, ["path"]),
        ("/api/v1/procedures/foreigner-certificate/issue/schedule?start=2019-02-30", 422, ["query", "start"]),
        ("/api/v1/procedures/foreigner-certificate/issue/schedule?start=19.03.2019", 422, ["query", "start"]),
        ("/api/v1/procedures/foreigner-certificate/issue/schedule", 422, ["query", "start"]),
        ("/api/v1/procedures/foreigner-certificate/issue/schedule?start=9999-01-01", 422, ["query", "start"]),
    ],
)
def test_bad_schedule_requests_are_refused(client, url, status, loc):
    assert_refused(client.get(url), status, loc)
