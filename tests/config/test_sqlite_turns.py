"""SQLite writers take turns on an operating-system lock beside the database file."""

import fcntl
import os
import threading
import time

import pytest
from django.db import connections

from biliktilik.db.sqlite.base import DatabaseWrapper


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    """Connections of their own to a database file of their own (not the suite's database)."""
    settings = {
        **connections["default"].settings_dict,
        "ENGINE": "biliktilik.db.sqlite",
        "NAME": str(tmp_path / "turns.sqlite3"),
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 30},
    }
    opened = []

    def connect():
        wrapper = DatabaseWrapper(settings, alias=f"turns{len(opened)}")
        opened.append(wrapper)
        return wrapper

    with django_db_blocker.unblock():
        yield connect
        for wrapper in opened:
            wrapper.close()


def test_a_second_writer_waits_for_the_first_to_commit_then_writes(file_database):
    first, second = file_database(), file_database()
    second.inc_thread_sharing()  # used from the thread below
    with first.cursor() as cursor:
        cursor.execute("CREATE TABLE t (n INTEGER)")
    order = []

    def later_writer():
        with _atomic(second):
            order.append("second began")
            second.cursor().execute("INSERT INTO t VALUES (2)")

    with _atomic(first):
        first.cursor().execute("INSERT INTO t VALUES (1)")
        thread = threading.Thread(target=later_writer)
        thread.start()
        time.sleep(0.3)
        assert order == [], "the second writer waits for its turn"
        order.append("first committing")
    thread.join(timeout=10)
    assert order == ["first committing", "second began"]
    assert first.cursor().execute("SELECT n FROM t ORDER BY n").fetchall() == [(1,), (2,)]
    assert first._turn is None and second._turn is None, "both gave their turn back"


def turn_is_free(wrapper) -> bool:
    """Whether an outsider could take the turn right now (without waiting)."""
    descriptor = os.open(f"{wrapper.settings_dict['NAME']}.turn", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)
    return True


def test_a_writer_holds_the_turn_from_begin_to_commit(file_database):
    writer = file_database()
    with writer.cursor() as cursor:
        cursor.execute("CREATE TABLE t (n INTEGER)")
    assert turn_is_free(writer), "statements outside a transaction take no turn"
    with _atomic(writer):
        assert not turn_is_free(writer)
        writer.cursor().execute("INSERT INTO t VALUES (1)")
        assert not turn_is_free(writer)
    assert turn_is_free(writer)


def test_a_rolled_back_writer_gives_its_turn_back(file_database):
    writer = file_database()
    with writer.cursor() as cursor:
        cursor.execute("CREATE TABLE t (n INTEGER)")
    with pytest.raises(RuntimeError), _atomic(writer):
        writer.cursor().execute("INSERT INTO t VALUES (1)")
        raise RuntimeError
    assert writer._turn is None and turn_is_free(writer)


class _atomic:
    """A transaction on one of these wrappers, as Django's atomic() runs it."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def __enter__(self):
        self.wrapper.ensure_connection()
        self.wrapper._start_transaction_under_autocommit()
        return self.wrapper

    def __exit__(self, kind, *exc):
        if kind is None:
            self.wrapper.commit()
        else:
            self.wrapper.rollback()
        return False
