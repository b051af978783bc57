"""What the draft checker (lawbook.drafts) refuses, each problem whole: its path in the YAML, its
code and parameters (which the page words in the reader's language) and its English message —
and the drafts it lets through at the edge of a refusal. The dates are those of law/:
order-2017-360 in force from 31.12.2017, its p.54 and p.57 worded by order-2024-316 from
31.08.2024; order-2024-422's attestation parameters cite the wordings of order-2025-271."""

import datetime as dt

import pytest
import yaml

from biliktilik.lawbook import checks, drafts, loader
from biliktilik.lawbook.drafts import DraftProblem
from biliktilik.rules.attestation import parameters_in_force
from biliktilik.simulations import draft_writer

DRAFT = "draft-2027-1"
ENTRY = dt.date(2027, 3, 1)
TITLE = {"kk": "Жоба", "ru": "Проект", "en": "Draft"}
LADDERS = "order-2017-360"
ATTESTATION = "order-2024-422"


def wording(point: str) -> dict:
    """A new wording of ``point``, short: the checker reads the point's id and dates, not its text."""
    return {
        "point": point,
        "text": {
            "kk": f"{point}. Жобаның мәтіні.",
            "ru": f"{point}. Текст проекта.",
            "en": f"{point}. The draft's text.",
        },
    }


def draft_of(*changes: dict, entry: str = "2027-03-01", **keys) -> dict:
    return {
        "id": DRAFT,
        "kind": "order",
        "number": "draft",
        "adopted": entry,
        "issuer": {"kk": "Министр (жоба)", "ru": "Министр (проект)", "en": "Minister (draft)"},
        "title": TITLE,
        "entry_into_force": {"rule": "fixed", "date": entry, "basis": "assumed for the draft"},
        "changes": list(changes),
        **keys,
    }


def p54_draft(entry: str | None = None) -> dict:
    """The form's draft of p.54 (4 years for the higher category), dated ``entry`` if given."""
    draft = yaml.safe_load(
        draft_writer.ladder_years(
            loader.default(),
            draft_id=DRAFT,
            title=TITLE,
            entry=ENTRY,
            requirement="54",
            category="higher",
            years=4,
        )
    )
    if entry is not None:
        draft["adopted"] = entry
        draft["entry_into_force"]["date"] = entry
    return draft


def p17_draft() -> dict:
    """The form's draft of p.17 (managers' threshold 80 %)."""
    return yaml.safe_load(
        draft_writer.threshold(
            loader.default(), draft_id=DRAFT, title=TITLE, entry=ENTRY, attestee="manager", percent=80
        )
    )


def in_force_requirement(point: str) -> dict:
    act = loader.default().get(LADDERS).act
    return next(r for r in act.requirements if r.id == point).model_dump(mode="json", exclude_defaults=True)


def in_force_attestation(key: str):
    return getattr(loader.default().get(ATTESTATION).act.attestation, key).model_dump(
        mode="json", exclude_defaults=True
    )


def parsed(draft: dict) -> drafts.CheckedDraft:
    return drafts.parse(yaml.safe_dump(draft, allow_unicode=True), loader.default())


def refusal(draft: dict) -> drafts.DraftInvalid:
    with pytest.raises(drafts.DraftInvalid) as refused:
        parsed(draft)
    return refused.value


def law_check(loc: tuple, problem: str) -> DraftProblem:
    return DraftProblem(loc, problem, "law_check", {"problem": problem})


# --- the points -----------------------------------------------------------------------------------


def test_a_point_given_twice_is_refused_at_the_second():
    draft = p54_draft()
    points = draft["changes"][0]["points"]
    points.append(dict(points[0]))
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "points", 1, "point"), "p.54 is given twice", "point_twice", {"point": "54"}
        )
    ]


