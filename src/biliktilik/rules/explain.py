"""Explained results: a value, the ordered reasoning steps, and every point relied on.

A rule records its reasoning on a :class:`Trace`. With ``explain=False`` the trace records
nothing at all (no steps, no citations), so bulk evaluation pays only for the decision itself.
Step codes are stable, language-neutral strings; ``messages.py`` turns them into text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from biliktilik.lawbook.schema import Citation


class LawGap(Exception):
    """The law in force on the date is not in our sources, so no answer can be given."""

    def __init__(self, code: str, field: str, **params):
        self.code = code
        self.field = field
        self.params = params
        super().__init__(code)


@dataclass(frozen=True, slots=True)
class Step:
    code: str
    params: dict
    citation: Citation | None


@dataclass(slots=True)
class Trace:
    explain: bool = True
    steps: list[Step] = field(default_factory=list)
    citations: dict[tuple, Citation] = field(default_factory=dict)

    def cite(self, citation: Citation | None) -> None:
        if self.explain and citation is not None:
            key = (citation.act, citation.point, citation.subpoint, citation.wording_by)
            if key not in self.citations:
                self.citations[key] = citation

    def add(self, code: str, citation: Citation | None = None, **params) -> None:
        self.cite(citation)
        if self.explain:
            self.steps.append(Step(code, params, citation))

    def citation_list(self) -> list[Citation]:
        return list(self.citations.values())


SILENT = Trace(explain=False)
"""A trace that records nothing; bulk evaluation can share it."""
