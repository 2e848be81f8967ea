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


@pytest.mark.parametrize("path", ["/", "/countries/", "/walls/1/prayers/", "/nowhere/"])
@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded; charset=iso-8859-1",
        'multipart/form-data; boundary=x; charset="windows-1252"',
    ],
)
def test_a_form_body_in_another_charset_is_refused_with_400(client, path, content_type):
    # Django reads only UTF-8 form bodies, and its own error pages read the body again:
    # without the refusal this answered 500 on any URL
    response = client.generic("POST", path, "a=b", content_type=content_type)
    assert response.status_code == 400
    assert b"UTF-8" in response.content


def test_a_form_body_declared_utf8_reaches_the_view(client):
    response = client.generic(
        "POST",
        "/countries/",
        "a=b",
        content_type="application/x-www-form-urlencoded; charset=UTF-8",
    )
    assert response.status_code == 405


@pytest.mark.parametrize("path", ["/privacy/", "/walls/{wall}/"])
def test_pages_that_only_show_something_answer_head(client, path):
    from vigil.prayers.tests.factories import WallFactory

    wall = WallFactory()
    response = client.head(path.format(wall=wall.pk))
    assert response.status_code in {200, 301, 302}
    assert response.content == b""
