"""The prayer wall in Debian's Chromium, with JavaScript on (the wall's forms load into
the cached page and htmx swaps in place) and off (the "Leave a prayer" form page: plain
POST, redirect, message): posting, "I prayed", "Pray with", a rejected prayer, the
layout and axe-core. No request may leave the test server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from conftest import run_axe
from vigil.moderation.engine import policy
from vigil.moderation.models import Term
from vigil.prayers.models import Prayer, Wall

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COUNTRY = "/countries/kazakhstan/"
NO_LIMIT = (10_000, 60)
OpenPage = Callable[..., Page]


@pytest.fixture
def demo(settings) -> Wall:
    """The demo site, rate limits raised (every page comes from 127.0.0.1)."""
    settings.VIGIL_PRAYER_RATES = {
        "client-minute": NO_LIMIT,
        "client-day": NO_LIMIT,
        "wall-minute": NO_LIMIT,
    }
    call_command("load_demo", verbosity=0)
    return Wall.objects.get(key="country:KZ")


@pytest.fixture
def quick_posts(monkeypatch) -> None:
    """Posting a second after the form loaded is not held as a bot (tests are fast)."""
    monkeypatch.setattr(policy, "FAST_POST_SECONDS", 0.0)


@pytest.fixture
def open_page(chromium, live_server, settings) -> Iterator[OpenPage]:
    """Open pages in fresh browser contexts (fresh visitors, each from its own network
    address, passed as a proxy would); record external requests and
    Content-Security-Policy errors, and fail if there were any."""
    contexts = []
    external: list[str] = []
    csp_errors: list[str] = []
    addresses: dict[str, str] = {}
    settings.VIGIL_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"

    def opener(*, js: bool = True, visitor: str = "one", width: int = 1280) -> Page:
        address = addresses.setdefault(visitor, f"198.51.100.{len(addresses) + 1}")
        context = chromium.new_context(
            java_script_enabled=js,
            user_agent=f"Mozilla/5.0 (X11; Linux x86_64) Chromium vigil-test-{visitor}",
            viewport={"width": width, "height": 900},
            extra_http_headers={"X-Forwarded-For": address},
        )
        contexts.append(context)
        page = context.new_page()
        page.on(
            "request",
            lambda request: (
                None
                if request.url.startswith((live_server.url, "data:", "about:"))
                else external.append(request.url)
            ),
        )
        page.on(
            "console",
            lambda message: (
                csp_errors.append(message.text)
                if message.type == "error" and "Content Security Policy" in message.text
                else None
            ),
        )
        page.set_default_timeout(10_000)
        return page

    opener.base = live_server.url  # type: ignore[attr-defined]
    yield opener
    for context in contexts:
        context.close()
    assert external == [], f"requests left the server: {external}"
    assert csp_errors == [], csp_errors


def goto(page: Page, opener: OpenPage, path: str) -> None:
    response = page.goto(opener.base + path)  # type: ignore[attr-defined]
    assert response is not None and response.status == 200, path


def mark_document(page: Page) -> None:
    """Mark this document; a full page load would lose the mark."""
    page.evaluate("window.vigilSameDocument = true")


def same_document(page: Page) -> bool:
    return bool(page.evaluate("window.vigilSameDocument === true"))


def fill_prayer(page: Page, wall: Wall, name: str, text: str) -> None:
    form = page.locator(f"#wall-{wall.pk}-form")
    form.get_by_label("Your name").fill(name)
    form.get_by_label("Your prayer or comment").fill(text)


def open_forms(page: Page, wall: Wall, *, js: bool) -> None:
    """With JavaScript, wait for the wall's forms to load into the page; without, follow
    the "Leave a prayer" link to the wall's form page."""
    if js:
        expect(page.locator(f"#wall-{wall.pk}-form")).to_be_visible()
    else:
        with page.expect_navigation():
            page.locator(f"#wall-{wall.pk}").get_by_role("link", name="Leave a prayer").click()
        assert f"/walls/{wall.pk}/form/" in page.url


def number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


# --- posting ---------------------------------------------------------------------------


def test_posting_with_javascript_swaps_the_wall_in_place(open_page, demo) -> None:
    page = open_page(js=True)
    goto(page, open_page, COUNTRY)
    open_forms(page, demo, js=True)
    mark_document(page)
    text = "Lord, give the house churches of Almaty courage and joy this week."
    fill_prayer(page, demo, "Miriam", text)
    page.wait_for_timeout(3100)  # a human's pace: faster posts are held as likely bots
    page.locator(f"#wall-{demo.pk}-form").get_by_role("button", name="Send").click()

    expect(page.locator(f"#wall-{demo.pk} .notice-success")).to_contain_text("published")
    expect(page.locator(f"#wall-{demo.pk}-prayers .prayer").first).to_contain_text(text)
    assert same_document(page), "the page was reloaded instead of swapped"
    assert page.locator(f"#wall-{demo.pk}-form textarea").input_value() == ""
    prayer = Prayer.objects.get(wall=demo, text=text)
    assert prayer.status == Prayer.Status.PUBLISHED


