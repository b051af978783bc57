"""The law checker refuses what a reviewer could miss: dangling citations, broken validity
periods, amendments without a target, unknown keys and typed values without a source."""

import copy
import datetime as dt

import pytest
import yaml

from biliktilik.lawbook import checks, loader

BASE = {
    "id": "order-2020-1",
    "kind": "order",
    "number": "1",
    "adopted": dt.date(2020, 1, 10),
    "issuer": {"kk": "Министр"},
    "title": {"kk": "Негізгі бұйрық"},
    "publication": {"date": dt.date(2020, 1, 20), "estimated": False, "basis": "Әділет"},
    "entry_into_force": {"rule": "days_after_publication", "days": 10, "basis": "p.3"},
    "points": [
        {
            "point": "1",
            "versions": [
                {
                    "wording_by": None,
                    "valid_to": dt.date(2021, 3, 11),
                    "text": None,
                    "note": "not in sources",
                },
                {
                    "wording_by": "order-2021-2",
                    "valid_from": dt.date(2021, 3, 12),
                    "text": {"kk": "Жаңа мәтін"},
                    "subpoints": [{"subpoint": "1", "text": {"kk": "бір"}}],
                },
            ],
        }
    ],
    "attestation": None,
}
AMENDING = {
    "id": "order-2021-2",
    "kind": "order",
    "number": "2",
    "adopted": dt.date(2021, 2, 20),
    "issuer": {"kk": "Министр"},
    "title": {"kk": "Өзгерістер енгізу туралы"},
    "publication": {"date": dt.date(2021, 3, 1), "estimated": True, "basis": "estimate"},
    "entry_into_force": {"rule": "days_after_publication", "days": 10, "estimated": True, "basis": "p.4"},
    "amends": ["order-2020-1"],
    "amendments": [
        {
            "target": "order-2020-1",
            "action": "replace",
            "points": ["1"],
            "source": {"act": "order-2021-2", "point": "1"},
        }
    ],
    "points": [{"point": "1", "versions": [{"text": {"kk": "1-тармақ жаңа редакцияда жазылсын"}}]}],
}


def write(tmp_path, *acts):
    (tmp_path / "acts").mkdir(exist_ok=True)
    for act in acts:
        data = {k: v for k, v in act.items() if v is not None}
        (tmp_path / "acts" / f"{act['id']}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
        )
    return loader.load(tmp_path)


def problems_of(tmp_path, *acts):
    return checks.check(write(tmp_path, *acts))


def test_a_sound_pair_of_acts_has_no_problems(tmp_path):
    assert problems_of(tmp_path, BASE, AMENDING) == []


def test_entry_into_force_is_eleven_days_after_publication(tmp_path):
    book = write(tmp_path, BASE, AMENDING)
    assert book.get("order-2020-1").effective_from == dt.date(2020, 1, 31)
    assert book.get("order-2021-2").effective_from == dt.date(2021, 3, 12)
    assert book.get("order-2021-2").effective_estimated is True
    assert book.get("order-2020-1").amended_by == ("order-2021-2",)


def test_the_wording_in_force_depends_on_the_date(tmp_path):
    view = write(tmp_path, BASE, AMENDING).get("order-2020-1")
    assert view.point_version("1", dt.date(2020, 6, 1)).wording_by is None
    assert view.point_version("1", dt.date(2021, 3, 11)).wording_by is None
    assert view.point_version("1", dt.date(2021, 3, 12)).wording_by == "order-2021-2"
    assert view.point_version("1", dt.date(2020, 1, 30)) is None  # before entry into force
    assert view.status(dt.date(2020, 1, 30)) == "not_yet_in_force"
    assert view.status(dt.date(2020, 1, 31)) == "in_force"


def test_a_dangling_citation_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amendments"][0]["source"] = {"act": "order-2021-2", "point": "9"}
    # order-2021-2 has only point 1; the message says which act, where in it, and what it cites
    assert problems_of(tmp_path, BASE, act) == [
        "order-2021-2: amendments[0].source: cites point '9' that order-2021-2 does not have"
    ]


def test_a_text_that_repeats_its_subpoints_is_refused(tmp_path):
    act = copy.deepcopy(BASE)
    act["points"][0]["versions"][1]["text"] = {"kk": "Жаңа мәтін:\nбір"}
    # sub-point 1 says "бір", and the lead-in of version 1 (the second) now ends with it
    assert problems_of(tmp_path, act, AMENDING) == [
        "order-2020-1 p.1 version 1 (kk): the text repeats sub-point(s) 1; keep only the lead-in"
    ]


def test_a_citation_of_an_unknown_subpoint_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amendments"][0]["source"] = {
        "act": "order-2020-1",
        "point": "1",
        "subpoint": "7",
        "wording_by": "order-2021-2",
    }
    # the wording by order-2021-2 of p.1 has sub-point 1 only
    assert problems_of(tmp_path, BASE, act) == [
        "order-2021-2: amendments[0].source: order-2020-1 p.1 has no sub-point '7'"
    ]


