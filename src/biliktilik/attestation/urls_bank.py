"""Pages of the Platform: bank."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
