"""Every public page on a 390 px wide phone: no sideways scrolling, a compact header
whose menu opens without JavaScript, by keyboard, and passes axe."""

from __future__ import annotations

import pytest

from conftest import AXE_JS, run_axe
from vigil.campaigns.tests.test_html import public_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _page(chromium, viewport: dict[str, int], *, axe: bool = False):
    context = chromium.new_context(viewport=viewport, java_script_enabled=axe)
    if axe:
        context.add_init_script(path=AXE_JS)
    return context, context.new_page()


@pytest.fixture
def phone(chromium):
    context, page = _page(chromium, PHONE)
    yield page
    context.close()


def test_no_public_page_is_wider_than_a_phone(live_server, phone, demo) -> None:
    pages = [*public_pages(), "/watchlist/2025/map/", "/watchlist/2014/", "/watchlist/2014/map/"]
    too_wide, loose_tables = {}, {}
    for url in pages:
        response = phone.goto(f"{live_server.url}{url}")
        assert response is not None and response.status == 200, url
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[url] = width
        loose = phone.locator("table.chart-table:not(.table-scroll table)").count()
        if loose:
            loose_tables[url] = loose
    assert too_wide == {}
    assert loose_tables == {}


def test_phone_header_is_one_line_and_its_menu_opens_by_keyboard(live_server, phone, demo) -> None:
    phone.goto(f"{live_server.url}/")
    header = phone.locator(".site-header").bounding_box()
    assert header is not None and header["height"] <= 72
    menu = phone.get_by_role("navigation", name="Main")
    button = menu.locator("summary")
    assert button.is_visible() and button.inner_text().strip() == "Menu"
    countries = menu.get_by_role("link", name="Countries", exact=True)
    assert not countries.is_visible()
    button.focus()
    phone.keyboard.press("Enter")
    assert countries.is_visible()
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent") == "Watch list"
    phone.keyboard.press("Shift+Tab")
    phone.keyboard.press("Enter")
    assert not countries.is_visible()


# The search box's room for text, against the width its placeholder needs in its font.
PLACEHOLDER_ROOM = """() => {
  const box = document.querySelector("#site-search-q");
  const style = getComputedStyle(box);
  const context = document.createElement("canvas").getContext("2d");
  context.font = style.font;
  const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return [context.measureText(box.placeholder).width, room];
}"""


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize(
    ("prefix", "search", "menu"),
    [
        ("", "Search", "Menu"),
        ("/ru", "Поиск", "Меню"),
        ("/es", "Buscar", "Menú"),
        ("/ar", "بحث", "القائمة"),
    ],
)
def test_phone_search_box_shows_its_whole_placeholder(
    live_server, chromium, demo, width, prefix, search, menu
) -> None:
    context, page = _page(chromium, {"width": width, "height": 700})
    page.goto(f"{live_server.url}{prefix}/")
    needed, room = page.evaluate(PLACEHOLDER_ROOM)
    assert needed <= room, (needed, room)
    # The button shows a magnifier (and the menu only its icon on the narrowest
    # phones); both keep their words for screen readers.
    assert page.get_by_role("button", name=search, exact=True).is_visible()
    summary = page.get_by_role("navigation").locator("summary")
    assert summary.is_visible() and summary.text_content().strip() == menu
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_wide_screens_show_the_menu_without_a_button(live_server, chromium, demo) -> None:
    context, page = _page(chromium, DESKTOP)
    page.goto(f"{live_server.url}/")
    menu = page.get_by_role("navigation", name="Main")
    assert not menu.locator("summary").is_visible()
    assert menu.get_by_role("link", name="Countries", exact=True).is_visible()
    header = page.locator(".site-header").bounding_box()
    assert header is not None and header["height"] <= 72
    context.close()


def test_open_phone_menu_has_no_serious_axe_violations(live_server, chromium, demo) -> None:
    context, page = _page(chromium, PHONE, axe=True)
    page.goto(f"{live_server.url}/countries/kazakhstan/")
    page.locator(".site-header summary").click()
    violations = run_axe(page)
    assert violations == [], [(v["id"], v["help"], v["nodes"][0]["html"][:200]) for v in violations]
    context.close()
