"""Each prayer keeps the language moderation detected in it, and a wall's page can show
one language at a time (``?lang=ru``), the same page for every visitor."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from vigil.core import ratelimit
from vigil.moderation import services as moderation
from vigil.prayers import formtoken
from vigil.prayers.models import Prayer, Wall
from vigil.prayers.services import authors, languages, submission
from vigil.prayers.tests.factories import PrayerFactory
from vigil.watchlist.tests.factories import CountryFactory, EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db

CLIENT = "202501:" + "b" * 64
RUSSIAN = "Господи, благослови Твою Церковь в Казахстане и дай пасторам мудрость."
SPANISH = "Señor, protege a tus hijos en Kazajistán y dales valor cada día."
ENGLISH = "Lord, be near to the believers in prison and to their children at home."


@pytest.fixture(autouse=True)
def clocks(monkeypatch):
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)
    monkeypatch.setattr(formtoken, "_clock", lambda: 1_000_000_040.0)


@pytest.fixture
def wall() -> Wall:
    country = CountryFactory(code="KZ", slug="kazakhstan")
    EntryFactory(country=country, edition=EditionFactory(year=2013))
    return Wall.objects.for_country(country)


def submit(wall: Wall, text: str, **kwargs) -> submission.SubmitResult:
    return submission.prayer_submit(
        wall=wall, name="Anna", text=text, client_hash=CLIENT, seconds_to_submit=30.0, **kwargs
    )


# -- Posting ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "page_language", "stored"),
    [
        (RUSSIAN, "en", "ru"),  # the text's language, not the page's
        (ENGLISH, "ru", "en"),
        (SPANISH, "", "es"),
        # A word mixing scripts (a Cyrillic "о"): moderation cannot tell, and the page's
        # language is not stored instead.
        ("G\u043ed bless the church in Kazakhstan", "ru", ""),
    ],
)
def test_a_prayer_keeps_the_language_moderation_detected(wall, text, page_language, stored):
    result = submit(wall, text, language=page_language)

    result.prayer.refresh_from_db()
    assert result.prayer.language == stored
    assert result.verdict.language == (stored or None)


def test_the_language_is_detected_once_per_post(wall, monkeypatch):
    calls = []
    detect = moderation.detect_language

    def counted(text: str) -> str | None:
        calls.append(text)
        return detect(text)

    monkeypatch.setattr(moderation, "detect_language", counted)

    submit(wall, RUSSIAN)

    assert calls == [RUSSIAN]


def test_an_edit_stores_the_language_of_the_new_text(wall):
    result = submit(wall, ENGLISH)

    authors.prayer_edit(prayer=result.prayer, name="Anna", text=SPANISH)

    result.prayer.refresh_from_db()
    assert result.prayer.language == "es"


def test_posting_through_the_page_stores_the_detected_language(client, wall):
    token = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 60)
    data = {"name": "Olga", "email": "", "text": RUSSIAN, "website": "", "rendered": token}

    client.post(reverse("prayers:prayer-create", args=[wall.pk]), data, REMOTE_ADDR="203.0.113.9")

    assert Prayer.objects.get(name="Olga").language == "ru"


# -- Earlier prayers ------------------------------------------------------------------------


def test_the_backfill_detects_every_prayer_once(wall):
    wrong = PrayerFactory(wall=wall, text=RUSSIAN, language="en")  # the page's, before
    unknown = PrayerFactory(wall=wall, text=SPANISH, language="")
    right = PrayerFactory(wall=wall, text=ENGLISH, language="en")

    first = languages.prayers_detect_languages(batch_size=2)
    second = languages.prayers_detect_languages(batch_size=2)

    assert (first.checked, first.changed) == (3, 2)
    assert (second.checked, second.changed) == (3, 0)
    assert [Prayer.objects.get(pk=p.pk).language for p in (wrong, unknown, right)] == [
        "ru",
        "es",
        "en",
    ]


def test_the_backfill_command_reports_what_it_did(wall, capsys):
    PrayerFactory(wall=wall, text=RUSSIAN, language="")

    call_command("prayers_languages")

    assert "Prayers checked: 1; language changed: 1." in capsys.readouterr().out
