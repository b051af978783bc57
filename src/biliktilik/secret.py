"""The secret key of an installation that was given none: made once, kept in ``var/``.

Several server processes may start at the same moment. The key is written to a file of its own
and then linked into place, which fails if another process got there first: exactly one key
wins, and no process ever reads a half-written one.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path


def secret_key_from(path: Path) -> str:
    if path.exists():
        return _read(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, draft = tempfile.mkstemp(dir=path.parent, prefix=".secret-")
    try:
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(50))
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
    finally:
        os.unlink(draft)
    return _read(path)


def _read(path: Path) -> str:
    key = path.read_text().strip()
    if len(key) < 50:
        raise RuntimeError(f"{path} holds no usable secret key; delete it to make a new one")
    return key