def test_without_an_entry_into_force_every_point_is_still_checked():
    # No date to compare with: the dates of the wordings are not checked, the rest is — here p.54
    # given twice (the second entry, index 1). The exception's message lists both, path first.
    draft = p54_draft()
    draft["entry_into_force"] = {"rule": "on_publication", "basis": "not yet published"}
    points = draft["changes"][0]["points"]
    points.append(dict(points[0]))
    refused = refusal(draft)
    assert refused.problems == [
        DraftProblem(
            ("entry_into_force",),
            "a draft needs an assumed entry into force (rule: fixed, date: …)",
            "no_entry_into_force",
            {},
        ),
        DraftProblem(
            ("changes", 0, "points", 1, "point"), "p.54 is given twice", "point_twice", {"point": "54"}
        ),
    ]
    assert str(refused) == (
        "entry_into_force: a draft needs an assumed entry into force (rule: fixed, date: …); "
        "changes.0.points.1.point: p.54 is given twice"
    )


def test_a_wording_by_another_act_is_refused():
    draft = p54_draft()
    draft["changes"][0]["points"][0]["wording_by"] = "order-2024-316"
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "points", 0, "wording_by"),
            f"a wording of this draft is by {DRAFT}",
            "wording_by",
            {"draft": DRAFT},
        )
    ]


def test_a_wording_from_before_the_entry_into_force_is_refused_with_both_dates():
    draft = p54_draft()
    draft["changes"][0]["points"][0]["valid_from"] = "2027-02-01"  # a month before 01.03.2027
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "points", 0, "valid_from"),
            "2027-02-01 is before the draft's entry into force (2027-03-01)",
            "before_entry",
            {"date": "2027-02-01", "entry": "2027-03-01"},
        )
    ]


def test_a_wording_from_the_entry_into_force_itself_is_accepted():
    draft = p54_draft()
    draft["changes"][0]["points"][0]["valid_from"] = "2027-03-01"
    view = parsed(draft).book.get(LADDERS)
    assert view.point_version("54", dt.date(2027, 2, 28)).wording_by == "order-2024-316"
    assert view.point_version("54", ENTRY).wording_by == DRAFT


def test_a_wording_after_the_entry_into_force_is_refused_by_the_law_check_at_its_point():
    # A version by an act starts the day that act is in force (the check of law/): p.54 from
    # 01.04.2027 under a draft in force from 01.03.2027 is refused, at the second point given.
    draft = p54_draft()
    draft["changes"][0]["points"] = [
        wording("99"),
        {**draft["changes"][0]["points"][0], "valid_from": "2027-04-01"},
    ]
    problem = (
        f"{LADDERS} p.54: wording by {DRAFT} starts 2027-04-01, but that act is in force from 2027-03-01"
    )
    assert refusal(draft).problems == [law_check(("changes", 0, "points", 1), problem)]


def test_a_draft_dated_before_the_wording_in_force_overlaps_it():
    # The example of docs/simulations.md: a draft from 01.08.2024 for p.54, which order-2024-316
    # words from 31.08.2024.
    assert refusal(p54_draft("2024-08-01")).problems == [
        DraftProblem(
            ("changes", 0, "points", 0, "valid_from"),
            f"overlaps the wording of {LADDERS} p.54 valid from 2024-08-31: "
            "a draft wording starts after every wording of the point",
            "overlap",
            {"act": LADDERS, "point": "54", "date": "2024-08-31"},
        )
    ]


def test_a_draft_starting_the_day_the_wording_in_force_starts_overlaps_it():
    problems = refusal(p54_draft("2024-08-31")).problems
    assert [(p.loc, p.code, p.params["date"]) for p in problems] == [
        (("changes", 0, "points", 0, "valid_from"), "overlap", "2024-08-31")
    ]


def test_a_draft_starting_the_day_after_is_laid_over_it():
    # order-2024-316's wording of p.54 is then in force one day, 31.08.2024, the draft's from 01.09.
    view = parsed(p54_draft("2024-09-01")).book.get(LADDERS)
    assert view.point_version("54", dt.date(2024, 8, 31)).wording_by == "order-2024-316"
    assert view.point_version("54", dt.date(2024, 9, 1)).wording_by == DRAFT