def test_a_pre_moderated_wall_says_it_will_appear_after_review(
    open_page, demo, quick_posts
) -> None:
    Wall.objects.filter(pk=demo.pk).update(moderation_mode=Wall.Mode.PRE)
    page = open_page(js=True)
    goto(page, open_page, COUNTRY)
    open_forms(page, demo, js=True)
    mark_document(page)
    text = "Father, protect the pastors who are questioned by the police."
    fill_prayer(page, demo, "Ruth", text)
    page.locator(f"#wall-{demo.pk}-form").get_by_role("button", name="Send").click()

    expect(page.locator(f"#wall-{demo.pk} .notice-success")).to_contain_text(
        "A moderator will read it before it appears"
    )
    assert same_document(page)
    expect(page.locator(f"#wall-{demo.pk}-prayers")).not_to_contain_text(text)
    assert Prayer.objects.get(wall=demo, text=text).status == Prayer.Status.HELD


def test_posting_without_javascript_redirects_with_a_message(open_page, demo, quick_posts) -> None:
    page = open_page(js=False)
    goto(page, open_page, COUNTRY)
    assert page.locator(f"#wall-{demo.pk}-form").count() == 0  # the cached page has no form
    open_forms(page, demo, js=False)
    text = "Lord Jesus, be near to the believers who meet in secret in Shymkent."
    fill_prayer(page, demo, "Daniel", text)
    with page.expect_navigation():
        page.locator(f"#wall-{demo.pk}-form").get_by_role("button", name="Send").click()

    assert f"/walls/{demo.pk}/form/" in page.url
    assert page.url.endswith(f"#wall-{demo.pk}-notice")
    notice = page.locator(f"#wall-{demo.pk}-notice")
    expect(notice).to_contain_text("published")
    expect(notice.locator(".manage-link")).to_contain_text("/manage/")
    with page.expect_navigation():
        page.get_by_role("link", name="Back to Kazakhstan").click()
    assert page.url.endswith(COUNTRY)
    expect(page.locator(f"#wall-{demo.pk}-prayers .prayer").first).to_contain_text(text)
    assert Prayer.objects.filter(wall=demo, text=text, status="published").count() == 1


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_a_rejected_prayer_keeps_the_text_and_gives_the_reason(
    open_page, demo, quick_posts, js: bool
) -> None:
    Term.objects.create(term="grumbleword", kind=Term.Kind.BANNED)
    page = open_page(js=js)
    goto(page, open_page, COUNTRY)
    open_forms(page, demo, js=js)
    text = "These people are grumbleword (fake-identity_attack).\nSecond line kept."
    fill_prayer(page, demo, "Angry", text)
    send = page.locator(f"#wall-{demo.pk}-form").get_by_role("button", name="Send")
    if js:
        mark_document(page)
        send.click()
    else:
        with page.expect_navigation():
            send.click()

    form = page.locator(f"#wall-{demo.pk}-form")
    expect(form.locator(".errorlist")).to_contain_text("language this wall does not publish")
    expect(form.get_by_label("Your prayer or comment")).to_have_value(text)
    expect(form.get_by_label("Your name")).to_have_value("Angry")
    if js:
        assert same_document(page)
        expect(page.locator(f"#wall-{demo.pk}-errors")).to_be_focused()
    published = Prayer.objects.visible().filter(wall=demo, text=text)
    assert not published.exists()


# --- praying along ---------------------------------------------------------------------


