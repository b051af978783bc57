"""Which language a request is answered in.

- The API: ``Accept-Language`` only (kk by default), so the same request always gets the same
  answer whatever cookies a client carries.
- The pages: the language the reader chose with the switch (a cookie), else Kazakh. The
  browser's Accept-Language is deliberately not consulted: the product is Kazakh first.
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

API_PREFIX = "/api/"
LANGUAGES = ("kk", "ru", "en")
DEFAULT = "kk"


def api_language(header: str) -> str:
    """The first supported language in an Accept-Language header, by quality; else kk."""
    candidates: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            candidates.append((-quality, index, primary))
    return min(candidates)[2] if candidates else DEFAULT


def page_language(cookie: str | None) -> str:
    return cookie if cookie in LANGUAGES else DEFAULT


class LanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        is_api = request.path.startswith(API_PREFIX)
        if is_api:
            language = api_language(request.headers.get("Accept-Language", ""))
        else:
            language = page_language(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers["Content-Language"] = language
        patch_vary_headers(response, ("Accept-Language",) if is_api else ("Cookie",))
        return response