def test_a_draft_dated_before_the_act_overlaps_the_points_first_wording():
    # The first wording of p.54 has no date of its own: it counts from the act's entry into force,
    # 31.12.2017, which a draft of 01.06.2017 precedes.
    assert [p.params for p in refusal(p54_draft("2017-06-01")).problems] == [
        {"act": LADDERS, "point": "54", "date": "2017-12-31"}
    ]


def test_every_overlapping_point_is_named_after_an_inserted_one():
    # 01.08.2024: p.99 is new (nothing to overlap), p.54 and p.57 both overlap their wordings of
    # 31.08.2024; p.57's requirement is not restated either.
    draft = p54_draft("2024-08-01")
    change = draft["changes"][0]
    change["points"] = [wording("99"), change["points"][0], wording("57")]
    problems = refusal(draft).problems
    assert [(p.loc, p.code, p.params) for p in problems] == [
        (
            ("changes", 0, "points", 1, "valid_from"),
            "overlap",
            {"act": LADDERS, "point": "54", "date": "2024-08-31"},
        ),
        (
            ("changes", 0, "points", 2, "valid_from"),
            "overlap",
            {"act": LADDERS, "point": "57", "date": "2024-08-31"},
        ),
        (("changes", 0, "requirements"), "requirement_not_restated", {"point": "57"}),
    ]


def test_a_point_the_draft_inserts_has_one_wording_from_the_entry_into_force():
    law = loader.default()
    checked = parsed(draft_of({"act": LADDERS, "points": [wording("99")]}))
    view = checked.book.get(LADDERS)
    assert view.point_version("99", dt.date(2027, 2, 28)) is None
    inserted = view.point_version("99", ENTRY)
    assert (inserted.wording_by, inserted.valid_from, inserted.valid_to) == (DRAFT, ENTRY, None)
    assert inserted.text.en == "99. The draft's text."
    assert [v.valid_from for v in view.points_by_id["99"].versions] == [ENTRY]
    # No requirement rests on a point that did not exist; the law in force has no p.99.
    assert "99" not in law.get(LADDERS).points_by_id
    assert checked.book.source_dir == law.source_dir


def test_a_wording_to_end_on_the_drafts_first_day_ends_the_day_before():
    # order-2015-407 p.1 as worded by order-2017-2 is in force 27.03.2017-11.04.2021; a draft of
    # p.1 from 11.04.2021 takes that last day: the wording of order-2017-2 ends on 10.04.2021.
    checked = parsed(draft_of({"act": "order-2015-407", "points": [wording("1")]}, entry="2021-04-11"))
    view = checked.book.get("order-2015-407")
    assert [(v.wording_by, v.valid_from, v.valid_to) for v in view.points_by_id["1"].versions] == [
        (None, None, dt.date(2017, 3, 26)),
        ("order-2017-2", dt.date(2017, 3, 27), dt.date(2021, 4, 10)),
        (DRAFT, dt.date(2021, 4, 11), None),
    ]


# --- the requirements -----------------------------------------------------------------------------


def test_a_requirement_of_a_point_not_reworded_is_refused():
    # Requirement 57 as in force (citing order-2024-316's wording of p.57) given beside p.54's:
    # p.57 has no new wording in the draft.
    draft = p54_draft()
    draft["changes"][0]["requirements"].append(in_force_requirement("57"))
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "requirements", 1, "id"),
            "requirement 57 rests on p.57: give its new wording in points",
            "requirement_without_wording",
            {"point": "57"},
        )
    ]


def test_a_reworded_point_whose_requirement_is_not_restated_is_refused():
    draft = p54_draft()
    draft["changes"][0]["requirements"] = []
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "requirements"),
            "p.54 is re-worded but its requirement is not given: restate it with the new values",
            "requirement_not_restated",
            {"point": "54"},
        )
    ]


