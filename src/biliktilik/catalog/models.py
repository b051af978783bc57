"""The search index of the acts' points: derived from ``law/``, rebuilt when it changes.

The law itself stays in ``law/`` (loaded in memory); these tables only let the database search
its text. On SQLite the words live in the FTS5 table ``catalog_pointtext_fts`` (rowid = the
row's id); on PostgreSQL a GIN index over ``to_tsvector('simple', folded)`` (migration 0001).
"""

from django.db import models


class PointText(models.Model):
    """One point of an act in one wording and one language (see ``search.IndexRow``)."""

    act = models.CharField(max_length=40)
    point = models.CharField(max_length=40)
    order = models.PositiveIntegerField(help_text="the point's place in the act")
    wording_by = models.CharField(max_length=40, blank=True, default="")
    valid_from = models.DateField(null=True)
    valid_to = models.DateField(null=True)
    language = models.CharField(max_length=2)
    text = models.TextField()
    folded = models.TextField(help_text="the text as searched (search.fold)")

    class Meta:
        indexes = [models.Index(fields=["language", "act"], name="catalog_pointtext_lang_act")]

    def __str__(self) -> str:
        return f"{self.act} {self.point} ({self.language})"


class SearchIndexState(models.Model):
    """What the index was built from: the fingerprint of the lawbook's indexed rows."""

    name = models.CharField(max_length=20, primary_key=True)
    fingerprint = models.CharField(max_length=64)
    rows = models.PositiveIntegerField()
    built_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name}: {self.fingerprint[:12]} ({self.rows} rows)"
