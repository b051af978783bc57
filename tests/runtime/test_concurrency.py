"""Many people at once on a running server (gunicorn, several processes, the suite's database):
nobody gets an error, no update is lost, and a stale write is refused rather than applied."""

import threading
from concurrent.futures import ThreadPoolExecutor

from .http import Client, signed_in

READERS = 20
READS_EACH = 25


def at_once(count: int, work):
    """Run ``work(i)`` in ``count`` threads released together; their results in order."""
    barrier = threading.Barrier(count)

    def run(i):
        barrier.wait()
        return work(i)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def audit_entries(instance) -> int:
    verified = instance.command("audit", "verify")
    return int(verified.stdout.split(":")[-1].split()[0])


def test_twenty_clients_opening_the_same_card_at_once_all_get_it_and_each_opening_is_audited(instance):
    client = Client(instance.port, instance.bearer)
    card = f"/api/v1/employees/{instance.seed['employee']}"
    before = audit_entries(instance)

    statuses = at_once(READERS, lambda _: [client.get(card).status for _ in range(READS_EACH)])

    assert [s for each in statuses for s in each] == [200] * READERS * READS_EACH
    assert audit_entries(instance) == before + READERS * READS_EACH, "the chain verifies, every opening in it"


def test_forty_card_pages_opened_at_once_all_render(instance):
    client = signed_in(instance.port, "admin", "runtime-password-2026")
    page = f"/staff/employees/{instance.seed['employee']}/"

    answers = at_once(40, lambda _: client.get(page))

    assert [a.status for a in answers] == [200] * 40
    assert all("Сейітова" in a.body.decode() for a in answers)


def test_two_editors_changing_different_fields_at_once_lose_nothing(instance):
    client = Client(instance.port, instance.bearer)
    card = f"/api/v1/employees/{instance.seed['employee']}"
    lost, failed = [], []
    for round_ in range(100):
        edits = [{"last_name_ru": f"Сейтова-{round_}"}, {"phone": f"+7 701 {round_:07d}"}]
        answers = at_once(2, lambda i, edits=edits: client.patch(card, edits[i]))
        failed += [a.status for a in answers if a.status != 200]
        stored = client.get(card).json()
        if (stored["last_name_ru"], stored["phone"]) != (edits[0]["last_name_ru"], edits[1]["phone"]):
            lost.append(round_)
    assert failed == []
    assert lost == [], f"updates lost in rounds {lost}"


def test_of_two_editors_holding_the_same_version_one_saves_and_the_other_is_told(instance):
    client = Client(instance.port, instance.bearer)
    card = f"/api/v1/employees/{instance.seed['employee']}"
    for round_ in range(20):
        etag = client.get(card).headers["etag"]
        edits = [{"first_name_ru": f"Айгуль-{round_}"}, {"email": f"a{round_}@example.kz"}]
        answers = at_once(
            2, lambda i, edits=edits, etag=etag: client.patch(card, edits[i], headers={"If-Match": etag})
        )
        assert sorted(a.status for a in answers) == [200, 412]
        refused = next(a for a in answers if a.status == 412).json()
        assert refused["code"] == "precondition_failed" and refused["message"]
        saved = next(a for a in answers if a.status == 200)
        assert saved.headers["etag"] != etag


def test_a_stale_version_is_refused_and_the_current_one_accepted(instance):
    client = Client(instance.port, instance.bearer)
    card = f"/api/v1/employees/{instance.seed['employee']}"
    old = client.get(card).headers["etag"]
    assert client.patch(card, {"patronymic_ru": "Маратовна"}, headers={"If-Match": old}).status == 200
    stale = client.patch(card, {"patronymic_ru": "Ивановна"}, headers={"If-Match": old})
    assert stale.status == 412
    assert client.get(card).json()["patronymic_ru"] == "Маратовна"
    current = client.get(card).headers["etag"]
    assert client.patch(card, {"patronymic_ru": "Ивановна"}, headers={"If-Match": current}).status == 200
