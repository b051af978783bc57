"""What the law checker tells the person encoding an act, word for word: each kind of problem
in a small broken lawbook (the two acts of test_checks.py altered, or the acts of law/ with one
part broken), and nothing else."""

import copy
import datetime as dt

from biliktilik.lawbook import checks, loader
from biliktilik.lawbook.schema.base import Citation, Term

from .test_checks import AMENDING, BASE, problems_of


def problems_with(lawbook, *changed):
    """The problems of law/ with some of its acts replaced by altered copies (law/ itself has
    none: test_checks.py::test_the_real_law_directory_passes_the_checker)."""
    acts = {view.id: view.act for view in lawbook.ordered()}
    acts.update({act.id: act for act in changed})
    return checks.check(loader.build(list(acts.values()), lawbook.source_dir))


def changed(act, **fields):
    return act.model_copy(update=fields)


# --- validity periods and the acts that give the wordings ---------------------------------------


def test_a_wording_by_an_act_not_in_the_lawbook_is_refused(tmp_path):
    base = copy.deepcopy(BASE)
    base["points"][0]["versions"][1]["wording_by"] = "order-2021-9"
    # and order-2021-2, which says it replaces p.1, now gives it no wording
    assert problems_of(tmp_path, base, AMENDING) == [
        "order-2020-1 p.1: wording by unknown act 'order-2021-9'",
        "order-2021-2: amends order-2020-1 p.1 but no wording of it is by order-2021-2",
    ]


def test_a_wording_by_an_act_that_does_not_say_it_amends_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amends"] = []
    act["amendments"] = []
    assert problems_of(tmp_path, BASE, act) == [
        "order-2020-1 p.1: order-2021-2 does not declare that it amends order-2020-1"
    ]


def test_a_version_after_one_that_never_ends_is_refused(tmp_path):
    base = copy.deepcopy(BASE)
    base["points"][0]["versions"][0]["valid_to"] = None
    assert problems_of(tmp_path, base, AMENDING) == [
        "order-2020-1 p.1: version 1 follows a version that never ends"
    ]


def test_a_later_version_without_a_start_is_refused(tmp_path):
    base = copy.deepcopy(BASE)
    base["points"][0]["versions"][1]["valid_from"] = None
    # order-2021-2 is in force from 2021-03-12 (published 03-01, + 10 days + 1), and the version
    # by it now starts on no day
    assert problems_of(tmp_path, base, AMENDING) == [
        "order-2020-1 p.1: wording by order-2021-2 starts None, but that act is in force from 2021-03-12",
        "order-2020-1 p.1: version 1 has no valid_from",
    ]


# --- amendments ------------------------------------------------------------------------------------


def test_an_act_that_amends_without_listing_the_amendment_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amendments"] = []
    assert problems_of(tmp_path, BASE, act) == [
        "order-2021-2: amends order-2020-1 but lists no amendment of it"
    ]


def test_an_amendment_of_an_act_not_in_amends_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amends"] = []
    # the wording it gives to order-2020-1 p.1 is then also by an act that does not say it amends
    assert problems_of(tmp_path, BASE, act) == [
        "order-2020-1 p.1: order-2021-2 does not declare that it amends order-2020-1",
        "order-2021-2: amendment of order-2020-1 not listed in 'amends'",
    ]


