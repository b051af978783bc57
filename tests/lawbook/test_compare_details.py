"""The law between two dates, in detail (issue 11): the word diff segment by segment, the points a
book alone holds, a sub-point dropped or added, a table row, an item named twice and a part of a
cited model that another point states. Each draft below is built by hand from law/acts/*.yaml in
the way tests/lawbook/overlays.py builds its own: the point's last version ended on the eve, a
draft version from ``DRAFT_FROM``, the typed values resting on it restated cited to the draft."""

import datetime as dt

from biliktilik.lawbook import loader
from biliktilik.lawbook.compare import Segment, Side, ValueChange, compare_act, word_diff

from .overlays import DRAFT, DRAFT_EVE, DRAFT_FROM

DAY_BEFORE_316 = dt.date(2024, 8, 30)  # order-2017-360's original wordings' last day
FIRST_DAY_OF_316 = dt.date(2024, 8, 31)


def _cite_draft(model, **update):
    return model.model_copy(
        update={"source": model.source.model_copy(update={"wording_by": DRAFT}), **update}
    )


def _redrafted(point, **update):
    current = point.versions[-1]
    ended = current.model_copy(update={"valid_to": DRAFT_EVE})
    draft = current.model_copy(update={"wording_by": DRAFT, "valid_from": DRAFT_FROM, **update})
    return point.model_copy(update={"versions": [*point.versions[:-1], ended, draft]})


def _replaced(text, old: str, new: str, languages=("kk",)):
    assert all(old in getattr(text, lang) for lang in languages)
    return text.model_copy(update={lang: getattr(text, lang).replace(old, new) for lang in languages})


def _book(lawbook, act, **update):
    changed = act.model_copy(update=update)
    return loader.build([changed if v.id == act.id else v.act for v in lawbook.ordered()], lawbook.source_dir)


def _without_act(lawbook, act_id: str):
    return loader.build([v.act for v in lawbook.ordered() if v.id != act_id], lawbook.source_dir)


def _ladder_cited_to_draft(ladder, steps=None):
    steps = ladder.steps if steps is None else steps
    return ladder.model_copy(
        update={"education": _cite_draft(ladder.education), "steps": [_cite_draft(s) for s in steps]}
    )


# --- the words ---


def test_an_inserted_word_leaves_the_other_side_one_run_of_equal_words():
    left, right = word_diff("кемінде 3 жыл", "кемінде 3 толық жыл")
    # opcodes: equal "кемінде 3", insert "толық", equal "жыл": the left's two equal runs are one
    assert left == (Segment("equal", "кемінде 3 жыл"),)
    assert right == (Segment("equal", "кемінде 3 "), Segment("insert", "толық "), Segment("equal", "жыл"))


def test_a_deleted_word_leaves_the_other_side_one_run_of_equal_words():
    left, right = word_diff("кемінде 3 толық жыл", "кемінде 3 жыл")
    assert left == (Segment("equal", "кемінде 3 "), Segment("delete", "толық "), Segment("equal", "жыл"))
    assert right == (Segment("equal", "кемінде 3 жыл"),)


def test_words_replaced_together_are_one_segment_with_their_spacing():
    left, right = word_diff("кемінде 3 жыл жұмыс өтілі", "кемінде 36 ай жұмыс өтілі")
    assert left == (
        Segment("equal", "кемінде "),
        Segment("delete", "3 жыл "),
        Segment("equal", "жұмыс өтілі"),
    )
    assert right == (
        Segment("equal", "кемінде "),
        Segment("insert", "36 ай "),
        Segment("equal", "жұмыс өтілі"),
    )


def test_a_first_word_changed_starts_each_side():
    assert word_diff("3 жыл", "4 жыл") == (
        (Segment("delete", "3 "), Segment("equal", "жыл")),
        (Segment("insert", "4 "), Segment("equal", "жыл")),
    )


