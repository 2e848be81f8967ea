"""Every public page passes the HTML check (see ``vigil.watchlist.tests.htmlcheck``)."""

from __future__ import annotations

import pytest

from vigil.campaigns.models import Campaign, Prisoner
from vigil.watchlist.models import Edition
from vigil.watchlist.tests.htmlcheck import html_errors

pytestmark = pytest.mark.django_db


def public_pages() -> list[str]:
    year = Edition.objects.current().values_list("year", flat=True).first()
    pages = ["/", f"/watchlist/{year}/", "/countries/", "/sources/", "/privacy/"]
    pages += [f"/watchlist/{year}/prayer-guide/", "/pray/today/", "/campaigns/", "/prisoners/"]
    pages += ["/countries/kazakhstan/", "/countries/kazakhstan/?edition=2014"]
    pages += [c.get_absolute_url() for c in Campaign.objects.all()]
    pages += [p.get_absolute_url() for p in Prisoner.objects.all()]
    return pages


def test_every_public_page_passes_the_html_check(client, demo) -> None:
    failures = {}
    for url in public_pages():
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        errors = html_errors(response.content.decode())
        if errors:
            failures[url] = errors
    assert not failures


def test_the_check_finds_what_the_validator_reported() -> None:
    html = (
        '<p id="a" hx-post="/x"></p><p id="a"></p>'
        '<time datetime="2025-01-15T09:00:00.123456+00:00">x</time>'
        '<nav aria-label="Main"></nav><nav aria-label="Main"></nav>'
        '<section aria-labelledby="h1"><h2 id="h1">History</h2></section>'
        '<section aria-labelledby="h2"><h2 id="h2">History</h2></section>'
    )
    errors = " ".join(html_errors(html))
    for expected in ("hx-post", "not a valid date", "'a' is used 2 times", "'Main'", "'History'"):
        assert expected in errors
    assert html_errors('<time datetime="2025-01-15T09:00:00+0000">x</time>') == []
