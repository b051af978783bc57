"""How API requests authenticate: a bearer token (other systems) or the session (our pages'
own htmx calls). A token that is sent but not valid is refused outright, even with a session."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from .errors import NotAuthenticated
from .services import api_token_authenticate


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        user = api_token_authenticate(raw=token.strip())
        if user is None:
            raise NotAuthenticated()
        return user


class ActiveSession(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None):
        user = request.user
        return user if user.is_authenticated and user.is_active else None


API_AUTH = [BearerToken(), ActiveSession()]