def test_a_requirement_given_twice_is_refused_by_the_law_check_at_the_acts_entry():
    draft = p54_draft()
    requirements = draft["changes"][0]["requirements"]
    requirements.append(requirements[0])
    problem = f"{LADDERS}: requirement 54 ({DRAFT}) appears 2 times"
    assert refusal(draft).problems == [law_check(("changes", 0), problem)]


# --- the attestation parameters -------------------------------------------------------------------


def test_the_old_wording_of_a_reworded_point_is_refused_at_the_citation():
    # The manager's threshold (index 2) still cites p.17 sub-point 3 as worded by order-2025-271;
    # the first threshold's citation of another act (order-2017-360 p.54) is not the draft's concern.
    draft = p17_draft()
    thresholds = draft["changes"][0]["attestation"]["thresholds"]
    thresholds[0]["source"] = {"act": LADDERS, "point": "54", "wording_by": "order-2024-316"}
    thresholds[2]["source"]["wording_by"] = "order-2025-271"
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "attestation", "thresholds", 2, "source"),
            f"cites p.17, which the draft re-words: wording_by must be {DRAFT}",
            "cites_replaced_wording",
            {"point": "17", "draft": DRAFT},
        )
    ]


def test_a_wording_by_the_draft_of_a_point_it_does_not_reword_is_refused():
    draft = p17_draft()
    draft["changes"][0]["attestation"]["thresholds"][0]["source"] = {
        "act": ATTESTATION,
        "point": "7",
        "wording_by": DRAFT,
    }
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "attestation", "thresholds", 0, "source"),
            f"cites a wording of p.7 by {DRAFT}, but the draft gives none",
            "cites_missing_wording",
            {"point": "7", "draft": DRAFT},
        )
    ]


def test_each_key_left_as_it_is_that_rests_on_a_reworded_point_is_refused_once():
    # p.21 (the appeal's term) and p.27 (the categories and the outcomes) re-worded as well, only
    # the thresholds given: the categories (27.1), the appeal (21) and the outcomes (27.1, 27.2,
    # 27.3 — one problem for the key) still rest on order-2025-271's wordings.
    draft = p17_draft()
    draft["changes"][0]["points"] += [wording("21"), wording("27")]
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "attestation", key),
            f"{key} rests on p.{point}, which the draft re-words: give {key} anew",
            "attestation_not_restated",
            {"key": key, "point": point},
        )
        for key, point in (("categories", "27"), ("appeal", "21"), ("outcomes", "27"))
    ]


def test_attestation_parameters_of_an_act_without_them_are_refused():
    draft = p54_draft()
    draft["changes"][0]["attestation"] = {"appeal": in_force_attestation("appeal")}
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "attestation"),
            f"{LADDERS} has no attestation parameters to change",
            "no_attestation",
            {"act": LADDERS},
        )
    ]


def test_a_point_no_parameter_rests_on_reworded_leaves_the_parameters_alone():
    # p.8 (what attestation comprises) is cited by no attestation key: the draft need not give any.
    law = loader.default()
    checked = parsed(draft_of({"act": ATTESTATION, "points": [wording("8")]}))
    assert checked.book.get(ATTESTATION).point_version("8", ENTRY).text.en == "8. The draft's text."
    assert checked.book.get(ATTESTATION).act.attestation is law.get(ATTESTATION).act.attestation
    assert parameters_in_force(checked.book, ENTRY) is parameters_in_force(law, ENTRY)


# --- what the whole-lawbook check finds, at the nearest path ---------------------------------------


