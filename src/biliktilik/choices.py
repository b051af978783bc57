"""The vocabulary (``biliktilik.vocabulary``) for Django: model and form choices, lazily translated."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy

from biliktilik.vocabulary import Domain


def choices(domain: Domain, *, only: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """``(code, label)`` pairs of ``domain`` (or of its codes in ``only``), in its order."""
    return [
        (term.code, gettext_lazy(term.label)) for term in domain.terms if only is None or term.code in only
    ]


def text_choices(name: str, domain: Domain) -> type[models.TextChoices]:
    """A ``TextChoices`` enum of ``domain`` (members named by their codes in capitals), for
    models that want ``Model.Kind.CAREER_CENTRE`` and ``Kind.values``."""
    return models.TextChoices(name, [(t.code.upper(), (t.code, gettext_lazy(t.label))) for t in domain.terms])
