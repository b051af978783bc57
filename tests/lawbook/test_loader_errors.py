"""Reading law/acts/*.yaml: every file that cannot be read is reported at once, each problem with
the file it is in (``python -m biliktilik.lawbook`` prints ``LawFileError.problems`` one a line),
and the files are read as UTF-8 whatever the server's locale."""

import copy
import datetime as dt
import locale

import pytest
import yaml

from biliktilik.lawbook import loader
from biliktilik.lawbook.schema import Act, Citation

from .test_checks import AMENDING, BASE


def put(tmp_path, name, text):
    (tmp_path / "acts").mkdir(exist_ok=True)
    (tmp_path / "acts" / name).write_text(text, encoding="utf-8")


def dumped(act):
    return yaml.safe_dump({k: v for k, v in act.items() if v is not None}, allow_unicode=True)


def test_every_broken_file_is_reported_with_its_path(tmp_path):
    # three files, each broken its own way; read in the order of their names
    put(tmp_path, "order-2019-9.yaml", "id: order-2019-9\nkind: order\nid: order-2019-8\n")  # 'id' twice
    base = copy.deepcopy(BASE)
    del base["number"]
    base["titel"] = {"kk": "typo"}
    put(tmp_path, "order-2020-1.yaml", dumped(base))  # two problems of the schema
    put(tmp_path, "other.yaml", dumped(AMENDING))  # sound, but it is order-2021-2
    acts = tmp_path / "acts"
    problems = [
        f"{acts}/order-2019-9.yaml: duplicate key 'id'\n"
        f'  in "{acts}/order-2019-9.yaml", line 3, column 1',  # the second 'id', on line 3
        f"{acts}/order-2020-1.yaml: number: Field required; titel: Extra inputs are not permitted",
        f"{acts}/other.yaml: file name must be the act id 'order-2021-2'",
    ]
    with pytest.raises(loader.LawFileError) as raised:
        loader.load(tmp_path)
    assert raised.value.path == tmp_path
    assert raised.value.problems == problems
    assert str(raised.value) == f"{tmp_path}: " + "; ".join(problems)


def test_a_lawbook_keeps_the_directory_it_was_read_from(tmp_path):
    # a draft's lawbook is built again from the same directory (drafts.py)
    put(tmp_path, "order-2020-1.yaml", dumped(BASE))
    book = loader.load(tmp_path)
    assert book.source_dir == tmp_path
    assert list(book.acts) == ["order-2020-1"]


def test_a_law_file_is_read_as_utf8_under_any_locale(tmp_path):
    put(tmp_path, "order-2020-1.yaml", dumped(BASE))
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # a server whose locale is plain ASCII
    try:
        book = loader.load(tmp_path)
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
    assert book.get("order-2020-1").act.title.kk == "Негізгі бұйрық"


# --- what the lawbook derives from the acts: dates in force, reverse links, the wording in force ----


def built(*acts):
    return loader.build([Act.model_validate(a) for a in acts], loader.LAW_DIR)


def with_entry(entry, publication=BASE["publication"], **more):
    act = {k: v for k, v in copy.deepcopy(BASE).items() if v is not None}
    act.update(more)
    for key, value in (("entry_into_force", entry), ("publication", publication)):
        if value is None:
            act.pop(key, None)
        else:
            act[key] = value
    return act


PUBLISHED = {"date": dt.date(2020, 1, 20), "estimated": False, "basis": "Әділет"}
PUBLISHED_ESTIMATED = {**PUBLISHED, "estimated": True, "basis": "estimate"}


@pytest.mark.parametrize(
    ("entry", "publication", "effective_from", "estimated"),
    [
        # a fixed date needs no publication
        ({"rule": "fixed", "date": dt.date(2020, 2, 1), "basis": "p.3"}, None, dt.date(2020, 2, 1), False),
        ({"rule": "on_publication", "basis": "p.3"}, PUBLISHED, dt.date(2020, 1, 20), False),
        # published 01-20; 10 days run 01-21..01-30; in force from 01-31
        (
            {"rule": "days_after_publication", "days": 10, "basis": "p.3"},
            PUBLISHED,
            dt.date(2020, 1, 31),
            False,
        ),
        # the rule estimated, the publication not: the date is an estimate
        (
            {"rule": "days_after_publication", "days": 10, "estimated": True, "basis": "p.3"},
            PUBLISHED,
            dt.date(2020, 1, 31),
            True,
        ),
        # the publication estimated, the rule not: an estimate too
        ({"rule": "on_publication", "basis": "p.3"}, PUBLISHED_ESTIMATED, dt.date(2020, 1, 20), True),
        # counted from a publication our sources do not give: not known
        ({"rule": "days_after_publication", "days": 10, "basis": "p.3"}, None, None, False),
        (None, PUBLISHED, None, False),
    ],
)
def test_the_first_day_in_force_by_each_rule(entry, publication, effective_from, estimated):
    view = built(with_entry(entry, publication)).get("order-2020-1")
    assert view.effective_from == effective_from
    assert view.effective_estimated is estimated
    if effective_from is None:
        assert view.status(dt.date(2030, 1, 1)) == "unknown"


def test_an_act_is_repealed_from_the_day_the_repealing_act_is_in_force():
    repealing = {
        **{k: AMENDING[k] for k in ("kind", "issuer", "title")},
        "id": "order-2022-3",
        "number": "3",
        "adopted": dt.date(2022, 6, 1),
        "entry_into_force": {"rule": "fixed", "date": dt.date(2022, 7, 1), "basis": "p.2"},
    }
    book = built(with_entry(BASE["entry_into_force"], PUBLISHED, repealed={"by": "order-2022-3"}), repealing)
    view = book.get("order-2020-1")
    assert view.repealed_from == dt.date(2022, 7, 1)
    assert view.status(dt.date(2022, 6, 30)) == "in_force"
    assert view.status(dt.date(2022, 7, 1)) == "repealed"


def test_the_amending_acts_are_listed_in_the_order_of_adoption():
    # order-2021-10 is adopted after order-2021-2, though its id sorts before it
    later = {**copy.deepcopy(AMENDING), "id": "order-2021-10", "number": "10", "adopted": dt.date(2021, 6, 1)}
    later["amendments"][0]["source"]["act"] = "order-2021-10"
    book = built(later, AMENDING, with_entry(BASE["entry_into_force"], PUBLISHED))
    assert book.get("order-2020-1").amended_by == ("order-2021-2", "order-2021-10")
    assert book.get("order-2021-2").amended_by == ()


def test_whether_a_cited_wording_is_the_one_in_force():
    book = built(with_entry(BASE["entry_into_force"], PUBLISHED), AMENDING)
    new = Citation(act="order-2020-1", point="1", wording_by="order-2021-2")
    original = Citation(act="order-2020-1", point="1")
    # the original wording until 2021-03-11, order-2021-2's from 2021-03-12
    assert book.wording_in_force(original, dt.date(2021, 3, 11)) is True
    assert book.wording_in_force(new, dt.date(2021, 3, 11)) is False
    assert book.wording_in_force(new, dt.date(2021, 3, 12)) is True
    assert book.wording_in_force(original, dt.date(2021, 3, 12)) is False
    # before the act is in force (2020-01-31), of a point it lacks, of an act not in the lawbook
    assert book.wording_in_force(original, dt.date(2020, 1, 30)) is False
    assert book.wording_in_force(Citation(act="order-2020-1", point="2"), dt.date(2021, 1, 1)) is False
    assert book.wording_in_force(Citation(act="order-1999-9", point="1"), dt.date(2021, 1, 1)) is False