def test_a_bad_citation_in_the_drafts_own_amendments_is_refused_at_its_path():
    # The draft gives its amendments itself, citing its p.9, which it does not have (its one point
    # is p.1, its title).
    draft = p54_draft()
    draft["amends"] = [LADDERS]
    draft["amendments"] = [
        {"target": LADDERS, "action": "replace", "points": ["54"], "source": {"act": DRAFT, "point": "9"}}
    ]
    problem = f"{DRAFT}: amendments[0].source: cites point '9' that {DRAFT} does not have"
    assert refusal(draft).problems == [law_check(("amendments", 0, "source"), problem)]


def test_a_problem_of_the_draft_as_a_whole_has_the_empty_path():
    # It says it amends order-2024-422 but changes only order-2017-360.
    draft = p54_draft()
    draft["amends"] = [LADDERS, ATTESTATION]
    problem = f"{DRAFT}: amends {ATTESTATION} but lists no amendment of it"
    assert refusal(draft).problems == [law_check((), problem)]


# --- the schema -----------------------------------------------------------------------------------


def schema(loc: tuple, kind: str, msg: str) -> DraftProblem:
    """A problem of the schema, in pydantic's words (``kind`` its error type)."""
    return DraftProblem(loc, msg, "schema", {"type": kind, "msg": msg})


def schema_refusal(draft: dict) -> list[DraftProblem]:
    with pytest.raises(drafts.DraftInvalid) as refused:
        drafts.validate(draft)
    return refused.value.problems


def test_an_unknown_key_is_refused_at_its_path():
    draft = draft_of({"act": LADDERS, "points": [wording("99")], "colour": "red"})
    assert schema_refusal(draft) == [
        schema(("changes", 0, "colour"), "extra_forbidden", "Extra inputs are not permitted")
    ]


def test_an_id_that_is_not_text_is_refused_alone():
    # The draft's wordings are by its id only when the id is text: none is filled in here, so
    # the one problem is the id's.
    draft = draft_of({"act": LADDERS, "points": [wording("99")]})
    draft["id"] = 5
    assert schema_refusal(draft) == [schema(("id",), "string_type", "Input should be a valid string")]


def test_changes_that_are_not_a_list_are_refused_as_such():
    draft = draft_of()
    draft["changes"] = {"act": LADDERS, "points": [wording("99")]}
    assert schema_refusal(draft) == [schema(("changes",), "list_type", "Input should be a valid list")]


def test_a_change_that_is_not_a_mapping_is_refused_at_its_index():
    draft = draft_of(LADDERS)
    assert schema_refusal(draft) == [
        schema(("changes", 0), "model_type", "Input should be a valid dictionary or instance of DraftChange")
    ]


def test_a_point_that_is_not_a_mapping_is_refused_at_its_index():
    draft = draft_of({"act": LADDERS, "points": ["54"]})
    assert schema_refusal(draft) == [
        schema(
            ("changes", 0, "points", 0),
            "model_type",
            "Input should be a valid dictionary or instance of DraftPoint",
        )
    ]


# --- the draft's id and acts ----------------------------------------------------------------------


def test_the_id_of_an_act_in_force_is_refused_twice_over():
    # order-2017-360 neither begins with draft- nor is free.
    draft = draft_of({"act": LADDERS, "points": [wording("99")]}, id=LADDERS)
    assert refusal(draft).problems == [
        DraftProblem(
            ("id",), "a draft's id begins with draft- (e.g. draft-2027-1)", "draft_id", {"prefix": "draft-"}
        ),
        DraftProblem(
            ("id",),
            f"{LADDERS} is an act of the law in force: give the draft an id of its own",
            "id_taken",
            {"id": LADDERS},
        ),
    ]


