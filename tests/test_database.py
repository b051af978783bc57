"""The suite runs on the database DATABASE_URL selects (SQLite by default, PostgreSQL in CI)."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.db import connection


@pytest.mark.django_db
def test_the_selected_database_is_the_one_in_use():
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
    get_user_model().objects.create_user(username="probe", password="x-long-password")
    assert get_user_model().objects.filter(username="probe").exists()
