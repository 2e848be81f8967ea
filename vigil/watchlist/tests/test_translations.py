"""Profiles in Russian, Spanish and Arabic, with English wherever a translation is missing."""

from __future__ import annotations

import pytest
from django import forms
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from vigil.core.translation_admin import translation_form
from vigil.watchlist.models import Entry, PrayerPoint
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    PrayerPointFactory,
)

pytestmark = pytest.mark.django_db

RUSSIAN = "Казахстан поднялся на **38-е** место."


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password="x-editor-pass", is_staff=True, is_superuser=True
    )


@pytest.fixture
def kazakhstan():
    """A profile translated into Russian only, with one of its two prayer points."""
    entry = EntryFactory(
        edition=EditionFactory(year=2025),
        country=CountryFactory(code="KZ", slug="kazakhstan"),
        narrative="Kazakhstan rose to **38th** place.",
        most_affected="Congregations under scrutiny.",
        translations={"ru": {"narrative": RUSSIAN}, "es": {"narrative": "   "}},
    )
    PrayerPointFactory(entry=entry, order=1, text="Pray for pastors.", translations={
        "ru": {"text": "Молитесь о пасторах."},
    })  # fmt: skip
    PrayerPointFactory(entry=entry, order=2, text="Pray for families.")
    return entry


# -- The model: the active language, else English -------------------------------------------


def test_translated_gives_the_active_language_and_falls_back_to_english(kazakhstan):
    assert kazakhstan.translated("narrative") == "Kazakhstan rose to **38th** place."
    with translation.override("ru"):
        assert kazakhstan.translated("narrative") == RUSSIAN
        assert kazakhstan.localized.narrative == RUSSIAN
        assert kazakhstan.localized["narrative"] == RUSSIAN
        # No Russian "most affected": the English text, never an empty section.
        assert kazakhstan.localized.most_affected == "Congregations under scrutiny."
    # A blank translation counts as missing; Arabic has none at all.
    assert kazakhstan.translated("narrative", "es") == "Kazakhstan rose to **38th** place."
    assert kazakhstan.translated("narrative", "ar") == "Kazakhstan rose to **38th** place."
    # A regional variant reads its language's text.
    assert kazakhstan.translated("narrative", "ru-RU") == RUSSIAN


def test_localized_names_only_translatable_fields(kazakhstan):
    with pytest.raises(AttributeError):
        _ = kazakhstan.localized.note
    with pytest.raises(KeyError):
        _ = kazakhstan.localized["note"]


def test_missing_languages_count_the_prayer_points_too(kazakhstan):
    entry = Entry.objects.prefetch_related("prayer_points").get(pk=kazakhstan.pk)

    assert entry.missing_fields("ru") == ["most_affected"]
    assert entry.missing_fields("ar") == ["narrative", "most_affected"]
    assert entry.missing_languages() == ["ru", "es", "ar"]

    entry.translations["ru"]["most_affected"] = "Общины под надзором."
    entry.save()
    PrayerPoint.objects.filter(entry=entry, order=2).update(
        translations={"ru": {"text": "Молитесь о семьях."}}
    )
    entry = Entry.objects.prefetch_related("prayer_points").get(pk=kazakhstan.pk)
    assert entry.missing_languages() == ["es", "ar"]


def test_missing_translation_filter_runs_in_the_database(kazakhstan):
    complete = EntryFactory(narrative="", most_affected="")  # nothing to translate

    russian = Entry.objects.filter(Entry.missing_translation_q("ru"))
    assert list(russian) == [kazakhstan]
    kazakhstan.translations["ru"]["most_affected"] = "Общины под надзором."
    kazakhstan.save()
    assert list(Entry.objects.filter(Entry.missing_translation_q("ru"))) == [kazakhstan]
    PrayerPoint.objects.filter(entry=kazakhstan, order=2).update(
        translations={"ru": {"text": "Молитесь о семьях."}}
    )
    assert not Entry.objects.filter(Entry.missing_translation_q("ru")).exists()
    assert complete not in Entry.objects.filter(Entry.missing_translation_q("es"))


# -- The pages --------------------------------------------------------------------------------


