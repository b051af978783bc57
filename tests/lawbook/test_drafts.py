"""Drafts laid over the law in force (lawbook.drafts) and the drafts the form writes
(simulations.draft_writer): what the overlay changes, and that it changes nothing else."""

import datetime as dt

import pytest
import yaml

from biliktilik.lawbook import drafts, loader
from biliktilik.rules.attestation import parameters_in_force
from biliktilik.rules.qualification import requirement_in_force
from biliktilik.simulations import draft_writer

ENTRY = dt.date(2027, 3, 1)
TITLE = {"kk": "Жоба", "ru": "Проект", "en": "Draft"}


def p54(years: int) -> str:
    return draft_writer.ladder_years(
        loader.default(),
        draft_id="draft-2027-54",
        title=TITLE,
        entry=ENTRY,
        requirement="54",
        category="higher",
        years=years,
    )


def test_the_draft_applies_from_its_date_and_the_law_in_force_is_untouched():
    law = loader.default()
    checked = drafts.parse(p54(4), law)
    assert checked.effective_from == ENTRY
    # In the draft's lawbook: p.54 as worded by order-2024-316 until 28.02.2027, by the draft after.
    view = checked.book.get("order-2017-360")
    assert view.point_version("54", dt.date(2027, 2, 28)).wording_by == "order-2024-316"
    assert view.point_version("54", ENTRY).wording_by == "draft-2027-54"
    high = requirement_in_force(checked.book, "54", ENTRY).ladders[0]
    assert [(s.category, s.years) for s in high.steps] == [
        ("higher", 4),
        ("first", 2),
        ("second", 1),
        ("none", 0),
    ]
    # The law in force still says 3 years on the same day, and its p.54 has no later wording.
    assert requirement_in_force(law, "54", ENTRY).ladders[0].steps[0].years == 3
    assert law.get("order-2017-360").point_version("54", ENTRY).wording_by == "order-2024-316"
    assert "draft-2027-54" not in law.acts


def test_what_the_draft_leaves_alone_is_the_same_object():
    checked = drafts.parse(p54(4), loader.default())
    assert requirement_in_force(checked.book, "57", ENTRY) is requirement_in_force(
        loader.default(), "57", ENTRY
    )
    assert parameters_in_force(checked.book, ENTRY) is parameters_in_force(loader.default(), ENTRY)


def test_the_form_words_the_new_figure_in_the_categorys_line_in_each_language():
    point = yaml.safe_load(p54(4))["changes"][0]["points"][0]
    high = next(s for s in point["subpoints"] if s["subpoint"] == "high")["text"]
    kk, ru, en = (high[lang].split("\n") for lang in ("kk", "ru", "en"))
    assert kk[1].startswith("жоғары санат:") and kk[1].endswith("кемінде 4 жыл;")
    assert ru[1].startswith("высшая категория:") and ru[1].endswith("не менее 4 лет;")
    assert en[1].startswith("higher category:") and "at least 4 years" in en[1]
    # The other categories' lines keep their figures.
    assert kk[2].endswith("кемінде 2 жыл;") and ru[3].endswith("не менее 1 года;")


def test_one_year_is_worded_in_the_singular():
    point = yaml.safe_load(
        draft_writer.ladder_years(
            loader.default(),
            draft_id="draft-2027-1",
            title=TITLE,
            entry=ENTRY,
            requirement="54",
            category="higher",
            years=1,
        )
    )["changes"][0]["points"][0]
    ru = next(s for s in point["subpoints"] if s["subpoint"] == "high")["text"]["ru"].split("\n")
    assert ru[1].endswith("не менее 1 года;")


def test_the_p17_draft_changes_only_the_managers_threshold():
    text = draft_writer.threshold(
        loader.default(), draft_id="draft-2027-17", title=TITLE, entry=ENTRY, attestee="manager", percent=80
    )
    checked = drafts.parse(text, loader.default())
    thresholds = {t.attestee: t.percent for t in parameters_in_force(checked.book, ENTRY).thresholds}
    assert thresholds == {
        "new_employee": 70,
        "category_applicant": 70,
        "manager": 80,
        "lmc_specialist": 70,
        "cc_assistant": 70,
    }
    sub3 = next(
        s for s in yaml.safe_load(text)["changes"][0]["points"][0]["subpoints"] if s["subpoint"] == "3"
    )
    assert sub3["text"]["kk"].endswith("– 80%;") and sub3["text"]["ru"].endswith("– 80%;")


def test_a_sector_added_counts_for_every_ladder_of_the_point():
    text = draft_writer.ladder_sector(
        loader.default(),
        draft_id="draft-2027-57",
        title=TITLE,
        entry=ENTRY,
        requirement="57",
        sector="social_protection",
    )
    checked = drafts.parse(text, loader.default())
    assert [set(ladder.sectors) for ladder in requirement_in_force(checked.book, "57", ENTRY).ladders] == [
        {"employment", "social_protection"},
        {"employment", "social_protection"},
    ]


@pytest.mark.parametrize(
    ("edit", "loc"),
    [
        (lambda d: d.update(id="order-2017-360"), ("id",)),
        (
            lambda d: d.update(id="draft-2027-x", entry_into_force={"rule": "on_publication", "basis": "?"}),
            ("entry_into_force",),
        ),
        (lambda d: d["changes"][0].update(act="order-2099-1"), ("changes", 0, "act")),
        (lambda d: d["changes"][0].update(requirements=[]), ("changes", 0, "requirements")),
        (
            lambda d: d["changes"][0]["points"][0].update(valid_from="2027-02-01"),
            ("changes", 0, "points", 0, "valid_from"),
        ),
        (
            lambda d: d["changes"][0]["requirements"][0]["source"].update(wording_by="order-2024-316"),
            ("changes", 0, "requirements", 0, "source"),
        ),
        (lambda d: d["changes"][0].update(colour="red"), ("changes", 0, "colour")),
        # a second entry for the same act: one of the two would be lost in the overlay
        (lambda d: d["changes"].append({"act": "order-2017-360", "points": []}), ("changes", 1, "act")),
    ],
)
def test_a_bad_draft_is_refused_at_its_path(edit, loc):
    draft = yaml.safe_load(p54(4))
    edit(draft)
    with pytest.raises(drafts.DraftInvalid) as refused:
        drafts.parse(yaml.safe_dump(draft, allow_unicode=True), loader.default())
    assert loc in [p.loc for p in refused.value.problems]
