"""The site's own URLs plus views that fail, for the error-page tests."""

from django.urls import path

from biliktilik.config.urls import handler403, handler404, handler500  # noqa: F401
from biliktilik.config.urls import urlpatterns as site_urls
from biliktilik.staff.errors import EmployeeNotFound, PermissionDenied, StaleVersion
from biliktilik.staff.models import Employee


def failing_page(request):
    """A page that reads the database (which the test takes away) and fails."""
    Employee.objects.count()
    raise AssertionError("unreachable when the database is down")


def broken_page(request):
    raise RuntimeError("SECRET internal detail /srv/app/settings.py")


REFUSALS = {"403": PermissionDenied, "404": EmployeeNotFound, "412": StaleVersion}


def refusing_page(request, status: str):
    """A page whose service refuses with a domain error no form shows."""
    raise REFUSALS[status]()


urlpatterns = [
    path("test-refusals/<str:status>/", refusing_page),
    path("test-fails/database/", failing_page),
    path("test-fails/broken/", broken_page),
    path("api/test-fails/broken", broken_page),
    *site_urls,
]
