"""The site in English, Russian, Spanish and Arabic: one language per URL."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from vigil.core import conf
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    FactSheetFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def kazakhstan():
    edition = EditionFactory(year=2025)
    country = CountryFactory(code="KZ", slug="kazakhstan")
    return EntryFactory(edition=edition, country=country, rank=37)


def html_lang(response) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', response.content.decode())
    assert match, "no <html lang dir>"
    return match.group(1), match.group(2)


@pytest.mark.parametrize(
    ("prefix", "language", "direction"),
    [("", "en", "ltr"), ("/ru", "ru", "ltr"), ("/es", "es", "ltr"), ("/ar", "ar", "rtl")],
)
def test_the_prefix_decides_the_language(client, kazakhstan, prefix, language, direction):
    response = client.get(f"{prefix}/countries/kazakhstan/")

    assert response.status_code == 200
    assert response["Content-Language"] == language
    assert html_lang(response) == (language, direction)


def test_an_unprefixed_page_is_english_whatever_the_browser_asks(client, kazakhstan):
    plain = client.get("/countries/")
    client.cookies["django_language"] = "es"
    asked = client.get("/countries/", HTTP_ACCEPT_LANGUAGE="ru,ar;q=0.8")

    assert asked["Content-Language"] == "en"
    assert html_lang(asked) == ("en", "ltr")
    assert "Accept-Language" not in asked.get("Vary", "")
    assert asked.content == plain.content


def test_a_prefixed_page_ignores_accept_language_too(client, kazakhstan):
    response = client.get("/es/countries/kazakhstan/", HTTP_ACCEPT_LANGUAGE="ru")

    assert response["Content-Language"] == "es"
    assert "Accept-Language" not in response.get("Vary", "")


def test_switcher_links_keep_the_page_and_its_query(client, kazakhstan):
    html = client.get("/ru/countries/kazakhstan/?edition=2025").content.decode()

    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert switcher
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', switcher.group(0)))
    assert links == {
        "/countries/kazakhstan/?edition=2025": "en",
        "/ru/countries/kazakhstan/?edition=2025": "ru",
        "/es/countries/kazakhstan/?edition=2025": "es",
        "/ar/countries/kazakhstan/?edition=2025": "ar",
    }
    assert (
        'href="/ru/countries/kazakhstan/?edition=2025" hreflang="ru" lang="ru" dir="ltr"'
        ' aria-current="true"' in html
    )
    assert "<form" not in switcher.group(0)


def test_head_names_every_language_and_the_default(client, kazakhstan):
    html = client.get("/ar/countries/kazakhstan/").content.decode()

    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html)
    )
    site = conf.site_url()
    assert alternates == {
        "en": f"{site}/countries/kazakhstan/",
        "ru": f"{site}/ru/countries/kazakhstan/",
        "es": f"{site}/es/countries/kazakhstan/",
        "ar": f"{site}/ar/countries/kazakhstan/",
        "x-default": f"{site}/countries/kazakhstan/",
    }


def test_admin_and_api_stay_unprefixed(client):
    assert client.get("/ru/admin/").status_code == 404
    assert client.get("/admin/").status_code in {200, 302}
    assert client.get("/ru/api/docs").status_code == 404


def test_the_language_of_a_request_does_not_outlive_it(client, kazakhstan):
    client.get("/ru/countries/kazakhstan/")

    assert translation.get_language() == "en"


@pytest.fixture
def kazakhstan_facts(kazakhstan):
    FactSheetFactory(
        country=kazakhstan.country, year=2025, population="11 392 000", christians="677,000"
    )
    return kazakhstan


PUBLIC_PAGES = [
    "/",
    "/countries/",
    "/countries/kazakhstan/",
    "/countries/kazakhstan/?edition=2025",
    "/watchlist/2025/",
    "/watchlist/2025/?sort=score",
    "/watchlist/2025/map/",
    "/watchlist/2025/prayer-guide/",
    "/sources/",
    "/pray/today/",
    "/privacy/",
    "/countries/nowhere/",
]


@pytest.mark.parametrize("prefix", ["/ru", "/es", "/ar"])
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_render_in_every_language(client, kazakhstan_facts, prefix, path):
    response = client.get(prefix + path)

    assert response.status_code == (404 if "nowhere" in path else 200)
    assert response["Content-Language"] == prefix.strip("/")
    assert html_lang(response)[0] == prefix.strip("/")


def test_a_country_page_writes_its_numbers_in_its_language(client, kazakhstan_facts):
    russian = client.get("/ru/countries/kazakhstan/").content.decode()
    english = client.get("/countries/kazakhstan/").content.decode()

    assert "11.4 million (677,000 Christians)" in english
    assert "11,4 " in russian and "677\xa0000" in russian
    assert "11.4 million" not in russian and "11 392 000" not in russian


def test_country_names_come_in_the_page_language(client, kazakhstan):
    with translation.override("ru"):
        russian_name = kazakhstan.country.name

    assert russian_name == "Казахстан"
    assert russian_name in client.get("/ru/countries/kazakhstan/").content.decode()
    assert russian_name in client.get("/ru/countries/").content.decode()
    assert "Казахстан" not in client.get("/countries/kazakhstan/").content.decode()


def test_dates_use_the_language_date_format(client, kazakhstan):
    edition = kazakhstan.edition
    edition.period_start, edition.period_end = date(2023, 10, 1), date(2024, 9, 30)
    edition.save()

    assert "1 October 2023 – 30 September 2024" in client.get("/watchlist/2025/").content.decode()
    spanish = client.get("/es/watchlist/2025/").content.decode()
    assert "1 de octubre de 2023" in spanish


@pytest.mark.parametrize(("prefix", "language"), [("", "en"), ("/ru", "ru"), ("/ar", "ar")])
def test_an_unknown_address_gets_a_page_in_its_language(client, prefix, language):
    response = client.get(f"{prefix}/no-such-page/")

    assert response.status_code == 404
    assert html_lang(response)[0] == language
    assert 'href="' + prefix + '/countries/"' in response.content.decode()


def test_the_server_error_page_needs_no_context():
    with translation.override("ar"):
        html = render_to_string("500.html")

    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/ar/"' in html
