"""Home, map, country and campaign pages in Debian's Chromium: screenshots and axe-core.

The home and country pages are rendered with the campaigns blocks dropped into their
slots (``watchlist/_home_extra.html`` and ``watchlist/_country_extra.html``), exactly
as the one-line includes do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from conftest import run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
SLOTS = {
    "watchlist/_home_extra.html": '{% include "campaigns/_home.html" %}',
    "watchlist/_country_extra.html": '{% include "campaigns/_country.html" %}',
}
PAGES = {
    "home": "/",
    "map": "/watchlist/2025/map/",
    "country": "/countries/syria/",
    "campaign": "/campaigns/iraq-syria-stand-with-the-church/",
    "prisoner": "/prisoners/bakhytzhan-kashkumbaev/",
    "prayer-guide": "/watchlist/2025/prayer-guide/",
}


@pytest.fixture
def site_with_blocks(settings, tmp_path: Path) -> None:
    """The demo data, with the campaigns blocks included in the home and country slots."""
    for name, text in SLOTS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    templates = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    settings.TEMPLATES = templates
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("load_demo", verbosity=0)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_in_chromium_has_no_serious_axe_violations(
    live_server, axe_page, site_with_blocks, name: str
) -> None:
    external: list[str] = []
    axe_page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:"))
            else external.append(request.url)
        ),
    )
    console_errors: list[str] = []
    axe_page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    response = axe_page.goto(f"{live_server.url}{PAGES[name]}")
    assert response is not None and response.status == 200
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    axe_page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    assert external == []
    assert not [e for e in console_errors if "Content Security Policy" in e]
    violations = run_axe(axe_page)
    assert violations == [], [(v["id"], v["help"], v["nodes"][0]["html"][:200]) for v in violations]


def test_map_countries_are_keyboard_focusable_links(
    live_server, axe_page, site_with_blocks
) -> None:
    axe_page.goto(f"{live_server.url}/watchlist/2025/map/")
    links = axe_page.locator("a.map-country")
    assert links.count() > 0
    links.first.focus()
    focused = axe_page.evaluate("document.activeElement.getAttribute('data-code')")
    assert focused == links.first.get_attribute("data-code")


def test_home_blocks_are_present(live_server, axe_page, site_with_blocks) -> None:
    axe_page.goto(f"{live_server.url}/")
    text = axe_page.inner_text("main")
    assert "Pray today for" in text
    assert "Iraq and Syria: stand with the church that remains" in text
    assert axe_page.locator("svg.world-map-svg").count() == 1
