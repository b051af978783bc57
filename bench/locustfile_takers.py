"""The load of bench/bench_takers.py: attestees taking the online test — each starts their
attempt, saves an answer to each drawn question with think time between, and submits — and a
bare endpoint (/healthz, no database) asked by a separate light user class in the same run.

Run by bench_takers.py (``locust --headless -f bench/locustfile_takers.py ...``), which sets:

- ``BENCH_TAKERS``: a JSON file of ``[{"attestee": id, "token": bearer token}, ...]``, one a taker;
- ``BENCH_THINK``: the think time, ``min,max`` seconds (uniform; default 30,90) before each answer
  and the submit; ``0,0`` makes a closed loop (the capacity phase);
- ``BENCH_SUBMIT``: ``1`` to submit after the last answer (then the taker is done), ``0`` to go on
  changing answers until the run ends (the last save counts);
- ``BENCH_BARE_USERS`` and ``BENCH_BARE_PACING``: how many bare-endpoint users, and the seconds
  between the starts of one user's requests (``0``: as fast as answered);
- ``BENCH_OUT``: where to write every request's time (ms), failures, the starts' moments and the
  answers saved, as JSON, when the test stops.

Every answer is checked: 201 and the drawn questions for a start, 200 and the same options back
for a save, 200 and ``submitted`` for a submit. Anything else is a failure.
"""

from __future__ import annotations

import json
import os
import random
from collections import defaultdict

from locust import FastHttpUser, between, constant, constant_pacing, events, task

START, SAVE, SUBMIT, BARE = "start (the paper)", "answer save", "submit", "bare endpoint (/healthz)"
TAKERS = json.loads(open(os.environ["BENCH_TAKERS"]).read()) if os.environ.get("BENCH_TAKERS") else []  # noqa: SIM115, PTH123
THINK = tuple(float(s) for s in os.environ.get("BENCH_THINK", "30,90").split(","))
SUBMIT_AT_END = os.environ.get("BENCH_SUBMIT", "1") == "1"

times: dict[str, list[float]] = defaultdict(list)
failures: dict[str, list[str]] = defaultdict(list)
starts: list[tuple[float, float]] = []  # (sent, answered), seconds since the epoch
saved: set[tuple[int, int]] = set()  # (attempt, question) saved at least once
window = [float("inf"), 0.0]
_next = iter(range(len(TAKERS)))


@events.request.add_listener
def _record(name, response_time, response, exception, start_time=None, **_):
    if start_time is not None:
        window[0] = min(window[0], start_time)
        window[1] = max(window[1], start_time + response_time / 1000)
    if exception is not None:
        failures[name].append(f"{getattr(response, 'status_code', '?')} {exception}"[:300])
        return
    times[name].append(response_time)
    if name == START and start_time is not None:
        starts.append((start_time, start_time + response_time / 1000))


@events.test_stop.add_listener
def _write(environment, **_):
    out = os.environ.get("BENCH_OUT")
    if out:
        with open(out, "w", encoding="utf-8") as f:  # noqa: PTH123
            json.dump(
                {
                    "times": times,
                    "failures": failures,
                    "starts": starts,
                    "saved": len(saved),
                    "seconds": window[1] - window[0],
                },
                f,
            )


def _choose(question: dict) -> list[str]:
    ids = [o["id"] for o in question["options"]]
    if question["kind"] == "multiple":
        return random.sample(ids, random.randint(1, 2))  # noqa: S311 - load, not security
    return [random.choice(ids)]  # noqa: S311


class Taker(FastHttpUser):
    """An attestee with their own bearer token: start, think, answer, ..., submit."""

    wait_time = between(*THINK) if THINK[1] > 0 else constant(0)

    def on_start(self):
        taker = TAKERS[next(_next)]
        self.attestee = taker["attestee"]
        self.headers = {"Authorization": f"Bearer {taker['token']}", "Accept-Language": "kk"}
        self.attempt = None
        self.done = False
        self.position = 0

    @task
    def step(self):
        if self.done:
            return
        if self.attempt is None:
            self.begin()
        elif self.position < len(self.attempt["questions"]) or not SUBMIT_AT_END:
            self.save(self.attempt["questions"][self.position % len(self.attempt["questions"])])
            self.position += 1
        else:
            self.submit()

    def begin(self):
        url = f"/api/v1/attestation/attestees/{self.attestee}/attempt"
        with self.client.post(url, name=START, headers=self.headers, catch_response=True) as r:
            if r.status_code != 201:
                r.failure(f"start answered {r.status_code}: {r.text[:200]}")
                self.done = True
                return
            paper = r.json()
            if not paper["questions"] or paper["status"] != "in_progress":
                r.failure(f"a paper of {len(paper['questions'])} questions, {paper['status']}")
                self.done = True
                return
            self.attempt = paper

    def save(self, question: dict):
        chosen = _choose(question)
        url = f"/api/v1/attestation/attempts/{self.attempt['id']}/answers/{question['id']}"
        with self.client.put(
            url, json={"options": chosen}, name=SAVE, headers=self.headers, catch_response=True
        ) as r:
            if r.status_code != 200:
                r.failure(f"save answered {r.status_code}: {r.text[:200]}")
            elif r.json() != {"question": question["id"], "options": chosen}:
                r.failure(f"save came back {r.text[:200]}, not {chosen}")
            else:
                saved.add((self.attempt["id"], question["id"]))

    def submit(self):
        url = f"/api/v1/attestation/attempts/{self.attempt['id']}/submit"
        with self.client.post(url, name=SUBMIT, headers=self.headers, catch_response=True) as r:
            if r.status_code != 200 or r.json()["status"] != "submitted":
                r.failure(f"submit answered {r.status_code}: {r.text[:200]}")
        self.done = True


class Bare(FastHttpUser):
    """The bare endpoint of the same server: no database, no authentication."""

    fixed_count = int(os.environ.get("BENCH_BARE_USERS", "2"))
    pacing = float(os.environ.get("BENCH_BARE_PACING", "0.2"))
    wait_time = constant_pacing(pacing) if pacing > 0 else constant(0)

    @task
    def bare(self):
        self.client.get("/healthz", name=BARE)
