"""The search index of the acts' points, with the database's own full-text search: an FTS5
table on SQLite, a GIN ``tsvector`` index on PostgreSQL. It is filled after ``migrate``
(catalog.apps) and whenever ``law/`` changes (services.search_index_refresh)."""

from django.db import migrations, models


def full_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(
            "CREATE VIRTUAL TABLE catalog_pointtext_fts USING fts5(folded, tokenize = 'unicode61')"
        )
    elif vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX catalog_pointtext_tsv ON catalog_pointtext "
            "USING GIN (to_tsvector('simple'::regconfig, folded))"
        )


def drop_full_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS catalog_pointtext_fts")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS catalog_pointtext_tsv")


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="PointText",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("act", models.CharField(max_length=40)),
                ("point", models.CharField(max_length=40)),
                ("order", models.PositiveIntegerField(help_text="the point's place in the act")),
                ("wording_by", models.CharField(blank=True, default="", max_length=40)),
                ("valid_from", models.DateField(null=True)),
                ("valid_to", models.DateField(null=True)),
                ("language", models.CharField(max_length=2)),
                ("text", models.TextField()),
                ("folded", models.TextField(help_text="the text as searched (search.fold)")),
            ],
            options={
                "indexes": [models.Index(fields=["language", "act"], name="catalog_pointtext_lang_act")]
            },
        ),
        migrations.CreateModel(
            name="SearchIndexState",
            fields=[
                ("name", models.CharField(max_length=20, primary_key=True, serialize=False)),
                ("fingerprint", models.CharField(max_length=64)),
                ("rows", models.PositiveIntegerField()),
                ("built_at", models.DateTimeField()),
            ],
        ),
        migrations.RunPython(full_text, drop_full_text),
    ]