def test_the_amendments_after_one_without_a_target_are_still_checked(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amends"] = ["order-1999-9", "order-2020-1"]
    act["amendments"] = [
        {
            "target": "order-1999-9",
            "action": "replace",
            "points": ["1"],
            "source": {"act": "order-2021-2", "point": "1"},
        },
        {**AMENDING["amendments"][0], "points": ["1", "5"]},
    ]
    assert problems_of(tmp_path, BASE, act) == [
        "order-2021-2: amends unknown act 'order-1999-9'",
        "order-2021-2: amendment without a target ('order-1999-9')",
        "order-2021-2: amends p.5 that order-2020-1 does not have",
    ]


def with_point_2(base):
    """BASE with a p.2 in its original wording until 2021-03-11 (the day before order-2021-2)."""
    base = copy.deepcopy(base)
    base["points"].append(
        {"point": "2", "versions": [{"valid_to": dt.date(2021, 3, 11), "text": {"kk": "Екінші тармақ"}}]}
    )
    return base


def test_a_repeal_gives_the_point_no_new_wording(tmp_path):
    # repealing p.2 ends it: no wording of p.2 is by order-2021-2, and none need be
    act = copy.deepcopy(AMENDING)
    act["amendments"].append({**AMENDING["amendments"][0], "action": "repeal", "points": ["2"]})
    assert problems_of(tmp_path, with_point_2(BASE), act) == []


def test_a_replacement_without_the_new_wording_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amendments"][0]["points"] = ["1", "2"]
    # p.1 has order-2021-2's wording from 2021-03-12; p.2 has only its original one
    assert problems_of(tmp_path, with_point_2(BASE), act) == [
        "order-2021-2: amends order-2020-1 p.2 but no wording of it is by order-2021-2"
    ]


def test_a_repeal_by_an_act_not_in_the_lawbook_is_refused(tmp_path):
    base = copy.deepcopy(BASE)
    base["repealed"] = {"by": "order-2030-1"}
    assert problems_of(tmp_path, base, AMENDING) == ["order-2020-1: repealed by unknown act 'order-2030-1'"]


# --- a lead-in that repeats its sub-points, in each language ------------------------------------


def test_a_lead_in_repeating_its_subpoints_is_refused_in_the_language_it_does_so(tmp_path):
    act = {
        **{k: BASE[k] for k in ("id", "kind", "number", "adopted", "issuer", "title")},
        "points": [
            {
                # no Russian text: the English is still read
                "point": "1",
                "versions": [
                    {
                        "text": {"kk": "Мыналар:", "en": "The following: one; two"},
                        "subpoints": [
                            {"subpoint": "1", "text": {"kk": "бір", "en": "one"}},
                            {"subpoint": "2", "text": {"kk": "екі", "en": "two"}},
                        ],
                    }
                ],
            },
            {
                # sub-point 2 has no Russian text: nothing of it to repeat
                "point": "2",
                "versions": [
                    {
                        "text": {"kk": "Мыналар:", "ru": "Следующее: один"},
                        "subpoints": [
                            {"subpoint": "1", "text": {"kk": "бір", "ru": "один"}},
                            {"subpoint": "2", "text": {"kk": "екі"}},
                        ],
                    }
                ],
            },
        ],
    }
    assert problems_of(tmp_path, act) == [
        "order-2020-1 p.1 version 0 (en): the text repeats sub-point(s) 1, 2; keep only the lead-in",
        "order-2020-1 p.2 version 0 (ru): the text repeats sub-point(s) 1; keep only the lead-in",
    ]


# --- the register of positions (order-2015-1042) ---------------------------------------------------


def test_the_register_counted_against_the_hand_count(lawbook):
    act = lawbook.get("order-2015-1042").act
    register = act.register_of_positions
    hand = dict(register.hand_count)  # law/acts/order-2015-1042.yaml: A1 6, ..., C1 1, D1 38; no C4
    del hand["C1"]  # its one position, C1's, now uncounted by hand
    hand["C4"] = 1  # a position counted where the register has none
    positions = [*register.positions, register.positions[0]]  # A1.1.01 twice: A1 holds 6 + 1
    broken = changed(act, register_of_positions=changed(register, positions=positions, hand_count=hand))
    assert problems_with(lawbook, broken) == [
        "order-2015-1042: position id A1.1.01 appears 2 times",
        "order-2015-1042: link A1 holds 7 positions, the hand count says 6",
        "order-2015-1042: link C1 holds 1 positions, the hand count says 0",
        "order-2015-1042: link C4 holds 0 positions, the hand count says 1",
    ]


def test_a_hand_count_of_zero_for_an_empty_link_agrees(lawbook):
    act = lawbook.get("order-2015-1042").act
    register = act.register_of_positions
    hand = {**register.hand_count, "C4": 0}  # no position of the register is in C4
    broken = changed(act, register_of_positions=changed(register, hand_count=hand))
    assert problems_with(lawbook, broken) == []


# --- the state services (order-2015-407) -----------------------------------------------------------


def test_procedures_and_facts_of_the_services_are_checked(lawbook):
    act = lawbook.get("order-2015-407").act
    services = act.services
    procedures = {p.id: p for p in services.procedures}
    reissue = procedures["foreigner-certificate/reissue"]  # steps 1, 2, 3
    steps = [*reissue.steps[:2], changed(reissue.steps[2], number=4)]  # 1, 2, 4
    duplicate = procedures["foreigner-certificate/duplicate"]  # one step, by the service provider
    lost = changed(
        duplicate,
        id="foreigner-certificate/lost",
        service="foreigner-permit",  # the services are "foreigner-certificate", "age-pension", ...
        steps=[changed(duplicate.steps[0], actor="clerk")],  # the actors: service_provider, ...
    )
    facts = [
        changed(f, service="foreigner-permit") if f.key == "duplicate_term" else f for f in services.facts
    ]
    broken = changed(
        act,
        services=changed(
            services,
            procedures=[changed(p, steps=steps) if p is reissue else p for p in services.procedures] + [lost],
            facts=facts,
        ),
    )
    assert problems_with(lawbook, broken) == [
        "order-2015-407: procedure foreigner-certificate/reissue steps are not numbered 1..n",
        "order-2015-407: procedure foreigner-certificate/lost of unknown service foreigner-permit",
        "order-2015-407: procedure foreigner-certificate/lost step 1 has unknown actor 'clerk'",
        "order-2015-407: fact duplicate_term of unknown service foreigner-permit",
    ]


# --- ids that must be unique -------------------------------------------------------------------------


def test_a_requirement_card_or_procedure_given_twice_is_refused(lawbook):
    rules = lawbook.get("order-2017-360").act  # first requirement: p.9 as order-2024-316 words it
    standard = lawbook.get("order-2019-715").act  # cards card-1 .. card-4
    services = lawbook.get("order-2015-407").act  # last procedure: foreigner-certificate/duplicate
    assert problems_with(
        lawbook,
        changed(rules, requirements=[*rules.requirements, rules.requirements[0]]),
        changed(standard, standard=changed(standard.standard, cards=[*standard.standard.cards] * 2)),
        changed(
            services,
            services=changed(
                services.services,
                procedures=[*services.services.procedures] + [services.services.procedures[-1]],
            ),
        ),
    ) == [
        # in the order of adoption: 2015-407, 2017-360, 2019-715
        "order-2015-407: procedure foreigner-certificate/duplicate appears 2 times",
        "order-2017-360: requirement 9 (order-2024-316) appears 2 times",
        "order-2019-715: occupation card card-1 appears 2 times",
        "order-2019-715: occupation card card-2 appears 2 times",
        "order-2019-715: occupation card card-3 appears 2 times",
        "order-2019-715: occupation card card-4 appears 2 times",
    ]


def test_every_citation_is_found_with_where_it_is():
    # lists, tuples and mappings are walked as well as models (no part of the schema holds a
    # mapping of citations today; one added later is still checked)
    first = Citation(act="order-2020-1", point="1")
    second = Citation(act="order-2020-1", point="2", subpoint="3")
    term = Term(days=5, kind="working", source=second)
    assert list(checks.iter_citations({"terms": (term,), "cited": [first]}, "act")) == [
        ("act.terms[0].source", second),
        ("act.cited[0]", first),
    ]
    assert list(checks.iter_citations(term)) == [("source", second)]
