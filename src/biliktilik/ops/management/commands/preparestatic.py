"""``biliktilik preparestatic``: collect the static files (hashed, compressed) unless the ones
collected already come from exactly the same sources. `biliktilik serve` runs it at start.

Collecting takes tens of seconds (compression); sources change only with a new release.
"""

from __future__ import annotations

import fcntl
import hashlib
import os

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.core.management.base import BaseCommand

FINGERPRINT = ".sources"
# django-ninja ships Redoc beside Swagger UI; our docs page is Swagger UI.
IGNORED = ["redoc.standalone.js*"]


def sources_fingerprint() -> str:
    digest = hashlib.sha256()
    for finder in finders.get_finders():
        for path, storage in finder.list([]):
            stat = os.stat(storage.path(path))
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


class Command(BaseCommand):
    help = "Collect the static files when their sources changed."

    def handle(self, **options):
        root = settings.STATIC_ROOT
        root.mkdir(parents=True, exist_ok=True)
        with open(root / ".lock", "w") as lock:
            # Several servers may start together on one static directory: one collects.
            fcntl.flock(lock, fcntl.LOCK_EX)
            fingerprint = sources_fingerprint()
            stamp = root / FINGERPRINT
            if stamp.exists() and stamp.read_text() == fingerprint and (root / "staticfiles.json").exists():
                return
            call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=IGNORED)
            stamp.write_text(fingerprint)
            self.stdout.write(f"static files collected into {root}")
