"""Bad input to every endpoint gets a clear 4xx in the contract's error shape, never a 5xx."""

import pytest

BAD = [
    ("/api/v1/acts?as_of=2025-02-30", 422, ["query", "as_of"]),
    ("/api/v1/acts?as_of=yesterday", 422, ["query", "as_of"]),
    ("/api/v1/acts?as_of=2025-1-1", 422, ["query", "as_of"]),
    ("/api/v1/acts?as_of=1700000000", 422, ["query", "as_of"]),
    ("/api/v1/acts/order-1999-1", 404, ["path", "id"]),
    ("/api/v1/acts/%00%ff", 404, None),
    ("/api/v1/acts/order-2015-1042?as_of=20250101", 422, ["query", "as_of"]),
    ("/api/v1/register/positions?limit=0", 422, ["query", "limit"]),
    ("/api/v1/register/positions?limit=abc", 422, ["query", "limit"]),
    ("/api/v1/register/positions?block=E", 422, ["query", "block"]),
    ("/api/v1/register/positions?q=" + "a" * 201, 422, ["query", "q"]),
    ("/api/v1/calendar/2025-02-29", 422, ["path", "date"]),
    ("/api/v1/calendar/tomorrow", 422, ["path", "date"]),
    ("/api/v1/calendar/0001-01-01", 422, ["path", "date"]),
    ("/api/v1/calendar/9999-12-31", 422, ["path", "date"]),
    ("/api/v1/calendar/add?working_days=1", 422, ["query", "from"]),
    ("/api/v1/calendar/add?from=2025-01-01", 422, ["query"]),
    ("/api/v1/calendar/add?from=2025-01-01&working_days=1&months=1", 422, ["query"]),
    ("/api/v1/calendar/add?from=2025-01-01&working_days=-1", 422, ["query", "working_days"]),
    ("/api/v1/calendar/add?from=2025-01-01&working_days=1.5", 422, ["query", "working_days"]),
    (
        "/api/v1/calendar/add?from=2025-01-01&working_days=99999999999999999999",
        422,
        ["query", "working_days"],
    ),
    ("/api/v1/calendar/add?from=2000-12-01&months=1201", 422, ["query", "months"]),
    ("/api/v1/calendar/add?from=2100-12-01&months=1", 422, ["query"]),
    ("/api/v1/no/such/endpoint", 404, None),
]


@pytest.mark.parametrize(("url", "status", "loc"), BAD, ids=[b[0][:70] for b in BAD])
def test_bad_input_gets_a_clear_error(client, url, status, loc):
    response = client.get(url, headers={"Accept-Language": "ru"})
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"code", "message", "errors"}
    assert body["message"]
    if loc is not None:
        assert any(e["loc"][: len(loc)] == loc for e in body["errors"]), body
        assert all(e["msg"] for e in body["errors"])


def test_errors_are_in_the_language_asked_for(client):
    kk = client.get("/api/v1/calendar/tomorrow").json()
    ru = client.get("/api/v1/calendar/tomorrow", headers={"Accept-Language": "ru"}).json()
    en = client.get("/api/v1/calendar/tomorrow", headers={"Accept-Language": "en"}).json()
    assert en["errors"][0]["msg"] == "Enter a date in the form YYYY-MM-DD."
    assert ru["errors"][0]["msg"] == "Введите дату в формате ГГГГ-ММ-ДД."
    assert kk["errors"][0]["msg"] not in (en["errors"][0]["msg"], ru["errors"][0]["msg"])
    assert kk["code"] == ru["code"] == en["code"] == "validation_error"


def test_the_openapi_document_and_docs_are_served(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/acts",
        "/api/v1/acts/{id}",
        "/api/v1/register/positions",
        "/api/v1/calendar/{date}",
        "/api/v1/calendar/add",
    ):
        assert path in spec["paths"]
    assert client.get("/api/v1/docs").status_code == 200
