"""The walls, their forms and emails in another language: pages under /ru/ render in
Russian with the same queries as in English, emails are written in the language of the
page the visitor used (English where none is known), and what is stored stays English.

The translators' catalogs come later, so the tests that check translated words install
a small Russian catalog of their own."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.tasks import task_backends
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from vigil.core import ratelimit
from vigil.core.models import LogEntry
from vigil.moderation.tests import catalog
from vigil.prayers import emails, formtoken
from vigil.prayers.models import Prayer, Subscription, Wall
from vigil.prayers.services import subscriptions
from vigil.prayers.states import PrayerAction
from vigil.prayers.tests.factories import PrayerFactory, WallFactory, confirmed_address
from vigil.review import reasons

pytestmark = pytest.mark.django_db

TEXT = "Lord, strengthen the believers who meet in secret, and comfort the families."
RUSSIAN: catalog.Messages = {
    "Leave a Prayer or Comment": "Оставьте молитву или комментарий",
    ("%(shown)s written prayer", "%(shown)s written prayers"): [
        "%(shown)s написанная молитва",
        "%(shown)s написанные молитвы",
        "%(shown)s написанных молитв",
    ],
    "Your name": "Ваше имя",
    "Please give a name (any name you like).": "Укажите имя (любое).",
    "Your prayer for %(title)s": "Ваша молитва за %(title)s",
    "Thank you for your prayer for %(title)s.": "Спасибо за вашу молитву за %(title)s.",
    catalog.in_context("report reason", "Offensive"): "Оскорбительно",
}


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Tasks run in the request, so their emails can be asserted directly."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def clocks(monkeypatch):
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)
    monkeypatch.setattr(formtoken, "_clock", lambda: 1_000_000_040.0)


@pytest.fixture
def russian(settings, tmp_path):
    catalog.install(settings, tmp_path, "ru", RUSSIAN, catalog.RUSSIAN_PLURALS)


def in_russian(name: str, *args: object) -> str:
    with translation.override("ru"):
        return reverse(name, args=args)


def post_prayer(client, url: str, wall: Wall, **fields: str):
    token = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 60)
    data = {"name": "Anna", "email": "", "text": TEXT, "website": "", "rendered": token, **fields}
    return client.post(url, data, REMOTE_ADDR="203.0.113.9")


def queries(client, url: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return len(captured), response


# --- pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["prayers:wall-detail", "prayers:wall-form", "prayers:wall-live"])
def test_wall_pages_render_under_ru_with_the_queries_of_english(client, name):
    wall = WallFactory()
    PrayerFactory.create_batch(3, wall=wall)
    english_count, english = queries(client, reverse(name, args=[wall.pk]))
    russian_count, response = queries(client, in_russian(name, wall.pk))
    assert english.status_code == response.status_code == 200
    assert response["Content-Language"] == "ru"
    # the wall (with the counts of its languages), and its prayers or visitor marks
    expected = 2
    assert russian_count == english_count == expected
    html = response.content.decode()
    if name != "prayers:wall-live":
        assert '<html lang="ru"' in html
    if name != "prayers:wall-detail":
        assert f'action="/ru/walls/{wall.pk}/prayers/"' in html


def test_the_no_js_form_page_shows_errors_in_the_wall_under_ru(client, russian):
    wall = WallFactory()
    response = post_prayer(client, in_russian("prayers:prayer-create", wall.pk), wall, name="")
    assert response.status_code == 422
    html = response.content.decode()
    assert '<html lang="ru"' in html and f'id="wall-{wall.pk}-errors"' in html
    assert "Укажите имя (любое)." in html and "Ваше имя" in html
    assert TEXT in html  # the text is kept
    assert not Prayer.objects.exists()


def test_each_prayer_is_marked_with_its_own_language_and_direction(client):
    wall = WallFactory()
    german = PrayerFactory(wall=wall, name="Friedrich", text="Herr, segne sie.", language="de")
    PrayerFactory(wall=wall, name="عمر", text="آمين", language="")
    PrayerFactory(wall=wall, text="Amen.", language='e"><b>')  # fits the column

    html = client.get(f"/ar/walls/{wall.pk}/").content.decode()

    assert '<p class="prayer-text" dir="auto" lang="de">Herr, segne sie.</p>' in html
    assert '<p class="prayer-text" dir="auto">آمين</p>' in html
    assert '<strong class="prayer-name" dir="auto">عمر</strong>' in html
    assert '<p class="prayer-text" dir="auto">Amen.</p>' in html  # not a language tag
    pray_with = client.get(f"/ar/prayers/{german.pk}/pray/").content.decode()
    assert 'dir="auto" lang="de">Herr, segne sie.' in pray_with


def test_the_wall_speaks_russian_with_its_plural_forms(client, russian):
    wall = WallFactory()
    PrayerFactory.create_batch(2, wall=wall)
    html = client.get(in_russian("prayers:wall-detail", wall.pk)).content.decode()
    assert "Оставьте молитву или комментарий" in html
    assert "2 написанные молитвы" in html
    english = client.get(reverse("prayers:wall-detail", args=[wall.pk])).content.decode()
    assert "Leave a Prayer or Comment" in english and "2 written prayers" in english
    for count, words in [(1, "молитва"), (3, "молитвы"), (5, "молитв"), (21, "молитва")]:
        fake = SimpleNamespace(pk=wall.pk, published_count=count)
        with translation.override("ru"):
            rendered = render_to_string("prayers/wall.html#wall-prayers", {"wall": fake})
        assert re.search(rf"{count} написанн\w+ {words}\b", rendered), rendered


# --- emails -----------------------------------------------------------------------------


@pytest.fixture
def queued(settings):
    """Tasks wait in a queue, as in production; ``queued()`` then runs them outside any
    request (English active), as a worker does."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}

    def run() -> None:
        backend = task_backends["default"]
        waiting, backend.results = list(backend.results), []
        assert translation.get_language() == "en"
        for result in waiting:
            result.task.call(*result.args, **result.kwargs)

    return run