def test_the_segments_of_a_side_put_together_are_its_text_leading_spacing_too():
    before, after = "\n  кемінде 3 жыл", "\t4 жыл"
    left, right = word_diff(before, after)
    # before: lead "\n  ", words "кемінде 3 жыл"; after: lead "\t", words "4 жыл"; "жыл" matches
    assert left == (Segment("equal", "\n  "), Segment("delete", "кемінде 3 "), Segment("equal", "жыл"))
    assert right == (Segment("equal", "\t"), Segment("insert", "4 "), Segment("equal", "жыл"))
    assert "".join(s.text for s in left) == before and "".join(s.text for s in right) == after


def test_a_text_set_against_none_is_wholly_inserted_or_deleted():
    assert word_diff(None, "кемінде 4 жыл") == ((), (Segment("insert", "кемінде 4 жыл"),))
    assert word_diff("кемінде 4 жыл", None) == ((Segment("delete", "кемінде 4 жыл"),), ())
    assert word_diff("", None) == ((), ())


def test_in_a_long_point_a_frequent_word_between_two_changed_ones_stays_equal(lawbook):
    # Order-2017-360 p.12-1 (kk): 303 words, "және" 15 times. A draft "сапалы және уақтылы" →
    # "толық және жедел": only the two words around "және" differ (difflib's autojunk would treat
    # a word seen more than 303 // 100 + 1 = 4 times as junk and mark "және" too).
    text = lawbook.get("order-2017-360").points_by_id["12-1"].versions[-1].text.kk
    assert text.count("сапалы және уақтылы") == 1
    left, right = word_diff(text, text.replace("сапалы және уақтылы", "толық және жедел"))
    assert [s for s in left if s.op != "equal"] == [
        Segment("delete", "сапалы "),
        Segment("delete", "уақтылы "),
    ]
    assert [s for s in right if s.op != "equal"] == [Segment("insert", "толық "), Segment("insert", "жедел ")]
    equal = [s.text for s in left if s.op == "equal"]
    assert equal[1] == "және "  # the run between the two deletions


# --- the dates and the points worded on them ---


def test_on_the_eve_of_order_2024_316_its_inserted_points_are_left_out(lawbook):
    found = compare_act("order-2017-360", (lawbook, DAY_BEFORE_316), (lawbook, DAY_BEFORE_316))
    assert (found.act_id, found.before_on, found.after_on) == (
        "order-2017-360",
        DAY_BEFORE_316,
        DAY_BEFORE_316,
    )
    # 12-1, 12-2 and 12-3 are worded from 31.08.2024 only; the points after them are still there
    assert [p.point for p in found.points] == ["9", "12", "15", "18", "54", "57", "60", "69"]
    assert found.changed == ()
    assert {(p.before.on, p.after.on) for p in found.points} == {(DAY_BEFORE_316, DAY_BEFORE_316)}


def test_a_point_not_yet_worded_has_a_side_of_its_date_with_nothing_on_it(lawbook):
    found = compare_act("order-2017-360", (lawbook, DAY_BEFORE_316), (lawbook, FIRST_DAY_OF_316))
    (p121,) = [p for p in found.points if p.point == "12-1"]
    assert p121.before == Side(on=DAY_BEFORE_316, version=None, valid_from=None, valid_to=None)
    assert p121.after.on == FIRST_DAY_OF_316
    assert (found.before_on, found.after_on) == (DAY_BEFORE_316, FIRST_DAY_OF_316)


def test_an_act_only_one_book_holds_has_every_point_added_or_removed(lawbook):
    # order-2024-316: points 1-4, each with one wording from 31.08.2024
    without = _without_act(lawbook, "order-2024-316")
    added = compare_act("order-2024-316", (without, FIRST_DAY_OF_316), (lawbook, FIRST_DAY_OF_316))
    assert [(p.point, p.status) for p in added.points] == [(n, "added") for n in ("1", "2", "3", "4")]
    assert all(p.after.wording_by is None and p.after.valid_from == FIRST_DAY_OF_316 for p in added.points)
    removed = compare_act("order-2024-316", (lawbook, FIRST_DAY_OF_316), (without, FIRST_DAY_OF_316))
    assert [(p.point, p.status) for p in removed.points] == [(n, "removed") for n in ("1", "2", "3", "4")]
    assert all(p.after.version is None and not p.diffed for p in removed.points)


# --- drafts of order-2017-360 ---


