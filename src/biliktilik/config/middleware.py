"""The API picks its language from ``Accept-Language`` only (kk by default), never from the
session or cookie the pages use, so the same request always gives the same answer."""

from django.utils import translation

API_PREFIX = "/api/"
API_LANGUAGES = ("kk", "ru", "en")


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
        if primary in API_LANGUAGES and quality > 0:
            candidates.append((-quality, index, primary))
    return min(candidates)[2] if candidates else "kk"


class ApiLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        language = api_language(request.headers.get("Accept-Language", ""))
        request.api_language = language
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers["Content-Language"] = language
        return response
