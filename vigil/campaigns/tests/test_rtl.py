"""The Arabic site in Chromium: every public page right to left, in Arabic, no sideways
scrolling on a phone, axe clean; screenshots of the key pages are kept under
test-results/rtl/ for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from conftest import AXE_JS, run_axe
from vigil.campaigns.tests.test_html import public_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SHOTS = Path(settings.BASE_DIR) / "test-results" / "rtl"
# Words of the Arabic interface that every page carries (the header and footer).
ARABIC_CHROME = ("قائمة المراقبة",)


def _context(chromium, viewport: dict[str, int], *, axe: bool = False):
    context = chromium.new_context(viewport=viewport)
    if axe:
        context.add_init_script(path=AXE_JS)
    return context


def test_every_public_page_reads_right_to_left_in_arabic(live_server, chromium, demo) -> None:
    context = _context(chromium, PHONE)
    page = context.new_page()
    problems: dict[str, str] = {}
    for url in public_pages():
        response = page.goto(f"{live_server.url}/ar{url}")
        assert response is not None and response.status == 200, url
        assert response.headers["content-language"] == "ar", url
        state = page.evaluate(
            """() => ({
                lang: document.documentElement.lang,
                dir: document.documentElement.dir,
                direction: getComputedStyle(document.body).direction,
                width: document.documentElement.scrollWidth,
                text: document.body.innerText,
            })"""
        )
        if (state["lang"], state["dir"], state["direction"]) != ("ar", "rtl", "rtl"):
            problems[url] = f"lang={state['lang']} dir={state['dir']} {state['direction']}"
        elif state["width"] > PHONE["width"]:
            problems[url] = f"{state['width']} px wide on a 390 px phone"
        elif not all(words in state["text"] for words in ARABIC_CHROME):
            problems[url] = "the interface is not in Arabic"
    context.close()
    assert problems == {}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_arabic_country_page_is_mirrored_and_passes_axe(
    live_server, chromium, demo, viewport
) -> None:
    context = _context(chromium, viewport, axe=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/countries/kazakhstan/")
    # Mirrored: the site's name sits at the right edge of the header, the first
    # column of the facts on the right of the second.
    brand = page.locator("header a").first.bounding_box()
    assert brand is not None
    assert brand["x"] + brand["width"] > viewport["width"] / 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    name = f"country-kazakhstan-{'phone' if viewport is PHONE else 'desktop'}.png"
    page.screenshot(path=str(SHOTS / name), full_page=viewport is DESKTOP)
    assert (SHOTS / name).stat().st_size > 10_000
    violations = run_axe(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]
    context.close()


def test_an_arabic_prayer_can_be_left_on_the_arabic_wall(live_server, chromium, demo) -> None:
    context = _context(chromium, PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/countries/kazakhstan/")
    page.locator(".prayer-form textarea").wait_for()
    assert (
        page.locator(".prayer-form textarea").evaluate(
            "element => getComputedStyle(element).direction"
        )
        == "rtl"
    )
    page.locator(".prayer-form input[name=name]").fill("مريم")
    page.locator(".prayer-form textarea").fill("يا رب، احفظ كنيستك في كازاخستان وامنحها السلام.")
    page.locator(".prayer-form button[type=submit]").click()
    notice = page.locator(".wall-live .notice").first
    notice.wait_for()
    assert notice.get_attribute("dir") in (None, "rtl", "auto")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "wall-after-posting-phone.png"))
    text = notice.inner_text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in text), text  # the notice is in Arabic
    context.close()
