"""Full-text search in the acts: the database's own (SQLite FTS5, PostgreSQL tsvector), kept in
step with law/, ranked, with escaped snippets, and never broken by what a user types."""

import datetime as dt

import pytest
from django.db import connection
from django.urls import reverse

from biliktilik.catalog import search, selectors, services
from biliktilik.catalog.models import PointText, SearchIndexState
from biliktilik.lawbook import loader
from biliktilik.lawbook.schema import LText

TODAY = dt.date(2026, 1, 1)


def switch_language(client, language):
    response = client.post(reverse("set_language"), {"language": language, "next": "/"})
    assert response.status_code == 302


def with_point_texts(lawbook, act_id, texts: dict[str, str]):
    """A lawbook like ``lawbook`` whose ``act_id`` points (by id) have the given Kazakh text in
    every wording, sub-points dropped."""
    acts = []
    for view in lawbook.ordered():
        act = view.act
        if act.id == act_id:
            points = []
            for point in act.points:
                if point.point in texts:
                    versions = [
                        v.model_copy(update={"text": LText(kk=texts[point.point]), "subpoints": []})
                        for v in point.versions
                    ]
                    point = point.model_copy(update={"versions": versions})
                points.append(point)
            act = act.model_copy(update={"points": points})
        acts.append(act)
    return loader.build(acts, lawbook.source_dir)


def found(q, *, language="kk", as_of=TODAY):
    return [
        (r["act"]["id"], r["point"])
        for r in selectors.act_search(q=q, language=language, as_of=as_of)["results"]
    ]


@pytest.fixture
def fresh_index(db):
    services.search_index_refresh()


def test_it_folds_kazakh_letters_one_for_one():
    assert search.fold("Біліктілік ҚҰҒӨ") == "биликтилик куго"
    assert search.fold("бiлiм and in") == "билим and in"  # a Latin i inside a Cyrillic word only
    assert len(search.fold("Әлеуметтік қорғау")) == len("Әлеуметтік қорғау")


@pytest.mark.parametrize(
    "q, code",
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"* () : ^ - + !', "no_words"),
        ("а б в", "no_words"),
        ("x" * 201, "too_long"),
        ("бір екі үш төрт бес алты жеті сегіз тоғыз", "too_many_words"),
    ],
)
def test_it_refuses_a_query_it_cannot_search(q, code):
    with pytest.raises(search.QueryProblem) as problem:
        search.query_terms(q)
    assert problem.value.code == code


def test_it_keeps_only_words_so_no_query_syntax_reaches_the_database():
    terms = search.query_terms('"жұмыс" OR өтілі* NEAR(a b) col:x ^y \'; DROP TABLE x; --')
    assert terms == ["жумыс", "or", "отили", "near", "col", "drop", "table"]
    assert search.fts5_query(terms) == '"жумыс"* "or"* "отили"* "near"* "col"* "drop"* "table"*'
    assert search.tsquery(["жумыс", "отили"]) == "жумыс:* & отили:*"


def test_it_escapes_everything_but_the_marks_in_a_snippet():
    html = search.snippet('<b>Біліктілік</b> & <script>alert("x")</script>', ["биликтилик"])
    script = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    expected = "&lt;b&gt;<mark>Біліктілік</mark>&lt;/b&gt; &amp; " + script
    assert html == expected


def test_it_cuts_a_long_text_around_the_first_match():
    text = " ".join(["сөз"] * 200) + " аттестаттау " + " ".join(["сөз"] * 200)
    html = search.snippet(text, ["аттестат"])
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>аттестаттау</mark>" in html
    assert len(html) < 400


@pytest.mark.django_db
def test_the_index_is_built_by_migrate_or_on_first_search_without_a_manual_step(client):
    response = client.get("/acts/search/?q=біліктілік&lang=kk")
    assert response.status_code == 200
    assert not services.search_index_stale()
    state = SearchIndexState.objects.get(name=services.STATE)
    assert state.rows == PointText.objects.count() > 0


@pytest.mark.django_db
def test_it_finds_kazakh_words_typed_without_a_kazakh_keyboard(fresh_index):
    proper = found("біліктілік санаты")
    assert proper
    assert found("биликтилик санаты") == proper
    assert found("бiлiктiлiк санаты") == proper  # Latin i, as some phones type it


@pytest.mark.django_db
def test_it_searches_the_readers_language_only(fresh_index):
    assert found("квалификационная", language="ru")
    assert not found("квалификационная", language="kk")
    assert found("qualification", language="en")
    assert not found("qualification", language="ru")


