"""Pages that only show something answer a POST (or any other write) with 405."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

READ_ONLY = [
    ("campaigns:campaign-list", []),
    ("campaigns:campaign-detail", ["some-campaign"]),
    ("campaigns:prisoner-list", []),
    ("campaigns:prisoner-detail", ["someone"]),
    ("campaigns:prayer-guide", [2014]),
    ("campaigns:prayer-guide-pdf", [2014]),
    ("campaigns:focus-today", []),
    ("campaigns:focus-day", ["2026-01-01"]),
    ("campaigns:focus-feed", []),
    ("campaigns:focus-calendar", []),
    ("watchlist:edition-map", [2014]),
    ("watchlist:country-detail", ["kazakhstan"]),
    ("prayers:wall-feed", [1]),
    ("prayers:feed", []),
    ("watchlist:healthz", []),
]


@pytest.mark.parametrize(("name", "args"), READ_ONLY)
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_read_only_pages_refuse_writes(client, name, args, method):
    response = getattr(client, method)(reverse(name, args=args))
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
