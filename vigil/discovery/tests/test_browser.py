"""The search box and the results page in Debian's Chromium: with and without
JavaScript, and with no serious axe-core violation."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from conftest import run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("load_demo", verbosity=0)


def test_the_header_box_searches_without_javascript(live_server, chromium, demo) -> None:
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/countries/")
        page.fill("#site-search-q", "Kazakhstan")
        page.press("#site-search-q", "Enter")
        page.wait_for_url("**/search/?q=Kazakhstan")

        assert page.locator("h2#results-countries").count() == 1
        assert page.locator("a.search-title", has_text="Kazakhstan").count() >= 1
    finally:
        context.close()


@pytest.mark.parametrize("query", ["church", "", "zzyzx"])
def test_search_pages_have_no_serious_axe_violations(live_server, axe_page, demo, query) -> None:
    response = axe_page.goto(f"{live_server.url}/search/?q={query}")

    assert response is not None and response.status == 200
    violations = run_axe(axe_page)
    assert violations == [], [(v["id"], v["help"], v["nodes"][0]["html"][:200]) for v in violations]
