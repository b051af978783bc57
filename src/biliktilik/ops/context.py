"""The id of the request being served, for every log record written while serving it."""

import re
import uuid
from contextvars import ContextVar

HEADER = "X-Request-ID"
# A proxy's or a client's id is kept when it is short and plain, so it can be searched for in the
# logs of every hop; anything else (long, spaces, quotes, control characters) is replaced.
_SANE = re.compile(r"[A-Za-z0-9._:@+=-]{1,128}")

_current: ContextVar[str | None] = ContextVar("biliktilik_request_id", default=None)


def request_id_from(header: str | None) -> str:
    """The client's id when it is sane, else a new one."""
    if header and _SANE.fullmatch(header):
        return header
    return uuid.uuid4().hex


def current_request_id() -> str | None:
    return _current.get()


def bind_request_id(value: str):
    """Sets the current request id; returns the token that `unbind_request_id` takes."""
    return _current.set(value)


def unbind_request_id(token) -> None:
    _current.reset(token)
