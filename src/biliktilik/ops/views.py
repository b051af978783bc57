"""Probes and metrics for the machines that run us: no sign-in, no session, no language."""

import hmac
import ipaddress

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import health, metrics

# Set by reverse proxies: a request that carries one came from elsewhere even though it reaches
# us from the loopback address.
_FORWARDED = ("Forwarded", "X-Forwarded-For", "X-Real-IP")


@login_not_required
@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Alive: the process answers. Touches nothing else, so a slow database never gets a
    healthy process restarted."""
    return JsonResponse({"status": "ok"})


@login_not_required
@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """Ready: the database answers and the task queue is reachable; 503 names what is not."""
    ready, checks = health.readiness()
    return JsonResponse(
        {"status": "ready" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )


@login_not_required
@never_cache
@require_safe
def metrics_view(request: HttpRequest) -> HttpResponse:
    """Prometheus text, for a scraper on this machine or one holding the metrics token."""
    if not _may_scrape(request):
        raise Http404
    body, content_type = metrics.render()
    return HttpResponse(body, content_type=content_type)


def _may_scrape(request: HttpRequest) -> bool:
    authorization = request.headers.get("Authorization", "")
    if authorization:
        expected = getattr(settings, "BILIKTILIK_METRICS_TOKEN", "")
        scheme, _, token = authorization.partition(" ")
        if (
            expected
            and scheme.lower() == "bearer"
            and hmac.compare_digest(token.strip().encode(), expected.encode())
        ):
            return True
        raise PermissionDenied
    return _is_local(request)


def _is_local(request: HttpRequest) -> bool:
    if any(request.headers.get(header) for header in _FORWARDED):
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False
