"""The command line prints the same JSON as the API, and refuses bad input the same way."""

import json
import subprocess
import sys

import pytest

from tests.contract_examples import ATTESTATION

QUALIFICATION = {
    "requirement": "order-2017-360/54",
    "as_of": "2025-06-01",
    "education": [{"level": "tvet", "field": "social"}],
    "work": [
        {
            "from": "2019-01-10",
            "to": "2021-03-31",
            "sector": "employment",
            "qualification_level": "medium",
            "category": "none",
            "management": False,
        },
        {
            "from": "2021-04-01",
            "to": None,
            "sector": "social_protection",
            "qualification_level": "medium",
            "category": "second",
        },
    ],
}


def cli(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "biliktilik.cli", "rules", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("rule", "payload"), [("qualification", QUALIFICATION), ("attestation", ATTESTATION)]
)
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_cli_prints_what_the_api_answers(client, tmp_path, rule, payload, language):
    path = tmp_path / "input.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    done = cli(rule, str(path), "--language", language)
    assert done.returncode == 0, done.stdout + done.stderr
    api = client.post(
        f"/api/v1/rules/{rule}",
        payload,
        content_type="application/json",
        headers={"Accept-Language": language},
    )
    assert api.status_code == 200
    assert json.loads(done.stdout) == api.json()


def test_the_cli_refuses_bad_input_naming_the_field():
    bad = dict(ATTESTATION, current_category="mentor", declared_category="case_manager")
    done = cli("attestation", "-", stdin=json.dumps(bad))
    assert done.returncode == 2
    body = json.loads(done.stdout)
    assert body["code"] == "declared_below_current"
    assert body["errors"][0]["loc"] == ["declared_category"]


def test_the_cli_refuses_unreadable_json():
    done = cli("qualification", "-", stdin="{not json")
    assert done.returncode == 2
    assert json.loads(done.stdout)["code"] == "unreadable_input"
