"""How API requests authenticate: a bearer token (other systems) or the session (our pages'
own htmx calls). A token that is sent but not valid is refused outright, even with a session.

Who may write is settled here, before the body is read: a role that may never change the
registry is refused (403) whatever it sends, so a bad body from a read-only role is not
validated first. Anonymous requests get 401 on reads and writes alike; a signed-in session
also needs the CSRF token to write (403 ``csrf_failed``).
"""

from __future__ import annotations

from collections.abc import Collection

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth
from ninja.utils import check_csrf

from biliktilik.api.errors import CsrfFailed, ReadOnlyRole

from .errors import NotAuthenticated
from .models import Role
from .permissions import role_of
from .services import api_token_authenticate

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REGISTRY_WRITERS = frozenset({Role.ADMINISTRATOR, Role.HR_OFFICER})


def _may_send(request: HttpRequest, user, writers: Collection[str]):
    if request.method not in SAFE_METHODS and role_of(user) not in writers:
        raise ReadOnlyRole()
    return user


class BearerToken(HttpBearer):
    def __init__(self, *, writers: Collection[str]):
        self.writers = writers
        super().__init__()

    def authenticate(self, request: HttpRequest, token: str):
        user = api_token_authenticate(raw=token.strip())
        if user is None:
            raise NotAuthenticated()
        return _may_send(request, user, self.writers)


class ActiveSession(SessionAuth):
    def __init__(self, *, writers: Collection[str]):
        self.writers = writers
        # ninja's own check answers an English 403 before knowing whether anyone is signed in.
        super().__init__(csrf=False)

    def authenticate(self, request: HttpRequest, key: str | None):
        user = request.user
        if not (user.is_authenticated and user.is_active):
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise CsrfFailed()
        return _may_send(request, user, self.writers)


def api_auth(*, writers: Collection[str]) -> list:
    """The authentication of a router whose writes only ``writers`` (roles) may make."""
    return [BearerToken(writers=writers), ActiveSession(writers=writers)]


# The staff registry: any signed-in viewer reads (what they may see); administrators and HR
# officers write (where they may).
API_AUTH = api_auth(writers=REGISTRY_WRITERS)