def _draft_of_point_9(lawbook):
    """P.9 by the draft: the second branch of experience (management posts in business or the
    quasi-public sector) needs 3 years, not 2 ("басшылық лауазымдарда кемінде 2 жыл" → "3 жыл")."""
    act = lawbook.get("order-2017-360").act
    points = [
        _redrafted(p, text=_replaced(p.versions[-1].text, "кемінде 2 жыл", "кемінде 3 жыл"))
        if p.point == "9"
        else p
        for p in act.points
    ]
    in_force = next(r for r in act.requirements if r.id == "9")
    restated = _cite_draft(
        in_force,
        education_any_of=[_cite_draft(e) for e in in_force.education_any_of],
        experience_any_of=[
            _cite_draft(x, years=3 if x.management else x.years) for x in in_force.experience_any_of
        ],
    )
    return _book(lawbook, act, points=points, requirements=[*act.requirements, restated])


def test_an_option_of_a_list_without_names_is_named_by_its_place_from_one(lawbook):
    found = compare_act("order-2017-360", (lawbook, DRAFT_EVE), (_draft_of_point_9(lawbook), DRAFT_FROM))
    (p9,) = found.changed
    assert p9.point == "9"
    # experience_any_of: [3 years in the four systems, 2 years of management]: the second branch
    assert p9.values == (
        ValueChange(
            path=("requirements[9]", "experience_any_of[2]", "years"),
            label="requirement 9 · experience branch 2 · years",
            before=2,
            after=3,
        ),
    )
    (lead,) = p9.texts["kk"]
    assert [s for s in lead.before_segments if s.op != "equal"] == [Segment("delete", "2 ")]
    assert [s for s in lead.after_segments if s.op != "equal"] == [Segment("insert", "3 ")]


def test_a_point_restated_word_for_word_by_a_draft_is_a_new_wording_with_nothing_marked(lawbook):
    act = lawbook.get("order-2017-360").act
    in_force = next(r for r in act.requirements if r.id == "12")
    restated = _cite_draft(
        in_force,
        education_any_of=[_cite_draft(e) for e in in_force.education_any_of],
        experience_any_of=[_cite_draft(x) for x in in_force.experience_any_of],
    )
    draft_book = _book(
        lawbook,
        act,
        points=[_redrafted(p) if p.point == "12" else p for p in act.points],
        requirements=[*act.requirements, restated],
    )
    found = compare_act("order-2017-360", (lawbook, DRAFT_EVE), (draft_book, DRAFT_FROM))
    (p12,) = found.changed
    assert (p12.point, p12.status) == ("12", "reworded")
    assert (p12.before.wording_by, p12.after.wording_by) == ("order-2024-316", DRAFT)
    assert p12.diffed and not any(pair.changed for pairs in p12.texts.values() for pair in pairs)
    assert p12.values == ()


def _draft_without_medium(lawbook):
    """P.54 by the draft: the medium level (sub-point "medium") dropped, requirement 54 restated
    with the high ladder alone."""
    act = lawbook.get("order-2017-360").act
    points = [
        _redrafted(p, subpoints=[s for s in p.versions[-1].subpoints if s.subpoint != "medium"])
        if p.point == "54"
        else p
        for p in act.points
    ]
    in_force = next(r for r in act.requirements if r.id == "54")
    high = [
        _ladder_cited_to_draft(ladder) for ladder in in_force.ladders if ladder.qualification_level == "high"
    ]
    return _book(
        lawbook, act, points=points, requirements=[*act.requirements, _cite_draft(in_force, ladders=high)]
    )