def test_every_entry_of_changes_is_checked_past_an_unknown_or_repeated_act():
    # 0: an act we do not hold; 1: p.54 with a wording by another act; 2: order-2017-360 again;
    # 3: another act we do not hold. Each is named at its own index.
    p54 = p54_draft()["changes"][0]
    p54["points"][0]["wording_by"] = "order-2024-316"
    draft = draft_of({"act": "order-2099-1"}, p54, {"act": LADDERS}, {"act": "order-2099-2"})
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "act"),
            "order-2099-1 is not an act in our law",
            "unknown_act",
            {"act": "order-2099-1"},
        ),
        DraftProblem(
            ("changes", 1, "points", 0, "wording_by"),
            f"a wording of this draft is by {DRAFT}",
            "wording_by",
            {"draft": DRAFT},
        ),
        DraftProblem(
            ("changes", 2, "act"),
            f"{LADDERS} is amended in an earlier entry: give all its changes in one",
            "act_twice",
            {"act": LADDERS},
        ),
        DraftProblem(
            ("changes", 3, "act"),
            "order-2099-2 is not an act in our law",
            "unknown_act",
            {"act": "order-2099-2"},
        ),
    ]


# --- the citations, checked against the overlaid lawbook -------------------------------------------


def test_a_citation_of_a_subpoint_the_wording_lacks_is_refused_at_the_citation():
    # The draft's p.54 has the sub-points high and medium; the first step of the first ladder
    # cites a sub-point "low".
    draft = p54_draft()
    draft["changes"][0]["requirements"][0]["ladders"][0]["steps"][0]["source"]["subpoint"] = "low"
    problem = f"{LADDERS} p.54 has no sub-point 'low'"
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "requirements", 0, "ladders", 0, "steps", 0, "source"),
            problem,
            "dangling_citation",
            {"problem": problem},
        )
    ]


def test_the_checked_draft_is_the_draft_read():
    checked = parsed(p54_draft())
    assert checked.id == DRAFT
    assert checked.draft.title.en == "Draft"
    assert checked.changed_points() == [(LADDERS, "54")]
    assert checked.effective_from == ENTRY


def test_what_the_law_in_force_already_lacks_is_not_the_drafts():
    # A lawbook in which order-2024-316 no longer says it amends order-2017-360: its wordings of
    # p.9 … p.69 are then refused by the law check, in that lawbook and in the draft's alike, and
    # the draft brings nothing new.
    law = loader.default()
    acts = [
        v.act.model_copy(update={"amends": []}) if v.id == "order-2024-316" else v.act for v in law.ordered()
    ]
    broken = loader.build(acts, law.source_dir)
    known = f"{LADDERS} p.54: order-2024-316 does not declare that it amends {LADDERS}"
    assert known in checks.check(broken)
    checked = drafts.parse(yaml.safe_dump(p54_draft(), allow_unicode=True), broken)
    assert checked.book.get(LADDERS).point_version("54", ENTRY).wording_by == DRAFT


def test_a_reworded_point_the_parameters_rest_on_is_refused_when_no_key_is_given_at_all():
    # p.17 (the thresholds) re-worded and no `attestation` key: the thresholds in force rest on
    # order-2025-271's wording of p.17, which the draft replaces, so under the draft no wording would
    # carry them (the rules would find a gap). The draft must give them anew.
    draft = p17_draft()
    del draft["changes"][0]["attestation"]
    assert refusal(draft).problems == [
        DraftProblem(
            ("changes", 0, "attestation", "thresholds"),
            "thresholds rests on p.17, which the draft re-words: give thresholds anew",
            "attestation_not_restated",
            {"key": "thresholds", "point": "17"},
        )
    ]


def test_a_text_repeating_its_sub_point_is_refused_at_the_point():
    # p.54's kk lead-in with the text of its sub-point "high" appended: the law check says so of
    # the wording the draft adds (order-2017-360's versions of p.54: the original, order-2024-316's,
    # then the draft's, number 2), and the problem points at the draft's point.
    draft = p54_draft()
    point = draft["changes"][0]["points"][0]
    point["text"]["kk"] += " " + point["subpoints"][0]["text"]["kk"]
    problem = "order-2017-360 p.54 version 2 (kk): the text repeats sub-point(s) high; keep only the lead-in"
    assert refusal(draft).problems == [law_check(("changes", 0, "points", 0), problem)]