def test_a_receipt_is_written_in_the_language_of_the_page(
    client, mailoutbox, russian, queued, django_capture_on_commit_callbacks
):
    confirmed_address("anna@mailbox.test")
    wall = WallFactory(title="Kazakhstan")
    url = in_russian("prayers:prayer-create", wall.pk)
    with django_capture_on_commit_callbacks(execute=True):
        post_prayer(client, url, wall, email="anna@mailbox.test")
    assert mailoutbox == []
    queued()
    [message] = mailoutbox
    assert message.subject.startswith("Ваша молитва за Kazakhstan")
    assert message.extra_headers["Content-Language"] == "ru"
    assert "Спасибо за вашу молитву за Kazakhstan." in message.body
    prayer = Prayer.objects.get()
    assert f"/ru/prayers/{prayer.pk}/manage/" in message.body
    assert "/ru/privacy/" in message.body


def test_an_address_confirmation_leads_back_to_pages_in_the_visitors_language(
    client, mailoutbox, queued, django_capture_on_commit_callbacks
):
    wall = WallFactory()
    with django_capture_on_commit_callbacks(execute=True):
        post_prayer(
            client, in_russian("prayers:prayer-create", wall.pk), wall, email="new@mailbox.test"
        )
    queued()
    [confirmation] = mailoutbox
    assert confirmation.extra_headers["Content-Language"] == "ru"
    confirm = re.search(r"http://[^\s]+(/ru/email/confirm/[^\s]+/)", confirmation.body).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm)
    queued()
    receipt = mailoutbox[-1]
    assert "/manage/" in receipt.body and receipt.extra_headers["Content-Language"] == "ru"


def test_a_receipt_from_an_english_page_is_english(
    client, mailoutbox, russian, django_capture_on_commit_callbacks
):
    confirmed_address("anna@mailbox.test")
    wall = WallFactory(title="Kazakhstan")
    url = reverse("prayers:prayer-create", args=[wall.pk])
    with django_capture_on_commit_callbacks(execute=True):
        post_prayer(client, url, wall, email="anna@mailbox.test")
    [message] = mailoutbox
    assert message.subject.startswith("Your prayer for Kazakhstan")
    assert message.extra_headers["Content-Language"] == "en"
    assert "/ru/" not in message.body


def test_an_email_whose_language_is_unknown_is_english_inside_a_russian_request(
    mailoutbox, russian
):
    """A follower's digest from before subscriptions recorded their page's language."""
    wall = WallFactory()
    follower = Subscription.objects.create(
        email="ben@mailbox.test", email_hash="hash-ben", kind=Subscription.Kind.WALL_DIGEST,
        wall=wall, token_hash="t", confirmed_at=timezone.now() - timezone.timedelta(days=1),
    )  # fmt: skip
    PrayerFactory(wall=wall)
    with translation.override("ru"):
        subscriptions.send_wall_digest.enqueue(follower.pk)
        assert translation.get_language() == "ru"
    [message] = mailoutbox
    assert message.extra_headers["Content-Language"] == "en"
    assert message.subject.startswith("New prayers for")


def test_a_followers_digest_is_written_in_the_language_they_followed_from(
    mailoutbox, queued, django_capture_on_commit_callbacks
):
    wall = WallFactory(title="Kazakhstan")
    with translation.override("ru"), django_capture_on_commit_callbacks(execute=True):
        subscriptions.wall_follow(wall=wall, email="ben@mailbox.test", client_hash="c1")
    follower = Subscription.objects.get()
    assert follower.language == "ru"
    Subscription.objects.filter(pk=follower.pk).update(
        confirmed_at=timezone.now() - timezone.timedelta(days=1)
    )
    PrayerFactory(wall=wall)
    queued()  # the confirmation, in Russian
    mailoutbox.clear()
    subscriptions.send_wall_digest.enqueue(follower.pk)
    queued()
    [digest] = mailoutbox
    assert digest.extra_headers["Content-Language"] == "ru"
    assert "/ru/" in digest.body


def test_in_language_falls_back_to_english_for_a_language_the_site_lacks():
    with translation.override("ru"), emails.in_language("xx"):
        assert translation.get_language() == "en"
    with emails.in_language("es"):
        assert translation.get_language() == "es"


# --- what is stored stays English ---------------------------------------------------------


def test_a_report_from_a_russian_page_is_logged_in_english_and_shown_translated(client, russian):
    prayer = PrayerFactory()
    url = in_russian("prayers:prayer-report", prayer.pk)
    response = client.post(url, {"reason": "offensive", "note": ""}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 200
    entry = LogEntry.objects.for_object(prayer).get(action=PrayerAction.REPORTED)
    assert entry.reasons == ["Offensive"]
    with translation.override("ru"):
        assert reasons.reason_words("Offensive") == "Оскорбительно"
    assert reasons.reason_words("Offensive") == "Offensive"