def test_a_citation_of_a_wording_that_does_not_exist_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amendments"][0]["source"] = {"act": "order-2020-1", "point": "1", "wording_by": "order-2020-1"}
    # p.1 has the original wording (wording_by null) and order-2021-2's, none by order-2020-1
    assert problems_of(tmp_path, BASE, act) == [
        "order-2021-2: amendments[0].source: order-2020-1 p.1 has no wording by 'order-2020-1'"
    ]


@pytest.mark.parametrize(
    "valid_to",
    [
        dt.date(2021, 3, 20),  # 8 days into version 1 (from 2021-03-12)
        dt.date(2021, 3, 12),  # the day version 1 starts: that one day is in both
    ],
)
def test_overlapping_versions_are_refused(tmp_path, valid_to):
    base = copy.deepcopy(BASE)
    base["points"][0]["versions"][0]["valid_to"] = valid_to
    assert problems_of(tmp_path, base, AMENDING) == ["order-2020-1 p.1: versions 0 and 1 overlap"]


def test_a_gap_between_versions_is_refused(tmp_path):
    base = copy.deepcopy(BASE)
    base["points"][0]["versions"][0]["valid_to"] = dt.date(2021, 3, 1)
    # 2021-03-02..2021-03-11 (10 days) belong to no version
    assert problems_of(tmp_path, base, AMENDING) == ["order-2020-1 p.1: gap between versions 0 and 1"]


def test_a_wording_that_starts_before_its_act_is_in_force_is_refused(tmp_path):
    base = copy.deepcopy(BASE)
    base["points"][0]["versions"][0]["valid_to"] = dt.date(2021, 3, 10)
    base["points"][0]["versions"][1]["valid_from"] = dt.date(2021, 3, 11)
    # order-2021-2 published 2021-03-01, in force 10 days after: 03-02..03-11 run, from 03-12
    assert problems_of(tmp_path, base, AMENDING) == [
        "order-2020-1 p.1: wording by order-2021-2 starts 2021-03-11, "
        "but that act is in force from 2021-03-12"
    ]


def test_an_amendment_without_a_target_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amends"] = ["order-2020-1", "order-1999-9"]
    act["amendments"].append(
        {
            "target": "order-1999-9",
            "action": "replace",
            "points": ["1"],
            "source": {"act": "order-2021-2", "point": "1"},
        }
    )
    # told twice: in 'amends' and in the amendment itself
    assert problems_of(tmp_path, BASE, act) == [
        "order-2021-2: amends unknown act 'order-1999-9'",
        "order-2021-2: amendment without a target ('order-1999-9')",
    ]


def test_an_amendment_of_a_point_the_target_lacks_is_refused(tmp_path):
    act = copy.deepcopy(AMENDING)
    act["amendments"][0]["points"] = ["1", "5"]
    assert problems_of(tmp_path, BASE, act) == ["order-2021-2: amends p.5 that order-2020-1 does not have"]


def test_unknown_keys_are_refused(tmp_path):
    act = copy.deepcopy(BASE)
    act["titel"] = {"kk": "typo"}
    with pytest.raises(loader.LawFileError, match="titel"):
        write(tmp_path, act, AMENDING)


SOURCE = {"act": "order-2020-1", "point": "1", "wording_by": "order-2021-2"}


def with_requirement(education: dict, experience: dict) -> dict:
    act = copy.deepcopy(BASE)
    act["requirements"] = [
        {
            "id": "1",
            "kind": "manager",
            "position": {"kk": "директор"},
            "education_any_of": [education],
            "experience_any_of": [experience],
            "source": SOURCE,
        }
    ]
    return act


def test_a_typed_value_without_a_source_is_refused(tmp_path):
    act = with_requirement({"levels": ["higher"]}, {"years": 3, "source": SOURCE})
    with pytest.raises(loader.LawFileError, match=r"education_any_of\.0\.source"):
        write(tmp_path, act, AMENDING)


def test_a_mistyped_value_is_refused(tmp_path):
    act = with_requirement({"levels": ["doctorate"], "source": SOURCE}, {"years": "three", "source": SOURCE})
    with pytest.raises(loader.LawFileError) as raised:
        write(tmp_path, act, AMENDING)
    text = str(raised.value)
    assert "levels" in text and "years" in text


def test_a_duplicate_yaml_key_is_refused(tmp_path):
    (tmp_path / "acts").mkdir()
    (tmp_path / "acts" / "order-2020-1.yaml").write_text(
        "id: order-2020-1\nid: order-2020-2\n", encoding="utf-8"
    )
    with pytest.raises(loader.LawFileError, match="duplicate key"):
        loader.load(tmp_path)


def test_a_file_must_be_named_after_its_act(tmp_path):
    write(tmp_path, BASE, AMENDING)
    (tmp_path / "acts" / "order-2021-2.yaml").rename(tmp_path / "acts" / "other.yaml")
    with pytest.raises(loader.LawFileError, match="file name"):
        loader.load(tmp_path)


def test_the_real_law_directory_passes_the_checker(lawbook):
    assert checks.check(lawbook) == []