@pytest.mark.django_db
def test_it_finds_a_wording_only_while_it_is_in_force(fresh_index):
    # §4-1 of order 360 (the deputy director of the labour mobility centre) was added by order 316.
    words = "орталық директорының жалпы басшылығымен"
    assert ("order-2017-360", "12-1") in found(words, as_of=dt.date(2025, 6, 1))
    assert ("order-2017-360", "12-1") not in found(words, as_of=dt.date(2020, 1, 1))


@pytest.mark.django_db
def test_it_ranks_the_point_dense_with_the_words_first(lawbook):
    ranked = with_point_texts(
        lawbook,
        "order-2024-422",
        {
            "17": "зымыранжол " + "басқа сөздер мен сөйлемдер " * 60,
            "9": "зымыранжол зымыранжол туралы зымыранжол",
        },
    )
    services.search_index_refresh(lawbook=ranked)
    assert found("зымыранжол")[:2] == [("order-2024-422", "9"), ("order-2024-422", "17")]


@pytest.mark.django_db
def test_a_stale_index_is_rebuilt_when_law_changes(lawbook):
    changed = with_point_texts(lawbook, "order-2024-422", {"9": "<i>зымыранжол</i> & <script>x</script>"})
    assert services.search_index_refresh(lawbook=changed)
    result = selectors.act_search(q="зымыранжол", language="kk", as_of=TODAY)["results"]
    assert [r["point"] for r in result] == ["9"]
    assert (
        str(result[0]["snippet"])
        == "&lt;i&gt;<mark>зымыранжол</mark>&lt;/i&gt; &amp; &lt;script&gt;x&lt;/script&gt;"
    )
    # The index now differs from law/: the next refresh rebuilds it, the word is gone.
    assert services.search_index_stale()
    assert services.search_index_refresh()
    assert not found("зымыранжол")
    assert not services.search_index_refresh()  # fresh: nothing to do


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q",
    [
        '"',
        '""',
        "*",
        "-",
        "NEAR(",
        "AND OR NOT",
        "a:b",
        "^ж",
        "'; DROP TABLE catalog_pointtext; --",
        "ж" * 200,
        "x" * 5000,
        "(((",
        "\\",
        "%",
        "_",
        "<script>alert(1)</script>",
        "біл* | !өт & (с",
    ],
)
def test_no_typed_query_breaks_the_page(client, q):
    response = client.get("/acts/search/", {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "data-problem" in html or 'class="search-results"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("q", ["a\x00b", "ж\x07"])
def test_control_characters_are_refused_with_a_message(client, q):
    response = client.get("/acts/search/", {"q": q})
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, q, message",
    [
        ("kk", "", "Актілерден табу үшін бір-екі сөз жазыңыз."),
        ("ru", "x" * 300, "Запрос слишком длинный: введите не более 200 символов."),
        ("ru", "? !", "Введите хотя бы две буквы слова"),
    ],
)
def test_it_says_plainly_why_a_query_was_not_searched(client, language, q, message):
    switch_language(client, language)
    html = client.get("/acts/search/", {"q": q}).content.decode()
    assert message in html


@pytest.mark.django_db
def test_the_results_link_to_the_point_on_its_act_page_with_the_match_marked(client):
    switch_language(client, "kk")
    html = client.get(
        "/acts/search/", {"q": "орталық директорының жалпы басшылығымен", "as_of": "2025-06-01"}
    ).content.decode()
    assert 'href="/acts/order-2017-360/?as_of=2025-06-01&amp;point=12-1#p-12-1"' in html
    assert "<mark>директорының</mark>" in html
    assert "12-1-тармақ" in html
    page = client.get("/acts/order-2017-360/?as_of=2025-06-01&point=12-1").content.decode()
    assert 'id="p-12-1"' in page


@pytest.mark.django_db
def test_the_act_list_has_a_search_box(client):
    html = client.get("/acts/").content.decode()
    assert 'action="/acts/search/"' in html and 'name="q"' in html


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite path")
def test_on_sqlite_the_words_are_in_an_fts5_table(fresh_index):
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'catalog_pointtext_fts'")
        assert "fts5" in cursor.fetchone()[0].lower()
        cursor.execute("SELECT count(*) FROM catalog_pointtext_fts")
        assert cursor.fetchone()[0] == PointText.objects.count()


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL path")
def test_on_postgresql_the_words_are_a_tsvector_with_a_gin_index(fresh_index):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'catalog_pointtext_tsv'")
        definition = cursor.fetchone()[0]
        assert "gin" in definition.lower() and "to_tsvector" in definition
        cursor.execute(
            "SELECT count(*) FROM catalog_pointtext WHERE to_tsvector('simple'::regconfig, folded)"
            " @@ to_tsquery('simple'::regconfig, 'биликтилик:*')"
        )
        assert cursor.fetchone()[0] > 0
    assert found("биликтилик")
