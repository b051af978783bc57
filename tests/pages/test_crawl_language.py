"""Every page, as each role reads it in Kazakh and Russian, speaks the reader's language.

A crawler signs in as each role over the small demo data set, follows every link of the app from
the home page (a few pages of each kind), and fails on what a reader should never see: a code
of our vocabulary (``social_protection``, ``meets_position``, ``account.create``), an act's id
outside a link (``order-2017-360``), or an English sentence on a kk/ru page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import Client

LANGUAGES = ("kk", "ru")
ROLES = (
    "anonymous",
    "administrator",
    "hr_officer",
    "methodologist",
    "auditor",
    "commission_member",
    "employee",
    "intake_officer",
    "head_of_unit",
)
PAGES_PER_KIND = 3
MAX_PAGES = 400

# Not pages a reader reads: downloads, the API and its documents, signing out, language switch.
SKIP = re.compile(
    r"^/(api/|static/|admin/|accounts/logout|i18n/|metrics|healthz|readyz)|/export|\.(xlsx|csv|pdf|json|svg)$|/template"
)
ACT_ID = re.compile(r"\b(order|law|decree|resolution|code|act)-\d{4}-[\w-]+\b")
SNAKE_CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
DOTTED_CODE = re.compile(r"\b[a-z]+\.[a-z_]+(?:\.[a-z_]+)*\b")
# Three Latin words in a row are a sentence, not a name; what may be Latin on a kk/ru page:
LATIN_WORDS = re.compile(r"\b[A-Za-z][a-z']+(?:[ ,;:]+[A-Za-z][a-z']+){2,}")
ALLOWED_LATIN = ("Biliktilik", "OpenAPI", "Swagger", "Excel", "Moodle", "English", "Kazakh", "Russian")


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Text(HTMLParser):
    """Visible text, with the text inside links kept apart; scripts, styles and the
    language switch's own names left out."""

    def __init__(self):
        super().__init__()
        self.chunks: list[str] = []
        self.links: list[str] = []
        # The elements being skipped, innermost last: [tag, how many of that tag are open in it].
        self._skipping: list[list] = []
        self._in_link = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self._skipping and self._skipping[-1][0] == tag:
            self._skipping[-1][1] += 1
        elif tag not in VOID and (
            tag in ("script", "style", "template")
            or "data-crawl-skip" in attributes
            or attributes.get("translate") == "no"  # source text (a draft's YAML): not to be translated
            or (attributes.get("lang") not in (None, "kk", "ru") and tag not in ("html",))
        ):
            self._skipping.append([tag, 1])
        if tag == "a":
            self._in_link += 1
            if attributes.get("href"):
                self.links.append(attributes["href"])
        if tag in ("input", "textarea") and attributes.get("placeholder"):
            self.chunks.append(attributes["placeholder"])
        if attributes.get("title"):
            self.chunks.append(attributes["title"])
        if attributes.get("aria-label"):
            self.chunks.append(attributes["aria-label"])

    def handle_endtag(self, tag):
        if tag == "a":
            self._in_link = max(0, self._in_link - 1)
        if self._skipping and self._skipping[-1][0] == tag:
            self._skipping[-1][1] -= 1
            if not self._skipping[-1][1]:
                self._skipping.pop()

    def handle_data(self, data):
        if not self._skipping and data.strip():
            self.chunks.append(data.strip())


def _kind(path: str) -> str:
    """A page's kind: its path with numbers and ids replaced, so the crawler reads a few of each."""
    return re.sub(r"/[^/]*\d[^/]*", "/#", path)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def problems(text: str) -> list[str]:
    text = EMAIL.sub("", text)  # an address is the person's data, not our words
    found = []
    for pattern, what in ((ACT_ID, "act id"), (SNAKE_CODE, "code"), (DOTTED_CODE, "code")):
        found += [f"{what}: {m.group(0)!r}" for m in pattern.finditer(text)]
    for match in LATIN_WORDS.finditer(text):
        words = match.group(0)
        if not any(name in words for name in ALLOWED_LATIN):
            found.append(f"English: {words!r}")
    return found


def read(client: Client, path: str) -> tuple[int, Text]:
    response = client.get(path)
    parser = Text()
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        parser.feed(response.content.decode())
    return response.status_code, parser


def crawl(client: Client) -> dict[str, list[str]]:
    seen, queue, per_kind = set(), ["/"], defaultdict(int)
    report: dict[str, list[str]] = {}
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, page = read(client, path)
        assert status < 500, f"{path} answered {status}"
        if found := problems("\n".join(page.chunks)):
            report[path] = sorted(set(found))
        for href in page.links:
            link, _ = urldefrag(href)
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path.startswith("/") or SKIP.search(parts.path):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            kind = _kind(parts.path) + ("?" if parts.query else "")
            if target not in seen and per_kind[kind] < PAGES_PER_KIND:
                per_kind[kind] += 1
                queue.append(target)
    return report


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The small demo set, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", "--small", verbosity=0)  # its accounts include commission and employee
        yield {
            "administrator": "demo",
            "hr_officer": "hr",
            "methodologist": "methodologist",
            "auditor": "auditor",
            "commission_member": "commission",
            "employee": "employee",
            # The state-service cases' staff: the intake officer's forms and the head of unit's
            # dashboard are theirs alone.
            "intake_officer": "intake",
            "head_of_unit": "head",
        }
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_every_page_speaks_the_readers_language(demo, role, language):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    if role != "anonymous":
        client.force_login(get_user_model().objects.get(username=demo[role]))
    report = crawl(client)
    assert report == {}, "\n".join(f"{path}: {found}" for path, found in report.items())


def test_the_crawler_would_catch_a_code_an_act_id_and_an_english_sentence():
    assert problems("Сала: social_protection") == ["code: 'social_protection'"]
    assert problems("order-2017-360, 12-3-тармақ") == ["act id: 'order-2017-360'"]
    assert problems("Әрекет: account.create") == ["code: 'account.create'"]
    assert problems("Position title not in our sources") == ["English: 'Position title not in our sources'"]
    assert problems("№ 360 бұйрық (25.10.2017), Biliktilik, XLSX, a.asanov@example.kz") == []


def test_the_crawler_reads_text_and_links_apart():
    parser = Text()
    parser.feed('<p>Акт <a href="/acts/order-2017-360/">№ 360</a></p><script>var x_y = 1</script>')
    assert parser.chunks == ["Акт", "№ 360"] and parser.links == ["/acts/order-2017-360/"]


def test_the_crawler_reads_on_after_a_passage_in_another_language():
    parser = Text()
    parser.feed(
        '<p><span lang="en">Our <span>own</span> text</span> Мәтін <b>бар</b></p><script>x</script>Соңы'
    )
    assert parser.chunks == ["Мәтін", "бар", "Соңы"]
