"""SQLite as Django's backend has it, with writers taking turns in order.

SQLite lets one transaction write at a time; the others are told "busy" and retry after a sleep
that grows to 100 ms. Under many writers the lock sits idle while they sleep, and an unlucky one
can lose every retry until its timeout. Here a transaction first waits for an operating-system
lock on a file beside the database (``flock``, released by the kernel if the process dies),
which wakes the next waiter as soon as the holder commits; only then does it ``BEGIN
IMMEDIATE``. Reads outside transactions and in-memory databases are untouched.
"""

from __future__ import annotations

import fcntl
import os

from django.db.backends.sqlite3 import base


class DatabaseWrapper(base.DatabaseWrapper):
    _turn = None  # the lock file's descriptor while this connection holds the turn

    def _start_transaction_under_autocommit(self):
        self._take_turn()
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._end_turn()
            raise

    def _commit(self):
        try:
            super()._commit()
        finally:
            self._end_turn()

    def _rollback(self):
        try:
            super()._rollback()
        finally:
            self._end_turn()

    def _close(self):
        try:
            super()._close()
        finally:
            self._end_turn()

    def _take_turn(self) -> None:
        if self.is_in_memory_db() or self._turn is not None:
            return
        descriptor = os.open(f"{self.settings_dict['NAME']}.turn", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        except BaseException:
            os.close(descriptor)
            raise
        self._turn = descriptor

    def _end_turn(self) -> None:
        if self._turn is not None:
            descriptor, self._turn = self._turn, None
            os.close(descriptor)  # closing the descriptor releases the lock
