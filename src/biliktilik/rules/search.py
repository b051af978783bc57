"""Finding a register position by the way people actually type its title.

Users type in Kazakh or Russian, on keyboards without Kazakh letters (қ→к, ғ→г, ә→а ...),
abbreviate ("зам. дир.", "гл бух") and misspell. Both the query and every title are folded to
one alphabet; each query word is then matched against the title's words: a prefix counts as a
full match (abbreviations), otherwise the closest word by edit similarity (typos).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_FOLD = str.maketrans(
    {
        "қ": "к",
        "ғ": "г",
        "ң": "н",
        "ә": "а",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ё": "е",
        "й": "и",
        "ъ": "",
        "ь": "",
    }
)
_WORD = re.compile(r"[0-9a-zа-я]+")
_STOP = frozenset({"и", "мен", "жане", "по", "в", "на", "для", "бар", "of", "the", "and"})
# Common Russian and Kazakh short forms that are not prefixes of the words they stand for, written
# out as a title has them (folded below, as titles are: "заместитель" is found as "заместител").
_SHORT_FORMS = {
    "замдиректора": "заместитель директора",
    "замдир": "заместитель директора",
    "главбух": "главный бухгалтер",
    "соцработник": "социальный работник",
    "завотделом": "заведующий отделом",
    "нач": "начальник",
    "гл": "главный",
}
MIN_WORD_SCORE = 70.0


def fold(text: str) -> str:
    """Lower-case, Kazakh letters to their nearest Russian ones, punctuation to spaces."""
    return " ".join(_WORD.findall(text.lower().translate(_FOLD)))


_EXPAND = {short: tuple(fold(written).split()) for short, written in _SHORT_FORMS.items()}


def words(text: str) -> list[str]:
    result: list[str] = []
    for word in fold(text).split():
        if word in _STOP:
            continue
        result.extend(_EXPAND.get(word, (word,)))
    return result


@dataclass(frozen=True)
class Entry:
    key: str
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    key: str
    score: float


class Index:
    """A small in-memory index over a few hundred titles.

    Each query word is scored once against the vocabulary of all title words; titles are then
    scored from that table, so a query costs one pass over the vocabulary plus lookups.
    """

    def __init__(self, entries: Iterable[Entry]):
        # A text without a word (empty, or only stop words) could never be matched: it is left out,
        # so every text scored has at least one word.
        self._entries = [(e.key, [(ws, fold(t)) for t in e.texts if (ws := words(t))]) for e in entries]
        self._postings: dict[str, set[tuple[int, int]]] = {}
        for i, (_, texts) in enumerate(self._entries):
            for j, (ws, _) in enumerate(texts):
                for w in ws:
                    self._postings.setdefault(w, set()).add((i, j))
        self._vocabulary = sorted(self._postings)

    def _scores_for(self, query_word: str) -> dict[str, float]:
        scores = {
            choice: score
            for choice, score, _ in process.extract(
                query_word, self._vocabulary, scorer=fuzz.ratio, limit=None, score_cutoff=MIN_WORD_SCORE
            )
        }
        if len(query_word) >= 2:
            # The vocabulary is sorted: words with this prefix form one run starting here.
            i = bisect.bisect_left(self._vocabulary, query_word)
            while i < len(self._vocabulary) and self._vocabulary[i].startswith(query_word):
                word = self._vocabulary[i]
                scores[word] = 100.0 if word == query_word else 97.0
                i += 1
        return scores

    def search(self, query: str, *, limit: int = 20, min_score: float = 0.5) -> list[Hit]:
        query_words = words(query)
        if not query_words:
            return []
        tables = [self._scores_for(q) for q in query_words]
        folded_query = " ".join(query_words)
        # Only texts sharing at least one matched word can score above zero.
        best: dict[int, float] = {}
        for i, j in {posting for table in tables for word in table for posting in self._postings[word]}:
            ws, folded = self._entries[i][1][j]
            best[i] = max(best.get(i, 0.0), _title_score(tables, folded_query, ws, folded))
        hits = [Hit(self._entries[i][0], round(score, 3)) for i, score in best.items() if score >= min_score]
        hits.sort(key=lambda h: (-h.score, h.key))
        return hits[:limit]


def _title_score(
    tables: list[dict[str, float]], folded_query: str, title_words: list[str], folded_title: str
) -> float:
    # Only a text sharing a word with some table is scored (Index.search), so ``matched`` is never
    # empty, and a text always has a word (Index.__init__).
    per_word = [max(table.get(w, 0.0) for w in title_words) for table in tables]
    matched = [s for s in per_word if s >= MIN_WORD_SCORE]
    coverage = len(matched) / len(per_word)
    word_part = (sum(matched) / len(per_word)) * coverage
    whole = fuzz.ratio(folded_query, folded_title)
    # A title that says little besides the query ranks above a long one that merely contains it.
    brevity = min(len(tables) / max(len(title_words), 1), 1.0)
    return (0.8 * word_part + 0.1 * whole + 10.0 * brevity) / 100.0
