"""The load of bench/bench_load.py: officers reading personal cards, editing them and listing
employees through the API, a few reading the card page in the browser, and a bare endpoint
(/healthz, no database) asked by the same users in the same run.

Run by bench_load.py (``locust --headless -f bench/locustfile.py ...``), which sets:

- ``BENCH_TOKEN``: an administrator's API token;
- ``BENCH_EMPLOYEES``: the ids of the employees to read and edit, comma-separated;
- ``BENCH_USERNAME`` and ``BENCH_PASSWORD``: the account the card-page readers sign in with;
- ``BENCH_OUT``: where to write every request's time (ms) and outcome as JSON when the test stops.

Outcomes: a 412 to an edit that carried ``If-Match`` is expected (someone else edited the card
between the reader's GET and its PATCH): locust counts it a success, and the JSON counts it on
its own line. Anything else that is not the expected answer is a failure.
"""

from __future__ import annotations

import json
import os
import random
import re
from collections import defaultdict
from urllib.parse import urlencode

from locust import FastHttpUser, constant, events, task

EMPLOYEES = [int(i) for i in os.environ.get("BENCH_EMPLOYEES", "").split(",") if i]
TOKEN = os.environ.get("BENCH_TOKEN", "")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

CARD = "card read (API)"
PAGE = "card page (HTML)"
LIST = "employee list"
EDIT = "edit"
EDIT_IF_MATCH = "edit with If-Match"
EDIT_STALE = "edit with If-Match: 412"
BARE = "bare endpoint (/healthz)"

# name -> [response times in ms]; name -> failures; every request, as locust reports it; and
# when the first request started and the last one ended (seconds since the epoch).
times: dict[str, list[float]] = defaultdict(list)
failures: dict[str, list[str]] = defaultdict(list)
window = [float("inf"), 0.0]


@events.request.add_listener
def _record(name, response_time, response, exception, start_time=None, **_):
    if start_time is not None:
        window[0] = min(window[0], start_time)
        window[1] = max(window[1], start_time + response_time / 1000)
    if exception is not None:
        failures[name].append(f"{getattr(response, 'status_code', '?')} {exception}"[:300])
    elif name == EDIT_IF_MATCH and response.status_code == 412:
        times[EDIT_STALE].append(response_time)
    else:
        times[name].append(response_time)


@events.test_stop.add_listener
def _write(environment, **_):
    out = os.environ.get("BENCH_OUT")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"times": times, "failures": failures, "seconds": window[1] - window[0]}, f)


def _edit() -> tuple[str, str]:
    """A field of the card and a new value for it, as an officer might type."""
    n = random.randrange(10**7)  # noqa: S311 - load, not security
    field, value = random.choice(  # noqa: S311
        [
            ("phone", f"+7 701 {n:07d}"),
            ("email", f"p{n}@example.kz"),
            ("last_name_ru", f"Сейтова-{n}"),
            ("first_name_ru", f"Айгуль-{n}"),
            ("patronymic_ru", f"Маратовна-{n}"),
        ]
    )
    return field, value


class Officer(FastHttpUser):
    """An HR officer working through the API with a token, as fast as the server answers."""

    weight = 9
    wait_time = constant(0)

    def on_start(self):
        self.headers = {"Authorization": f"Bearer {TOKEN}", "Accept-Language": "ru"}

    def card(self) -> str:
        return f"/api/v1/employees/{random.choice(EMPLOYEES)}"  # noqa: S311

    @task(10)
    def read_card(self):
        with self.client.get(self.card(), name=CARD, headers=self.headers, catch_response=True) as r:
            if r.status_code == 200 and not r.headers.get("ETag"):
                r.failure("no ETag on the card")

    @task(2)
    def list_employees(self):
        page = random.randint(1, 3)  # noqa: S311
        url = f"/api/v1/employees?page={page}&page_size=20"
        with self.client.get(url, name=LIST, headers=self.headers, catch_response=True) as r:
            if r.status_code == 200 and r.json()["count"] < len(EMPLOYEES):
                r.failure(f"the list counts {r.json()['count']} employees")

    @task(3)
    def edit(self):
        field, value = _edit()
        with self.client.patch(
            self.card(), json={field: value}, name=EDIT, headers=self.headers, catch_response=True
        ) as r:
            if r.status_code == 200 and r.json()[field] != value:
                r.failure(f"{field} came back {r.json()[field]!r}, not {value!r}")

    @task(2)
    def edit_if_match(self):
        """Open the card, then save one field with the version that was opened."""
        card = self.card()
        with self.client.get(card, name=CARD, headers=self.headers, catch_response=True) as r:
            etag = r.headers.get("ETag")
            if r.status_code != 200:
                return
            if not etag:
                r.failure("no ETag on the card")
                return
        field, value = _edit()
        with self.client.patch(
            card,
            json={field: value},
            name=EDIT_IF_MATCH,
            headers={**self.headers, "If-Match": etag},
            catch_response=True,
        ) as r:
            if r.status_code == 412:
                if r.json().get("code") == "precondition_failed":
                    r.success()  # expected: another officer saved this card in between
                else:
                    r.failure(f"412 without precondition_failed: {r.text[:200]}")
            elif r.status_code == 200 and r.json()[field] != value:
                r.failure(f"{field} came back {r.json()[field]!r}, not {value!r}")

    @task(5)
    def bare(self):
        self.client.get("/healthz", name=BARE)


class CardPageReader(FastHttpUser):
    """A signed-in officer opening personal cards in the browser (the HTML page)."""

    weight = 1
    wait_time = constant(0)

    def on_start(self):
        page = self.client.get("/accounts/login/", name="sign-in page")
        token = CSRF.search(page.text).group(1)
        form = urlencode(
            {
                "csrfmiddlewaretoken": token,
                "username": os.environ["BENCH_USERNAME"],
                "password": os.environ["BENCH_PASSWORD"],
            }
        )
        with self.client.post(
            "/accounts/login/",
            data=form,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "ru"},
            name="sign in",
            allow_redirects=False,
            catch_response=True,
        ) as r:
            if r.status_code != 302:
                r.failure(f"sign-in answered {r.status_code}, not a redirect")

    @task
    def read_card_page(self):
        employee = random.choice(EMPLOYEES)  # noqa: S311
        url = f"/staff/employees/{employee}/"
        with self.client.get(url, name=PAGE, allow_redirects=False, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"{r.status_code} (a redirect: not signed in)")