def test_a_sub_point_the_draft_drops_is_deleted_whole_and_its_values_set_against_none(lawbook):
    medium_kk = lawbook.get("order-2017-360").points_by_id["54"].versions[-1].subpoints[1].text.kk
    found = compare_act("order-2017-360", (lawbook, DRAFT_EVE), (_draft_without_medium(lawbook), DRAFT_FROM))
    (p54,) = found.changed
    kk = p54.texts["kk"]
    assert [pair.part for pair in kk] == [None, "high", "medium"]  # the after order, then the dropped one
    medium = kk[2]
    assert (medium.before, medium.after) == (medium_kk, None)
    assert medium.before_segments == (Segment("delete", medium_kk),) and medium.after_segments == ()
    assert not kk[0].changed and not kk[1].changed
    # law/acts/order-2017-360.yaml, requirement 54, ladder medium: education [tvet], sectors
    # [employment, social_protection], steps higher 3 as first, first 2 as second, second 1 as
    # none, none 0 (education.fields null and the none step's as_category null equal None: not listed)
    ladder = "requirement 54 · ladder medium"
    assert [(v.label, v.before, v.after) for v in p54.values] == [
        (f"{ladder} · qualification level", "medium", None),
        (f"{ladder} · education · levels", ["tvet"], None),
        (f"{ladder} · sectors", ["employment", "social_protection"], None),
        (f"{ladder} · higher category · category", "higher", None),
        (f"{ladder} · higher category · years", 3, None),
        (f"{ladder} · higher category · as category", "first", None),
        (f"{ladder} · first category · category", "first", None),
        (f"{ladder} · first category · years", 2, None),
        (f"{ladder} · first category · as category", "second", None),
        (f"{ladder} · second category · category", "second", None),
        (f"{ladder} · second category · years", 1, None),
        (f"{ladder} · second category · as category", "none", None),
        (f"{ladder} · none category · category", "none", None),
        (f"{ladder} · none category · years", 0, None),
    ]


def test_a_sub_point_only_the_later_side_has_is_inserted_whole(lawbook):
    medium_ru = lawbook.get("order-2017-360").points_by_id["54"].versions[-1].subpoints[1].text.ru
    found = compare_act("order-2017-360", (_draft_without_medium(lawbook), DRAFT_FROM), (lawbook, DRAFT_EVE))
    (p54,) = found.changed
    ru = {pair.part: pair for pair in p54.texts["ru"]}
    assert (ru["medium"].before, ru["medium"].after) == (None, medium_ru)
    assert ru["medium"].before_segments == () and ru["medium"].after_segments == (
        Segment("insert", medium_ru),
    )
    assert len(p54.values) == 14 and all(v.before is None for v in p54.values)


def test_a_second_route_to_one_category_is_its_own_step_not_a_change_of_the_first(lawbook):
    # P.54 by the draft: the first category of the high level also with 4 years as a specialist
    # without category, after the 2 years as second category; the ladder's steps are then higher,
    # first, first, second, none: the second "first" is "first#2"
    act = lawbook.get("order-2017-360").act
    old = "екінші санаттағы біліктілігі жоғары деңгейдегі маман лауазымында кемінде 2 жыл;"
    new = old[:-1] + " немесе санаты жоқ біліктілігі жоғары деңгейдегі маман лауазымында кемінде 4 жыл;"
    points = []
    for p in act.points:
        if p.point == "54":
            subs = [
                s.model_copy(update={"text": _replaced(s.text, old, new)}) if s.subpoint == "high" else s
                for s in p.versions[-1].subpoints
            ]
            p = _redrafted(p, subpoints=subs)
        points.append(p)
    in_force = next(r for r in act.requirements if r.id == "54")
    ladders = []
    for ladder in in_force.ladders:
        steps = list(ladder.steps)
        if ladder.qualification_level == "high":
            first = next(s for s in steps if s.category == "first")
            steps.insert(steps.index(first) + 1, first.model_copy(update={"years": 4, "as_category": "none"}))
        ladders.append(_ladder_cited_to_draft(ladder, steps))
    draft_book = _book(
        lawbook, act, points=points, requirements=[*act.requirements, _cite_draft(in_force, ladders=ladders)]
    )
    found = compare_act("order-2017-360", (lawbook, DRAFT_EVE), (draft_book, DRAFT_FROM))
    (p54,) = found.changed
    step = ("requirements[54]", "ladders[high]", "steps[first#2]")
    assert [(v.path, v.label, v.before, v.after) for v in p54.values] == [
        ((*step, "category"), "requirement 54 · ladder high · first#2 category · category", None, "first"),
        ((*step, "years"), "requirement 54 · ladder high · first#2 category · years", None, 4),
        (
            (*step, "as_category"),
            "requirement 54 · ladder high · first#2 category · as category",
            None,
            "none",
        ),
    ]