def prayed_count(page: Page, wall: Wall) -> int:
    """The number shown, or 0 for the invitation shown before anyone has prayed."""
    strong = page.locator(f"#wall-{wall.pk}-prayed .prayed-count strong")
    return number(strong.inner_text()) if strong.count() else 0


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_i_prayed_counts_a_visitor_once_a_day(open_page, demo, js: bool) -> None:
    before = Wall.objects.get(pk=demo.pk).prayed_count
    page = open_page(js=js, visitor="first")
    goto(page, open_page, COUNTRY)
    open_forms(page, demo, js=js)
    assert prayed_count(page, demo) == before
    button = page.locator(f"#wall-{demo.pk}-prayed").get_by_role("button", name="I prayed")

    for attempt, message in enumerate(["Thank you for praying", "already counted"]):
        if js:
            mark_document(page)
            button.click()
            expect(page.locator(f"#wall-{demo.pk}-prayed .notice")).to_contain_text(message)
            assert same_document(page)
        else:
            with page.expect_navigation():
                button.click()
            expect(page.locator(f"#wall-{demo.pk}-prayed .notice")).to_contain_text(message)
        assert prayed_count(page, demo) == before + 1, f"attempt {attempt + 1}"
    assert Wall.objects.get(pk=demo.pk).prayed_count == before + 1

    # Another visitor (another browser and address) is counted too.
    other = open_page(js=js, visitor="second")
    goto(other, open_page, COUNTRY)
    open_forms(other, demo, js=js)
    other.locator(f"#wall-{demo.pk}-prayed").get_by_role("button", name="I prayed").click()
    if js:
        expect(other.locator(f"#wall-{demo.pk}-prayed .notice")).to_contain_text("Thank you")
    else:
        expect(other.locator(f"#wall-{demo.pk}-prayed .notice")).to_contain_text("Thank you")
    assert Wall.objects.get(pk=demo.pk).prayed_count == before + 2


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_pray_with_counts_a_visitor_once_a_day(open_page, demo, js: bool) -> None:
    page = open_page(js=js)
    goto(page, open_page, COUNTRY)
    if js:
        open_forms(page, demo, js=True)  # the live part brings the CSRF token htmx sends
    item = page.locator(f"#wall-{demo.pk}-prayers .prayer").first
    pk = int(item.get_attribute("id").removeprefix("prayer-"))
    prayer = Prayer.objects.get(pk=pk)
    before = prayer.prayed_count
    assert number(item.locator(".pray-with-count").inner_text()) == before

    no_js_messages = [f"praying with {prayer.name}", "today is already counted"]
    for attempt, message in enumerate(["Thank you", "Already counted today"]):
        button = page.locator(f"#prayer-{pk}").get_by_role(
            "button", name=f"Pray with {prayer.name}"
        )
        if js:
            mark_document(page)
            button.click()
            expect(page.locator(f"#prayer-{pk} .pray-with .notice")).to_contain_text(message)
            assert same_document(page)
        else:  # the cached list's button opens a small form page, which posts
            with page.expect_navigation():
                button.click()
            assert f"/prayers/{pk}/pray/" in page.url
            with page.expect_navigation():
                page.get_by_role("button", name=f"I prayed with {prayer.name}").click()
            expect(page.locator(".messages")).to_contain_text(no_js_messages[attempt])
            goto(page, open_page, COUNTRY)
        count = number(page.locator(f"#prayer-{pk} .pray-with-count").inner_text())
        assert count == before + 1, f"attempt {attempt + 1}"
    prayer.refresh_from_db()
    assert prayer.prayed_count == before + 1


# --- layout and accessibility ----------------------------------------------------------


def test_country_page_with_its_wall_has_no_serious_axe_violations(
    axe_page, live_server, demo
) -> None:
    external: list[str] = []
    axe_page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:", "about:"))
            else external.append(request.url)
        ),
    )
    for path in (COUNTRY, f"/walls/{demo.pk}/"):
        response = axe_page.goto(live_server.url + path)
        assert response is not None and response.status == 200
        expect(axe_page.locator(f"#wall-{demo.pk}-form")).to_be_visible()
        assert axe_page.locator(f"#wall-{demo.pk} .prayer").count() > 0
        violations = run_axe(axe_page)
        assert violations == [], [
            (v["id"], v["help"], v["nodes"][0]["html"][:200]) for v in violations
        ]
    assert external == []


def test_a_wall_showing_errors_has_no_serious_axe_violations(
    axe_page, live_server, demo, quick_posts
) -> None:
    axe_page.goto(live_server.url + COUNTRY)
    axe_page.locator(f"#wall-{demo.pk}-form").get_by_role("button", name="Send").click()
    expect(axe_page.locator(f"#wall-{demo.pk}-form .form-errors")).to_be_visible()
    violations = run_axe(axe_page)
    assert violations == [], [(v["id"], v["help"], v["nodes"][0]["html"][:200]) for v in violations]


def box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, selector
    return found


@pytest.mark.parametrize("width", [1280, 375])
def test_form_beside_the_policy_on_wide_screens_and_stacked_on_phones(
    open_page, demo, width: int
) -> None:
    page = open_page(width=width)
    goto(page, open_page, COUNTRY)
    open_forms(page, demo, js=True)
    form, policy = box(page, f"#wall-{demo.pk}-form"), box(page, f"#wall-{demo.pk} .wall-policy")
    if width >= 768:
        assert policy["x"] >= form["x"] + form["width"] - 1
        assert abs(policy["y"] - form["y"]) < 2
    else:
        assert policy["y"] >= form["y"] + form["height"] - 1
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, "the page scrolls sideways"
    # Every control of the wall is a comfortable touch target.
    controls = page.locator(
        f"#wall-{demo.pk} button:visible, #wall-{demo.pk} input:visible, "
        f"#wall-{demo.pk} .report-link, #wall-{demo.pk} .more a"
    )
    for index in range(controls.count()):
        control = controls.nth(index)
        if control.get_attribute("type") in {"checkbox", "radio"}:
            continue
        height = control.bounding_box()["height"]
        assert height >= 44, (control.evaluate("e => e.outerHTML")[:120], height)
