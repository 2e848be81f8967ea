"""The author's private link: shown once, edit within 30 minutes (moderated again),
delete at any time, and a friendly 404 for every wrong or spent link."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vigil.core import privacy, ratelimit
from vigil.core.models import LogEntry
from vigil.moderation.models import Term
from vigil.prayers import formtoken
from vigil.prayers.models import Prayer, Wall
from vigil.prayers.services import authors, common, lifecycle
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db

TEXT = "Lord, strengthen the believers who meet in secret, and comfort the families."
NEW_TEXT = "Lord, strengthen the believers who meet in secret, and comfort their children."
HTMX = {"HTTP_HX_REQUEST": "true"}
TOKEN = "author-token-for-tests"
LINK_RE = re.compile(r'href="(http://testserver/prayers/\d+/manage/[^"/]+/)"')


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Tasks run in the request, so their emails can be asserted directly."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def clocks(monkeypatch):
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)
    monkeypatch.setattr(formtoken, "_clock", lambda: 1_000_000_040.0)


def authored(**kwargs) -> Prayer:
    """A published prayer whose private link uses ``TOKEN``."""
    kwargs.setdefault("text", TEXT)
    return PrayerFactory(edit_token_hash=privacy.token_hash(TOKEN), **kwargs)


def manage_url(prayer: Prayer, token: str = TOKEN) -> str:
    return reverse("prayers:prayer-manage", args=[prayer.pk, token])


def post_prayer(client, wall: Wall, **extra):
    token = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 60)
    data = {"name": "Anna", "email": "", "text": TEXT, "website": "", "rendered": token}
    data["next"] = reverse("prayers:wall-detail", args=[wall.pk])
    return client.post(
        reverse("prayers:prayer-create", args=[wall.pk]), data, REMOTE_ADDR="203.0.113.9", **extra
    )


def actions(prayer_id: int) -> list[str]:
    return list(
        LogEntry.objects.for_objects(Prayer, [prayer_id])
        .order_by("id")
        .values_list("action", flat=True)
    )


# --- the link, shown once ----------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "lead"),
    [
        (Prayer.Status.PUBLISHED, "It is published."),
        (Prayer.Status.PENDING, "It is being checked. It appears when the check passes"),
        (Prayer.Status.HELD, "It is waiting for review by a moderator"),
        (Prayer.Status.REMOVED, "It is not shown on the wall."),
    ],
)
def test_the_private_link_says_where_the_prayer_stands(client, status, lead):
    text = client.get(manage_url(authored(status=status))).content.decode()
    assert lead in text
    if status == Prayer.Status.PENDING:
        assert "moderator; it appears once they approve it" not in text


def test_the_private_link_is_shown_once_after_a_plain_post_and_works(client):
    wall = WallFactory()
    response = post_prayer(client, wall, follow=True)
    html = response.content.decode()
    links = LINK_RE.findall(html)
    assert len(links) == 1
    assert "we show it only this once" in html
    assert 'data-copy="wall-' in html  # the copy button, shown by prayers.js
    again = client.get(reverse("prayers:wall-detail", args=[wall.pk])).content.decode()
    assert not LINK_RE.search(again)
    page = client.get(links[0])
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]
    assert f"{TEXT}</textarea>" in page.content.decode()
    assert 'value="Anna"' in page.content.decode()


def test_the_private_link_is_in_the_swapped_wall_with_htmx(client):
    wall = WallFactory()
    html = post_prayer(client, wall, **HTMX).content.decode()
    links = LINK_RE.findall(html)
    assert len(links) == 1
    assert client.get(links[0]).status_code == 200


def test_spam_gets_no_link(client):
    wall = WallFactory()
    token = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 60)
    data = {"name": "Bot", "text": TEXT, "website": "http://x.example", "rendered": token}
    response = client.post(reverse("prayers:prayer-create", args=[wall.pk]), data, follow=True)
    assert not LINK_RE.search(response.content.decode())


# --- editing -----------------------------------------------------------------------


def test_an_edit_within_the_window_is_saved_and_moderated_again(client):
    prayer = authored()
    response = client.post(manage_url(prayer), {"name": "Anna K.", "text": NEW_TEXT}, follow=True)
    assert "Your changes are saved and published." in response.content.decode()
    prayer.refresh_from_db()
    assert (prayer.name, prayer.text, prayer.status) == ("Anna K.", NEW_TEXT, "published")
    assert prayer.edited_at is not None
    assert actions(prayer.pk) == ["prayer.edited"]


def test_an_edit_is_normalised_like_a_new_prayer():
    prayer = authored()
    authors.prayer_edit(prayer=prayer, name=" Anna\u200b ", text="Cafe\u0301 church\x07 prays.")
    prayer.refresh_from_db()
    assert (prayer.name, prayer.text) == ("Anna", "Café church prays.")


def test_an_edit_adding_a_suspect_term_is_held_and_leaves_the_wall(client):
    Term.objects.create(term="smugglerword", kind=Term.Kind.SUSPECT)
    prayer = authored()
    text = TEXT + " smugglerword"
    response = client.post(manage_url(prayer), {"name": "Anna", "text": text}, follow=True)
    assert "A moderator will read them before they appear." in response.content.decode()
    prayer.refresh_from_db()
    assert (prayer.status, prayer.text) == (Prayer.Status.HELD, text)
    assert actions(prayer.pk) == ["prayer.edited", "prayer.held"]
    assert Wall.objects.get(pk=prayer.wall_id).published_count == 0
    wall_page = client.get(reverse("prayers:wall-detail", args=[prayer.wall_id]))
    assert "smugglerword" not in wall_page.content.decode()


def test_an_edit_adding_a_banned_term_is_refused_with_the_text_kept(client):
    Term.objects.create(term="vermintrash", kind=Term.Kind.BANNED)
    prayer = authored()
    text = "You fake-identity_attack are vermintrash & <worse>"
    response = client.post(manage_url(prayer), {"name": "Anna", "text": text})
    html = response.content.decode()
    assert response.status_code == 422
    assert "Please rewrite it without insults" in html
    assert "You fake-identity_attack are vermintrash &amp; &lt;worse&gt;</textarea>" in html
    prayer.refresh_from_db()
    assert (prayer.text, prayer.status) == (TEXT, Prayer.Status.PUBLISHED)
    assert actions(prayer.pk) == ["prayer.edit_rejected"]


def test_an_edit_never_releases_a_held_prayer():
    prayer = authored(status=Prayer.Status.HELD, published_at=None)
    result = authors.prayer_edit(prayer=prayer, name="Anna", text=NEW_TEXT)
    assert result.prayer.status == Prayer.Status.HELD
    assert Prayer.objects.get(pk=prayer.pk).text == NEW_TEXT


def test_an_edit_after_thirty_minutes_is_refused(client, monkeypatch):
    start = timezone.now()
    prayer = authored(created_at=start - timedelta(minutes=31))
    with pytest.raises(common.SubmissionRefused) as refused:
        authors.prayer_edit(prayer=prayer, name="Anna", text=NEW_TEXT, now=start)
    assert refused.value.code == "edit_closed"
    monkeypatch.setattr(timezone, "now", lambda: start)
    page = client.get(manage_url(prayer)).content.decode()
    assert "<textarea" not in page
    assert "can be changed for 30 minutes after it is posted" in page
    assert "Delete my prayer" in page
    response = client.post(manage_url(prayer), {"name": "Anna", "text": NEW_TEXT})
    assert response.status_code == 403
    assert Prayer.objects.get(pk=prayer.pk).text == TEXT


def test_the_window_is_open_until_thirty_minutes():
    start = timezone.now()
    prayer = authored(created_at=start)
    assert prayer.is_editable(start + timedelta(minutes=29, seconds=59))
    assert not prayer.is_editable(start + timedelta(minutes=30))


def test_a_removed_prayer_cannot_be_edited_but_can_be_deleted(client):
    prayer = authored()
    lifecycle.prayer_remove(prayer=prayer, reasons=["abusive"])
    page = client.get(manage_url(prayer)).content.decode()
    assert "A moderator took this prayer off the wall" in page
    assert "<textarea" not in page
    delete = reverse("prayers:prayer-delete", args=[prayer.pk, TOKEN])
    assert client.post(delete).status_code == 200
    assert not Prayer.objects.filter(pk=prayer.pk).exists()


# --- deleting ----------------------------------------------------------------------


def test_delete_asks_first_then_deletes_at_any_time(client, monkeypatch):
    prayer = authored(name="Anna", created_at=timezone.now() - timedelta(days=40))
    lifecycle.prayer_hold(prayer=prayer, reasons=["checking"])
    lifecycle.prayer_publish(prayer=prayer)
    wall = Wall.objects.get(pk=prayer.wall_id)
    count = wall.published_count
    delete = reverse("prayers:prayer-delete", args=[prayer.pk, TOKEN])
    ask = client.get(delete)
    assert ask.status_code == 200 and "Yes, delete it" in ask.content.decode()
    assert Prayer.objects.filter(pk=prayer.pk).exists()
    done = client.post(delete)
    assert "Your prayer is deleted" in done.content.decode()
    assert not Prayer.objects.filter(pk=prayer.pk).exists()
    assert Wall.objects.get(pk=wall.pk).published_count == count - 1
    event = LogEntry.objects.get(action="prayer.deleted_by_author")
    assert event.target_repr == f"#{prayer.pk} (deleted by its author)"
    trail = " ".join(LogEntry.objects.values_list("target_repr", flat=True))
    assert "Anna" not in trail and "strengthen" not in trail
    assert client.get(manage_url(prayer)).status_code == 404


# --- wrong links -------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    ["wrong", "x" * 32, "WyIxIiwiYWJjIl0:1tXyZz:forged", TOKEN.upper(), "%00", "a:b:c"],
)
def test_a_wrong_token_is_a_friendly_404(client, token):
    prayer = authored()
    for url in (
        manage_url(prayer, token),
        reverse("prayers:prayer-delete", args=[prayer.pk, token]),
    ):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 404
            assert "This private link does not work" in response.content.decode()
    assert Prayer.objects.filter(pk=prayer.pk, text=TEXT).exists()


def test_a_token_opens_only_its_own_prayer(client):
    mine, other = authored(), PrayerFactory(edit_token_hash=privacy.token_hash("other"))
    assert client.get(manage_url(other)).status_code == 404
    assert client.get(manage_url(mine)).status_code == 200
    assert client.get(reverse("prayers:prayer-manage", args=[999_999, TOKEN])).status_code == 404


def test_a_prayer_without_a_token_has_no_link():
    prayer = PrayerFactory(edit_token_hash="")
    assert Prayer.objects.for_author_link(prayer.pk, "") is None
    assert Prayer.objects.for_author_link(prayer.pk, privacy.token_hash("")) is None


def test_the_emailed_token_opens_the_same_prayer_and_dies_with_it():
    prayer = authored()
    emailed = prayer.emailed_author_token()
    assert Prayer.objects.for_author_link(prayer.pk, emailed) == prayer
    other = authored()
    assert Prayer.objects.for_author_link(other.pk, emailed) is None
    authors.prayer_delete_by_author(prayer=prayer)
    assert Prayer.objects.for_author_link(prayer.pk, emailed) is None
