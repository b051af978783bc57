"""Pages of the Platform: commission."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
