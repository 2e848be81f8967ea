"""Each prayer keeps the language moderation detected in it, and a wall's page can show
one language at a time (``?lang=ru``), the same page for every visitor."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vigil.core import ratelimit
from vigil.moderation import services as moderation
from vigil.prayers import formtoken, states
from vigil.prayers.models import Prayer, Wall
from vigil.prayers.services import authors, languages, lifecycle, submission
from vigil.prayers.tests.factories import PrayerFactory, WallFactory
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


def test_a_prayer_of_symbols_alone_is_published_with_no_language(wall):
    prayer = submit(wall, "🙏🙏🙏 ✝️").prayer
    prayer.refresh_from_db()
    assert (prayer.status, prayer.language) == (Prayer.Status.PUBLISHED, "")


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


# -- The wall's language filter --------------------------------------------------------------


@pytest.fixture
def mixed(wall) -> Wall:
    """Three English prayers, two Russian, one Spanish and one of unknown language."""
    for n in range(3):
        PrayerFactory(wall=wall, text=f"English prayer {n}", language="en")
    for n in range(2):
        PrayerFactory(wall=wall, text=f"Русская молитва {n}", language="ru")
    PrayerFactory(wall=wall, text="Oración en español", language="es")
    PrayerFactory(wall=wall, text="🙏🙏", language="")
    PrayerFactory(wall=wall, text="Held Russian", language="ru", status=Prayer.Status.HELD)
    wall.refresh_from_db()
    return wall


def prayer_texts(html: str) -> list[str]:
    return re.findall(r'<p class="prayer-text"[^>]*>([^<]*)</p>', html)


def test_lang_shows_only_the_prayers_in_that_language(client, mixed):
    page = client.get("/countries/kazakhstan/?lang=ru").content.decode()

    assert sorted(prayer_texts(page)) == ["Русская молитва 0", "Русская молитва 1"]
    assert len(prayer_texts(client.get("/countries/kazakhstan/").content.decode())) == 7


def test_the_filter_lists_the_wall_languages_with_links_that_keep_the_edition(client, mixed):
    page = client.get("/countries/kazakhstan/?edition=2013&lang=ru").content.decode()

    nav = re.search(r'<nav class="wall-languages".*?</nav>', page, re.S)
    assert nav
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a> <span class="count">\((\d+)\)', nav[0])
    wall_id = mixed.pk
    assert links == [
        (f"/countries/kazakhstan/?edition=2013#wall-{wall_id}-list", "All languages", "7"),
        (f"/countries/kazakhstan/?edition=2013&amp;lang=en#wall-{wall_id}-list", "English", "3"),
        (f"/countries/kazakhstan/?edition=2013&amp;lang=ru#wall-{wall_id}-list", "Русский", "2"),
        (f"/countries/kazakhstan/?edition=2013&amp;lang=es#wall-{wall_id}-list", "español", "1"),
    ]
    assert 'lang="ru" aria-current="true"' in nav[0]


def test_an_unknown_or_absent_language_shows_every_prayer(client, mixed):
    everything = client.get("/countries/kazakhstan/").content.decode()

    for value in ("fr", "zz", "<script>", "RU-x"):
        page = client.get("/countries/kazakhstan/", {"lang": value}).content.decode()
        assert prayer_texts(page) == prayer_texts(everything), value
    assert prayer_texts(client.get("/countries/kazakhstan/?lang=RU").content.decode()) == (
        prayer_texts(client.get("/countries/kazakhstan/?lang=ru").content.decode())
    )


def test_a_wall_with_one_language_shows_no_filter(client, wall):
    PrayerFactory.create_batch(2, wall=wall, language="en")

    assert 'class="wall-languages"' not in client.get("/countries/kazakhstan/").content.decode()


def test_the_filtered_page_is_the_same_for_every_visitor(client, mixed):
    first = client.get("/countries/kazakhstan/?lang=es")
    other = Client().get("/countries/kazakhstan/?lang=es", REMOTE_ADDR="198.51.100.7")

    assert first.content == other.content
    assert not first.cookies


def test_more_prayers_keeps_the_language(client, mixed, settings):
    settings.VIGIL_PRAYERS_PAGE_SIZE = 1
    url = reverse("prayers:wall-detail", args=[mixed.pk])

    page = client.get(url, {"lang": "ru"}).content.decode()
    link = re.search(r'<li class="more"><a href="([^"]+)" data-hx-get="([^"]+)"', page)

    assert link and "&amp;lang=ru" in link[1] and "&amp;lang=ru" in link[2]
    more = client.get(link[2].replace("&amp;", "&"), HTTP_HX_REQUEST="true").content.decode()
    assert prayer_texts(more) == ["Русская молитва 0"]
    assert prayer_texts(page) == ["Русская молитва 1"]


def test_the_server_side_include_carries_the_language(client, mixed):
    page = client.get("/countries/kazakhstan/?lang=ru", HTTP_X_VIGIL_EDGE="ssi").content.decode()
    include = re.search(r'<!--# include virtual="([^"]+)" -->', page)

    assert include and "lang=ru" in include[1]
    listed = client.get(include[1].replace("&amp;", "&")).content.decode()
    assert sorted(prayer_texts(listed)) == ["Русская молитва 0", "Русская молитва 1"]


@pytest.mark.parametrize("query", ["", "?lang=ru", "?lang=es"])
def test_the_filter_keeps_the_query_count(client, mixed, query):
    url = reverse("prayers:wall-detail", args=[mixed.pk])
    client.get(url)  # a first view may create related rows
    cache.clear()

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url + query).status_code == 200

    # The wall (with the counts of its languages), the walls related to it and one page.
    assert len(queries) == 3


# -- The wall's counts per language, kept with its published count ------------------------------


def counted(wall: Wall) -> dict[str, int]:
    wall.refresh_from_db()
    return wall.language_counts


def in_rows(wall: Wall) -> dict[str, int]:
    rows = wall.prayers.filter(status=Prayer.Status.PUBLISHED).exclude(language="")
    found: dict[str, int] = {}
    for language in rows.values_list("language", flat=True):
        found[language] = found.get(language, 0) + 1
    return found


def test_publishing_holding_and_deleting_move_the_language_counts(wall):
    russian = submit(wall, RUSSIAN).prayer  # held: no stage is trained on Russian
    submit(wall, ENGLISH)
    assert counted(wall) == {"en": 1} == in_rows(wall)

    lifecycle.prayer_publish(prayer=russian)
    assert counted(wall) == {"ru": 1, "en": 1} == in_rows(wall)

    lifecycle.prayer_hold(prayer=russian)
    assert counted(wall) == {"en": 1} == in_rows(wall)  # a language at zero is left out

    lifecycle.prayer_publish(prayer=russian)

    authors.prayer_delete_by_author(prayer=russian)
    assert counted(wall) == {"en": 1} == in_rows(wall)
    assert wall.published_count == 1


def test_an_edit_in_another_language_moves_the_prayer_between_counts(wall):
    english = submit(wall, ENGLISH).prayer
    russian = submit(wall, RUSSIAN).prayer
    lifecycle.prayer_publish(prayer=russian)

    # Into English: it stays published and moves from the Russian count to the English.
    authors.prayer_edit(prayer=russian, name="Anna", text=ENGLISH + " Amen.")
    assert counted(wall) == {"en": 2} == in_rows(wall)

    # Into Spanish: it leaves the English count and, held for review, every count.
    authors.prayer_edit(prayer=english, name="Anna", text=SPANISH)
    assert counted(wall) == {"en": 1} == in_rows(wall)
    assert wall.published_count == 1


def test_the_backfill_recounts_the_walls_it_changed(wall):
    PrayerFactory(wall=wall, text=RUSSIAN, language="en")  # counted as English, before

    languages.prayers_detect_languages()

    assert counted(wall) == {"ru": 1} == in_rows(wall)


def test_an_admin_correcting_the_language_moves_the_counts(admin_client, wall):
    prayer = PrayerFactory(wall=wall, text=RUSSIAN, language="en")
    url = reverse("admin:prayers_prayer_change", args=[prayer.pk])
    form = {"name": prayer.name, "text": prayer.text, "language": "ru", "reports-TOTAL_FORMS": 0}
    form |= {"reports-INITIAL_FORMS": 0, "reports-MIN_NUM_FORMS": 0, "reports-MAX_NUM_FORMS": 0}

    assert admin_client.post(url, form).status_code == 302

    assert counted(wall) == {"ru": 1} == in_rows(wall)
    delete = reverse("admin:prayers_prayer_delete", args=[prayer.pk])
    assert admin_client.get(delete).status_code == 403  # prayers leave by logged moves


def test_the_migration_counts_prayers_already_published(wall):
    from importlib import import_module

    from django.apps import apps

    PrayerFactory(wall=wall, language="ru")
    PrayerFactory(wall=wall, language="")
    PrayerFactory(wall=wall, language="en", status=Prayer.Status.HELD, published_at=None)
    Wall.objects.filter(pk=wall.pk).update(language_counts={})

    import_module("vigil.prayers.migrations.0010_wall_language_counts").count_languages(apps, None)

    assert counted(wall) == {"ru": 1} == in_rows(wall)


@pytest.mark.django_db(transaction=True)
def test_prayers_published_at_once_on_one_wall_are_all_counted():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writer at a time: nothing to race")
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    wall = WallFactory()
    languages_cycle = ["en", "ru", "es", "de"]

    def publish(n: int) -> None:
        try:
            prayer = Prayer(
                wall_id=wall.pk, name=f"N{n}", text=f"Prayer {n}", text_hash=f"{n:064d}",
                language=languages_cycle[n % 4],
            )  # fmt: skip
            lifecycle.prayer_set_status(prayer=prayer, move=states.Move.PUBLISH)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(publish, range(40)))

    assert counted(wall) == {"en": 10, "ru": 10, "es": 10, "de": 10} == in_rows(wall)
    assert wall.published_count == 40