# --- a table row: order-2024-422 Appendix 1-2 ---

ROW_1_KK = (  # sub-point 1's text, then its five cells, as law/acts/order-2024-422.yaml gives them
    "1. Критерий: Тестілеу.\nКөрсеткіштер: максималды деңгей – 100%.\nБалдар: ең көп балл саны – 80.\n"
    "Сараптама комиссиясының балдары: автоматты түрде қойылады."
    "\n1\nТестілеу.\nмаксималды деңгей – 100%.\nең көп балл саны – 80.\nавтоматты түрде қойылады."
)
ROW_1_RU = (
    "1. Критерий: Тестирование.\nПоказатели: максимальный уровень – 100%.\n"
    "Баллы: наибольшее количество баллов – 80.\nБаллы экспертной комиссии: выставляются автоматически."
    "\n1\nТестирование.\nмаксимальный уровень – 100%.\nнаибольшее количество баллов – 80.\n"
    "выставляются автоматически."
)


def _draft_of_appendix_1_2(lawbook):
    """Appendix 1-2 by the draft: at most 70 points for the test, not 80 (row 1: its text and its
    "Балдар" cell, in every language); the activity assessment's values cited to it restated."""
    act = lawbook.get("order-2024-422").act
    langs = ("kk", "ru", "en")
    points = []
    for p in act.points:
        if p.point == "appendix-1-2":
            subs = []
            for s in p.versions[-1].subpoints:
                if s.subpoint == "1":
                    cells = [
                        c.model_copy(update={"text": _replaced(c.text, "80", "70", langs)})
                        if "80" in c.text.kk
                        else c
                        for c in s.cells
                    ]
                    s = s.model_copy(update={"text": _replaced(s.text, "80", "70", langs), "cells": cells})
                subs.append(s)
            p = _redrafted(p, subpoints=subs)
        points.append(p)
    assessment = act.attestation.activity_assessment
    restated = assessment.model_copy(
        update={
            "test_max_points": _cite_draft(assessment.test_max_points, value=70),
            "rating": [_cite_draft(b) for b in assessment.rating],
            "violations": [_cite_draft(b) for b in assessment.violations],
        }
    )
    return _book(
        lawbook,
        act,
        points=points,
        attestation=act.attestation.model_copy(update={"activity_assessment": restated}),
    )


def test_a_table_row_is_diffed_with_its_cells_after_its_text(lawbook):
    found = compare_act("order-2024-422", (lawbook, DRAFT_EVE), (_draft_of_appendix_1_2(lawbook), DRAFT_FROM))
    (app,) = found.changed
    assert app.point == "appendix-1-2"
    for lang, row in (("kk", ROW_1_KK), ("ru", ROW_1_RU)):
        pairs = {pair.part: pair for pair in app.texts[lang]}
        assert list(pairs) == [None, "1", "2", "3"]
        assert pairs["1"].before == row
        assert pairs["1"].after == row.replace("80", "70")
        # "80." twice: in the "Балдар"/"Баллы" line of the text and in the cell
        assert [s for s in pairs["1"].before_segments if s.op != "equal"] == [Segment("delete", "80.\n")] * 2
        assert [s for s in pairs["1"].after_segments if s.op != "equal"] == [Segment("insert", "70.\n")] * 2
        assert not pairs[None].changed and not pairs["2"].changed and not pairs["3"].changed
    assert app.values == (
        ValueChange(
            path=("attestation", "activity_assessment", "test_max_points", "value"),
            label="attestation · activity assessment · test max points · value",
            before=80,
            after=70,
        ),
    )


# --- order-2019-715: the standard, its cards as points of their own ---

STANDARD_KK = "Зейнетақы, жәрдемақы және әлеуметтік төлемдер төлеуді ұйымдастыру"
STANDARD_RU = "Организация выплаты пенсий, пособий и социальных выплат"
STANDARD_EN = "Organization of payment of pensions, benefits and social payments"


