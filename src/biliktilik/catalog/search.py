"""Full-text search over the acts' points: what is indexed, how a query is read, the snippet.

The database does the matching and the ranking (SQLite FTS5, PostgreSQL ``tsvector``: see
``services.search_index_refresh`` and ``selectors.act_search``); this module is what both share,
so that they read text and queries the same way.

Kazakh letters are folded to the Russian letters people type in their place without a Kazakh
keyboard (қ→к, ғ→г, ң→н, ә→а, ө→о, ұ→у, ү→у, һ→х, і→и; and a Latin "i" inside a Cyrillic word
→ и), in the text and in the query alike: "біліктілік", "бiлiктiлiк" and "билiктилик" find
each other. Folding keeps every character in its place (one letter for one letter), so a match in
the folded text is a match at the same place in the text shown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from biliktilik.lawbook.loader import ActView, Lawbook
from biliktilik.lawbook.schema import LText, PointVersion

LANGS = ("kk", "ru", "en")
# Bump when what is indexed or how it is folded changes: the index is then rebuilt.
INDEX_FORMAT = "1"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MIN_TERM_LENGTH = 2

FOLD = str.maketrans("әғқңөұүһіё", "агкноуухие")
WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def fold(text: str) -> str:
    """Lower case, Kazakh letters as typed on a Russian keyboard; the same length as ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is two (rare): fold as it is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    folded = lowered.translate(FOLD)
    return WORD.sub(
        lambda m: m.group().replace("i", "и") if CYRILLIC.search(m.group()) else m.group(), folded
    )


@dataclass(frozen=True)
class IndexRow:
    """One point in one wording and one language, as the search table holds it."""

    act: str
    point: str
    order: int
    wording_by: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    language: str
    text: str


def _text(value: LText | None, language: str) -> str:
    return (getattr(value, language, None) or "") if value is not None else ""


def _version_text(view: ActView, point_id: str, version: PointVersion, language: str) -> str:
    """The lead-in and the sub-points; the register's titles under their block heading."""
    parts = [_text(version.text, language)]
    register = view.act.register_of_positions
    for sub in version.subpoints:
        parts.append(_text(sub.text, language))
        if register is not None:
            parts += [
                _text(p.title, language)
                for p in register.positions
                if (p.source.point, p.source.subpoint, p.source.wording_by)
                == (point_id, sub.subpoint, version.wording_by)
            ]
    return "\n".join(part for part in parts if part)


def index_rows(lawbook: Lawbook) -> list[IndexRow]:
    """Every wording of every point, in each language its text exists in (no fallback: a
    Russian search reads Russian text only)."""
    rows = []
    for view in lawbook.ordered():
        for order, (point_id, point) in enumerate(view.points_by_id.items()):
            for version in point.versions:
                for language in LANGS:
                    text = _version_text(view, point_id, version, language)
                    if not text:
                        continue
                    rows.append(
                        IndexRow(
                            act=view.id,
                            point=point_id,
                            order=order,
                            wording_by=version.wording_by,
                            valid_from=version.valid_from or view.effective_from,
                            valid_to=version.valid_to,
                            language=language,
                            text=text,
                        )
                    )
    return rows


_FINGERPRINTS: dict[int, tuple[Lawbook, list[IndexRow], str]] = {}


def indexed(lawbook: Lawbook) -> tuple[list[IndexRow], str]:
    """The rows of ``lawbook`` and their fingerprint (computed once per loaded lawbook): the
    index is stale when the fingerprint it was built from differs."""
    cached = _FINGERPRINTS.get(id(lawbook))
    if cached is None or cached[0] is not lawbook:
        rows = index_rows(lawbook)
        digest = hashlib.sha256(INDEX_FORMAT.encode())
        for row in rows:
            digest.update(json.dumps(asdict(row), default=str, ensure_ascii=False).encode())
        cached = _FINGERPRINTS[id(lawbook)] = (lawbook, rows, digest.hexdigest())
    return cached[1], cached[2]


# --- the query ---------------------------------------------------------------------------


class QueryProblem(Exception):
    """A query that cannot be searched; ``code`` says why (the page words it)."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


def query_terms(q: str) -> list[str]:
    """The words of a query, folded; anything else (quotes, stars, brackets, operators) is a
    separator, so nothing a user types reaches the database's query syntax."""
    q = (q or "").strip()
    if not q:
        raise QueryProblem("empty")
    if len(q) > MAX_QUERY_LENGTH:
        raise QueryProblem("too_long")
    terms = [t for t in WORD.findall(fold(q)) if len(t) >= MIN_TERM_LENGTH]
    if not terms:
        raise QueryProblem("no_words")
    if len(terms) > MAX_TERMS:
        raise QueryProblem("too_many_words")
    return list(dict.fromkeys(terms))


def fts5_query(terms: list[str]) -> str:
    """Every term, as a prefix (Kazakh words take their endings): ``"жумыс"* "отил"*``."""
    return " ".join(f'"{t}"*' for t in terms)


def tsquery(terms: list[str]) -> str:
    return " & ".join(f"{t}:*" for t in terms)


# --- the snippet -------------------------------------------------------------------------

SNIPPET_CHARS = 240


def snippet(text: str, terms: list[str]) -> SafeString:
    """A stretch of ``text`` around its first match, the matched words in ``<mark>``; every
    other character escaped."""
    folded = fold(text)
    words = [m for m in WORD.finditer(folded) if any(m.group().startswith(t) for t in terms)]
    if not words:
        start, end = 0, min(len(text), SNIPPET_CHARS)
    else:
        first = words[0].start()
        start = max(0, first - SNIPPET_CHARS // 3)
        end = min(len(text), start + SNIPPET_CHARS)
        if start > 0:  # begin at a word
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    out, at = [], start
    for match in words:
        if match.start() < start or match.end() > end:
            continue
        out.append(escape(text[at : match.start()]))
        out.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        at = match.end()
    out.append(escape(text[at:end]))
    body = "".join(out).replace("\n", " ")
    return mark_safe(("… " if start > 0 else "") + body + (" …" if end < len(text) else ""))  # noqa: S308 - escaped above