def test_the_russian_page_shows_the_russian_narrative_rendered_as_markdown(client, kazakhstan):
    english = client.get("/countries/kazakhstan/").content.decode()
    russian = client.get("/ru/countries/kazakhstan/").content.decode()

    assert "<strong>38th</strong>" in english
    assert "38-е" not in english
    assert "Казахстан поднялся на <strong>38-е</strong> место." in russian
    assert "<li>Молитесь о пасторах.</li>" in russian
    # Missing translations fall back to English on the Russian page.
    assert "<li>Pray for families.</li>" in russian
    assert "Congregations under scrutiny." in russian


def test_each_language_of_a_profile_is_cached_apart(client, kazakhstan):
    client.get("/ru/countries/kazakhstan/")

    assert "<strong>38th</strong>" in client.get("/countries/kazakhstan/").content.decode()
    assert "38-е" in client.get("/ru/countries/kazakhstan/").content.decode()


def test_the_country_page_reads_translations_without_extra_queries(client, kazakhstan):
    client.get("/countries/kazakhstan/")  # creates the wall
    counts = []
    for prefix in ("", "/ru"):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            client.get(f"{prefix}/countries/kazakhstan/")
        counts.append(len(queries))

    assert counts[0] == counts[1]


# -- The admin ----------------------------------------------------------------------------------


def test_entry_list_shows_and_filters_missing_translations(client, staff, kazakhstan):
    EntryFactory(narrative="", most_affected="")
    client.force_login(staff)
    url = reverse("admin:watchlist_entry_changelist")

    page = client.get(url).content.decode()
    filtered = client.get(url, {"missing_translation": "ru"})

    assert "Missing translations" in page
    assert "Russian, Spanish, Arabic" in page
    assert list(filtered.context["cl"].result_list) == [kazakhstan]
    assert client.get(url, {"missing_translation": "any"}).context["cl"].result_count == 1


def test_entry_change_form_has_an_input_per_language_and_saves_it(client, staff, kazakhstan):
    client.force_login(staff)
    url = reverse("admin:watchlist_entry_change", args=[kazakhstan.pk])

    response = client.get(url)
    page = response.content.decode()

    assert 'name="narrative__ru"' in page
    assert 'name="most_affected__ar"' in page
    assert 'lang="ar" dir="rtl"' in page
    assert RUSSIAN in page  # in its textarea, ready to edit
    assert "Russian translation (missing: most affected)" in page
    assert 'name="translations"' not in page
    assert response.context["adminform"].form.initial["narrative__ru"] == RUSSIAN


def test_translation_form_writes_translations_and_drops_cleared_ones(kazakhstan):
    fields = ["text", "text__ru", "text__es", "text__ar"]
    form_class = forms.modelform_factory(
        PrayerPoint, form=translation_form(PrayerPoint), fields=fields
    )
    point = kazakhstan.prayer_points.get(order=1)
    data = {"text": point.text, "text__ru": "", "text__es": " Oren por los pastores. "}
    form = form_class(data, instance=point)

    assert form.is_valid(), form.errors
    form.save()

    point.refresh_from_db()
    assert point.translations == {"es": {"text": "Oren por los pastores."}}


# -- The demo content ---------------------------------------------------------------------------


def test_demo_profiles_load_in_all_four_languages(client):
    call_command("load_demo", verbosity=0)

    russian = client.get("/ru/countries/kazakhstan/").content.decode()
    spanish = client.get("/es/countries/kazakhstan/").content.decode()
    arabic = client.get("/ar/countries/kazakhstan/").content.decode()
    english = client.get("/countries/kazakhstan/").content.decode()

    assert "Казахстан поднялся на <strong>38-е</strong> место" in russian
    assert "Kazajistán subió al puesto <strong>38</strong>" in spanish
    assert "صعدت كازاخستان إلى <strong>المرتبة 38</strong>" in arabic
    assert "Kazakhstan rose to <strong>38th</strong> place" in english
    assert "Молитесь о верующих соседнего Кыргызстана" in russian
    entries = Entry.objects.exclude(narrative="").prefetch_related("prayer_points")
    assert entries.count() == 12
    assert all(entry.missing_languages() == [] for entry in entries)
