from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog

from biliktilik.api.app import not_found_view
from biliktilik.config.api import api

urlpatterns = [
    path("", include("biliktilik.ops.urls")),  # /healthz, /readyz, /metrics
    path("api/v1/", api.urls),
    re_path(r"^api/(?P<path>.*)$", not_found_view),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("calendar/", include("biliktilik.calendar_app.urls")),
    path("accounts/", include("biliktilik.accounts.urls")),
    path("staff/", include("biliktilik.staff.urls")),
    path("calculators/", include("biliktilik.calculators.urls")),
    path("platform/", include("biliktilik.attestation.urls")),
    path("simulations/", include("biliktilik.simulations.urls")),  # draft amendments tried (issue 11)
    path("cases/", include("biliktilik.cases.urls")),  # the provider's case staff (issue 9)
    path("cases/", include("biliktilik.cases.urls_evaluation")),  # a case's documents checklist, commission
    path("", include("biliktilik.cases.urls_documents")),  # /verify/<code>, the cases' documents
    path("", include("biliktilik.home.urls")),  # each role's home page, its charts, the audit trail
    path("", include("biliktilik.catalog.urls")),
]

# Our own error pages (biliktilik.config.errors): what readers see whenever debug is off.
handler403 = "biliktilik.config.errors.permission_denied"
handler404 = "biliktilik.config.errors.page_not_found"
handler500 = "biliktilik.config.errors.server_error"