def _draft_of_the_standard(lawbook):
    """Order-2019-715 by the draft: the standard renamed "… ұйымдастыру және бақылау" (kk, point
    standard-title); card 1's doubled competency "табандылық және табандылық" (the act's note)
    made "табандылық және ұқыптылық" (kk, sub-point competencies); card 4, which repeats card 2
    (the act's note), dropped: point card-4 and the card are not in the draft book."""
    act = lawbook.get("order-2019-715").act
    doubled, fixed = "табандылық және табандылық", "табандылық және ұқыптылық"
    points = []
    for p in act.points:
        if p.point == "card-4":
            continue
        if p.point == "standard-title":
            p = _redrafted(
                p, text=_replaced(p.versions[-1].text, "ұйымдастыру»", "ұйымдастыру және бақылау»")
            )
        if p.point == "card-1":
            subs = [
                s.model_copy(update={"text": _replaced(s.text, doubled, fixed)})
                if s.subpoint == "competencies"
                else s
                for s in p.versions[-1].subpoints
            ]
            p = _redrafted(p, subpoints=subs)
        points.append(p)
    cards = []
    for card in act.standard.cards:
        if card.id == "card-1":
            competencies = [
                c.model_copy(update={"kk": fixed}) if c.kk == doubled else c
                for c in card.personal_competencies
            ]
            card = _cite_draft(card, personal_competencies=competencies)
        if card.id != "card-4":
            cards.append(card)
    title = act.standard.title.model_copy(update={"kk": STANDARD_KK + " және бақылау"})
    return _book(lawbook, act, points=points, standard=_cite_draft(act.standard, title=title, cards=cards))


def test_a_point_only_the_earlier_book_has_is_removed_and_comes_last(lawbook):
    found = compare_act("order-2019-715", (lawbook, DRAFT_EVE), (_draft_of_the_standard(lawbook), DRAFT_FROM))
    assert [(p.point, p.status) for p in found.changed] == [
        ("standard-title", "reworded"),
        ("card-1", "reworded"),
        ("card-4", "removed"),
    ]
    card4 = found.points[-1]  # after standard-19, the draft book's last point
    assert (card4.point, card4.number) == ("card-4", "12")  # card-N is paragraph 8 + N
    assert card4.before.in_force and not card4.after.in_force and not card4.diffed
    assert [(p.point, p.number) for p in found.changed[:2]] == [("standard-title", None), ("card-1", "9")]


def test_a_point_only_the_later_book_has_is_added_in_the_act_order(lawbook):
    found = compare_act("order-2019-715", (_draft_of_the_standard(lawbook), DRAFT_FROM), (lawbook, DRAFT_EVE))
    assert [(p.point, p.status, p.number) for p in found.changed] == [
        ("standard-title", "reworded", None),
        ("card-1", "reworded", "9"),
        ("card-4", "added", "12"),
    ]
    assert [p.point for p in found.points][10:14] == ["card-2", "card-3", "card-4", "standard-13"]


def test_a_part_of_a_cited_model_that_another_point_states_is_that_points_value(lawbook):
    # The standard is cited to standard-title, each card to its own point: the renamed title is
    # standard-title's one value, the fixed competency card-1's, the dropped card nobody's here
    found = compare_act("order-2019-715", (lawbook, DRAFT_EVE), (_draft_of_the_standard(lawbook), DRAFT_FROM))
    title, card1, _ = found.changed
    assert title.values == (
        ValueChange(
            path=("standard", "title"),
            label="standard · title",
            before={"kk": STANDARD_KK, "ru": STANDARD_RU, "en": STANDARD_EN},
            after={"kk": STANDARD_KK + " және бақылау", "ru": STANDARD_RU, "en": STANDARD_EN},
        ),
    )
    # card 1's ninth personal competency (law/acts/order-2019-715.yaml)
    assert card1.values == (
        ValueChange(
            path=("standard", "cards[card-1]", "personal_competencies[9]"),
            label="standard · cards card-1 · personal competencies 9",
            before={
                "kk": "табандылық және табандылық",
                "ru": "настойчивость и настойчивость",
                "en": "persistence and persistence",
            },
            after={
                "kk": "табандылық және ұқыптылық",
                "ru": "настойчивость и настойчивость",
                "en": "persistence and persistence",
            },
        ),
    )
