"""Sign-in throttling (django-axes): which client address a failed sign-in is counted against.

Behind reverse proxies (``BILIKTILIK_PROXY_COUNT`` of them) the connection comes from the
nearest proxy; each proxy appends the address it saw to ``X-Forwarded-For``, so the client is
the entry that many places from the right. Entries further left are whatever the client sent
and are never trusted.
"""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    proxies = settings.BILIKTILIK_PROXY_COUNT
    if proxies > 0:
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR")
