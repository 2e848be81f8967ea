"""Fixtures for the campaigns tests."""

from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _plain_static_files(settings) -> None:
    """Templates use {% static %}; tests run without a collectstatic manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def demo() -> None:
    call_command("load_demo", verbosity=0)
