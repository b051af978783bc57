"""Security headers: a Content-Security-Policy with no inline script or style (and templates that
need none), framing refused, and over HTTPS secure cookies, HSTS and a redirect from plain HTTP;
`check --deploy` is clean with production settings."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "biliktilik"
PRODUCTION = {
    "BILIKTILIK_DEBUG": "0",
    "BILIKTILIK_SECRET_KEY": "k3y-" + "x7Qp9vLm2Rt8Zw4N" * 4,
    "BILIKTILIK_HTTPS": "1",
    "BILIKTILIK_ALLOWED_HOSTS": "biliktilik.example.kz",
}


def policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


@pytest.mark.parametrize("url", ["/", "/register/", "/calculators/qualification/", "/accounts/login/"])
def test_pages_carry_a_policy_with_no_inline_script_or_style(client, url):
    response = client.get(url)
    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]
    assert "unsafe" not in response.headers["Content-Security-Policy"]


def test_pages_refuse_framing_and_sniffing(client):
    response = client.get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "an inline <script>"),
    (re.compile(r"<style\b", re.I), "a <style> element"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "an inline event handler"),
    (re.compile(r"\sstyle\s*=", re.I), "a style attribute"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
    (re.compile(r"\shx-on", re.I), "an hx-on handler (htmx evaluates it)"),
]


def test_no_template_needs_inline_script_or_style():
    found = []
    for template in sorted(PACKAGE.glob("**/templates/**/*.html")):
        text = template.read_text()
        for pattern, what in INLINE:
            for match in pattern.finditer(text):
                found.append(f"{template.relative_to(PACKAGE)}: {what}: {match.group(0)!r}")
    assert found == []


def test_htmx_is_a_local_file_told_not_to_inject_styles_or_evaluate_code(client):
    page = client.get("/").content.decode()
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    config = json.loads(re.search(r"<meta name=\"htmx-config\" content='([^']+)'>", page).group(1))
    assert config["includeIndicatorStyles"] is False and config["allowEval"] is False


HTTPS_ON = {
    "SECURE_SSL_REDIRECT": True,
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
}


@override_settings(**HTTPS_ON)
def test_over_https_plain_http_is_redirected_and_hsts_sent(client):
    plain = client.get("/register/")
    assert plain.status_code == 301 and plain.url == "https://testserver/register/"
    secure = client.get("/register/", headers={"X-Forwarded-Proto": "https"})
    assert secure.status_code == 200
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def biliktilik(*args, env: dict, tmp_path) -> subprocess.CompletedProcess:
    # Only what production has: none of the suite's own settings (the browser tests allow async-unsafe calls).
    unset = ("BILIKTILIK_", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(unset)}
    environment.update(env, BILIKTILIK_VAR_DIR=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "biliktilik.cli", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_https_setting_turns_on_secure_cookies_hsts_and_the_proxy_header(tmp_path):
    code = (
        "from django.conf import settings as s; import json; print(json.dumps([s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER,"
        " s.SESSION_COOKIE_HTTPONLY]))"
    )
    on = biliktilik("shell", "-c", code, env=PRODUCTION, tmp_path=tmp_path)
    assert on.returncode == 0, on.stderr
    assert json.loads(on.stdout.splitlines()[-1]) == [
        True,
        True,
        True,
        31_536_000,
        ["HTTP_X_FORWARDED_PROTO", "https"],
        True,
    ]
    off = biliktilik("shell", "-c", code, env={**PRODUCTION, "BILIKTILIK_HTTPS": "0"}, tmp_path=tmp_path)
    assert json.loads(off.stdout.splitlines()[-1]) == [False, False, False, 0, None, True]


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = biliktilik("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION, tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_served_without_https(tmp_path):
    result = biliktilik("check", "--deploy", env={**PRODUCTION, "BILIKTILIK_HTTPS": "0"}, tmp_path=tmp_path)
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stdout + result.stderr
