"""Working the moderator queue by keyboard in Debian's Chromium (htmx on)."""

from __future__ import annotations

import pytest
from django.conf import settings

from conftest import run_axe
from vigil.prayers.models import Prayer
from vigil.review.tests.factories import ModeratorFactory, PrayerFactory, WallFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue_page(live_server, axe_page, client):
    """The queue, logged in as a moderator, with three held prayers (newest first)."""
    moderator = ModeratorFactory()
    wall = WallFactory(title="Kazakhstan")
    prayers = [
        PrayerFactory(wall=wall, status="held", published_at=None, text=f"Held prayer {n}")
        for n in range(3)
    ]
    client.force_login(moderator)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    axe_page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    axe_page.goto(f"{live_server.url}/moderation/")
    return axe_page, list(reversed(prayers))


def _focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def test_a_moderator_works_the_queue_by_keyboard(queue_page):
    page, (first, second, third) = queue_page
    page.keyboard.press("j")
    assert _focused_id(page) == f"prayer-{first.pk}"
    page.keyboard.press("a")
    page.locator(f"#prayer-{first.pk}[data-done]").wait_for()
    assert Prayer.objects.get(pk=first.pk).status == "published"
    assert "Held (2)" in page.locator("#mod-tabs").inner_text()
    page.keyboard.press("j")
    assert _focused_id(page) == f"prayer-{second.pk}"
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert _focused_id(page) == f"prayer-{second.pk}"
    page.select_option(f"#prayer-{second.pk} select[name=reason]", "harassment")
    page.locator(f"#prayer-{second.pk}").focus()
    page.keyboard.press("r")
    page.locator(f"#prayer-{second.pk}[data-done]").wait_for()
    assert Prayer.objects.get(pk=second.pk).status == "rejected"
    assert Prayer.objects.get(pk=third.pk).status == "held"


def test_the_help_dialog_lists_the_shortcuts_and_the_page_passes_axe(queue_page):
    page, _ = queue_page
    assert run_axe(page) == []
    page.keyboard.press("?")
    dialog = page.locator("#mod-help")
    assert dialog.is_visible()
    assert "Approve the current prayer" in dialog.inner_text()
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    page.get_by_role("button", name="Keyboard shortcuts (?)").click()
    assert dialog.is_visible()


def test_the_current_card_has_a_visible_focus_ring(queue_page):
    page, (first, *_) = queue_page
    page.keyboard.press("j")
    outline = page.evaluate(
        f"getComputedStyle(document.getElementById('prayer-{first.pk}')).outlineStyle"
    )
    assert outline == "solid"


def test_approve_and_ban_differ_and_undo_brings_a_card_back(queue_page):
    page, (first, *_) = queue_page
    card = page.locator(f"#prayer-{first.pk}")
    approve = card.locator("button[value=approve]")
    ban = card.locator("button[value=ban]")
    assert not ban.is_visible()  # behind a second step
    card.get_by_text("Ban the author…").click()
    assert ban.is_visible()
    colour = "el => getComputedStyle(el).backgroundColor"
    assert approve.evaluate(colour) != ban.evaluate(colour)
    assert run_axe(page) == []
    page.locator(f"#prayer-{first.pk}").focus()
    page.keyboard.press("a")
    page.locator(f"#prayer-{first.pk}[data-done] button[data-undo]").wait_for()
    assert run_axe(page) == []
    page.keyboard.press("u")
    page.locator(f"#prayer-{first.pk}:not([data-done]) button[value=approve]").wait_for()
    assert Prayer.objects.get(pk=first.pk).status == "held"
    assert "Undone: the approval" in page.locator(f"#prayer-{first.pk}").inner_text()
    assert "Held (3)" in page.locator("#mod-tabs").inner_text()
