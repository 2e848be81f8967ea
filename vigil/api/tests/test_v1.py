"""Contract tests of /api/v1/ against a fixed fixture (``open_data``): each endpoint's
shape and filters, its errors, pagination, conditional GETs, CORS and privacy."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache

from vigil.api.tests.conftest import fetch_token, post_json
from vigil.prayers.models import Prayer

pytestmark = pytest.mark.django_db

ERROR_KEYS = {"detail", "code", "errors", "reasons"}
TEXT = "Lord, give courage to the house churches that meet tonight."


def get(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, response.content
    return response.json() if response.content else None


def assert_error(response, status, code):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["code"] == code and body["detail"] and set(body) <= ERROR_KEYS
    return body


def test_editions_with_their_completeness(client, open_data):
    body = get(client, "/api/v1/editions")
    assert [e["year"] for e in body["items"]] == [2025, 2024]  # not the embargoed 2026
    latest, complete = body["items"]
    assert latest["completeness"] == {
        "complete": False,
        "entries": 2,
        "ranked": 1,
        "top_ten": False,
    }
    assert complete["completeness"] == {
        "complete": True,
        "entries": 3,
        "ranked": 3,
        "top_ten": False,
    }
    assert complete["sources"] == ["S01"]
    assert [level["slug"] for level in complete["levels"]] == ["extreme", "very-high"]
    assert complete["downloads"] == {
        "ranking_csv": "/watchlist/2024/download.csv",
        "edition_json": "/watchlist/2024/download.json",
    }
    assert get(client, "/api/v1/editions/2024") == complete
    assert_error(client.get("/api/v1/editions/2026"), 404, "not_found")
    assert_error(client.get("/api/v1/editions/0"), 422, "invalid")


def slugs(body):
    return [(e["year"], e["country"]["slug"]) for e in body["items"]]


def test_entries_in_rank_order_newest_edition_first(client, open_data):
    body = get(client, "/api/v1/entries")
    assert slugs(body) == [
        (2025, "north-korea"), (2025, "iran"),
        (2024, "north-korea"), (2024, "somalia"), (2024, "iran"),
    ]  # fmt: skip
    first = body["items"][0]
    assert first["rank"] == 1 and first["score"] == 97.0 and first["level"] == "Extreme"
    assert first["prayer_points"] == ["Pray for believers in camps."]
    assert first["sources"] == ["S02"] and first["confidence"] == "explicit"
    assert set(first["spheres"]) == {
        "private",
        "family",
        "community",
        "national",
        "church",
        "violence",
    }
    assert body["items"][1]["level"] == "Very high"  # an unranked entry's stated level


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("year=2024", [(2024, "north-korea"), (2024, "somalia"), (2024, "iran")]),
        ("country=iran", [(2025, "iran"), (2024, "iran")]),
        ("country=KP", [(2025, "north-korea"), (2024, "north-korea")]),
        ("level=extreme&year=2024", [(2024, "north-korea"), (2024, "somalia")]),
        ("level=Very high", [(2025, "iran"), (2024, "iran")]),
        ("engine=islamic-oppression", [(2024, "somalia"), (2024, "iran")]),
        ("engine=islamic-oppression&country=iran&year=2024&level=very-high", [(2024, "iran")]),
        ("year=1999", []),
        ("engine=none", []),
    ],
)
def test_entry_filters(client, open_data, query, expected):
    assert slugs(get(client, f"/api/v1/entries?{query}")) == expected


def test_entry_filter_errors(client, open_data):
    body = assert_error(client.get("/api/v1/entries?year=soon"), 422, "invalid")
    assert list(body["errors"]) == ["year"]
    assert_error(client.get("/api/v1/entries?limit=0"), 422, "invalid")
    assert_error(client.get("/api/v1/entries?limit=201"), 422, "invalid")


def test_keyset_pages_walk_the_whole_list_once(client, open_data):
    seen, url = [], "/api/v1/entries?limit=2"
    while url:
        body = get(client, url)
        assert len(body["items"]) <= 2
        seen += slugs(body)
        url = body["next"] and f"/api/v1/entries?limit=2&cursor={body['next']}"
    assert seen == slugs(get(client, "/api/v1/entries"))


@pytest.mark.parametrize(
    "cursor", ["abc", "WzFd", "W1tdXQ", "WyJhIiwiYiIsImMiXQ", "W3RydWUsMSwxXQ", "x" * 600]
)
def test_a_cursor_this_api_did_not_write_is_422(client, open_data, cursor):
    body = assert_error(client.get(f"/api/v1/entries?cursor={cursor}"), 422, "invalid")
    assert list(body["errors"]) == ["cursor"]


def test_countries_with_their_history(client, open_data):
    body = get(client, "/api/v1/countries")
    assert [c["slug"] for c in body["items"]] == ["iran", "north-korea", "somalia"]
    iran = get(client, "/api/v1/countries/iran")
    assert iran == body["items"][0]
    assert (iran["code"], iran["iso3"], iran["name"], iran["region"]) == (
        "IR",
        "IRN",
        "Iran",
        "Middle East",
    )
    assert iran["history"] == [
        {"year": 2025, "rank": None, "score": None, "level": "Very high", "confidence": "explicit"},
        {"year": 2024, "rank": 9, "score": 70.0, "level": "Very high", "confidence": "explicit"},
    ]
    assert_error(client.get("/api/v1/countries/atlantis"), 404, "not_found")


def test_engines_and_sources(client, open_data):
    engines = get(client, "/api/v1/engines")["items"]
    assert engines[1] == {
        "slug": "islamic-oppression", "name": "Islamic oppression",
        "aliases": ["Islamic extremism"], "description": "",
    }  # fmt: skip
    sources = get(client, "/api/v1/sources")["items"]
    assert [s["code"] for s in sources] == ["S01", "S02"]
    assert sources[0]["title"] == "Archived list 2024"
    assert sources[0]["citation"] == "Archived list 2024 (Watchers, 2024)"
    assert get(client, "/api/v1/sources/S02")["title"] == "Country report"
    assert_error(client.get("/api/v1/sources/S99"), 404, "not_found")


def test_campaigns_are_public_ones_only(client, open_data):
    items = get(client, "/api/v1/campaigns")["items"]
    assert [c["slug"] for c in items] == ["iran-week"]
    campaign = items[0]
    assert campaign["wall"] == open_data["walls"][1].pk and campaign["running"] is True
    assert [c["slug"] for c in campaign["countries"]] == ["iran"]
    assert get(client, "/api/v1/campaigns/iran-week") == campaign
    assert_error(client.get("/api/v1/campaigns/draft-plan"), 404, "not_found")


def test_prisoners_only_with_consent_and_never_the_consent_note(client, open_data):
    items = get(client, "/api/v1/prisoners")["items"]
    assert [p["slug"] for p in items] == ["pastor-a"]
    assert "consent_note" not in items[0] and "consent_recorded" not in items[0]
    assert get(client, "/api/v1/prisoners/pastor-a")["country"]["slug"] == "iran"
    assert_error(client.get("/api/v1/prisoners/hidden"), 404, "not_found")


def test_walls_with_their_country_or_campaign(client, open_data):
    korea, campaign, draft = open_data["walls"]
    items = get(client, "/api/v1/walls")["items"]
    assert [w["id"] for w in items] == [korea.pk, campaign.pk]
    assert items[0]["kind"] == "country" and items[0]["country"]["slug"] == "north-korea"
    assert items[1]["kind"] == "campaign" and items[1]["campaign"]["slug"] == "iran-week"
    assert items[0]["published_count"] == 3
    assert get(client, f"/api/v1/walls/{campaign.pk}") == items[1]
    assert_error(client.get(f"/api/v1/walls/{draft.pk}"), 404, "not_found")
    assert_error(client.get(f"/api/v1/walls/{draft.pk}/prayers"), 404, "not_found")


def test_wall_prayers_are_published_ones_newest_first_by_cursor(client, open_data):
    korea = open_data["walls"][0]
    first = get(client, f"/api/v1/walls/{korea.pk}/prayers?limit=2")
    second = get(client, f"/api/v1/walls/{korea.pk}/prayers?limit=2&cursor={first['next']}")
    items = first["items"] + second["items"]
    assert second["next"] is None and len(items) == 3
    assert [p["published_at"][:10] for p in items] == ["2025-02-03", "2025-02-02", "2025-02-01"]
    assert set(items[0]) == {"id", "name", "text", "published_at", "prayed_count"}
    body = assert_error(client.get(f"/api/v1/walls/{korea.pk}/prayers?cursor=nope"), 422, "invalid")
    assert list(body["errors"]) == ["cursor"]


def test_post_a_prayer_and_i_prayed_through_the_forms_rules(client, clock, open_data):
    korea = open_data["walls"][0]
    url = f"/api/v1/walls/{korea.pk}/prayers"
    token = get(client, f"/api/v1/walls/{korea.pk}/form-token")["token"]
    clock.now += 60
    published = post_json(client, url, {"name": "Anna", "text": TEXT, "token": token})
    assert published.status_code == 201 and published.json()["status"] == "published"
    assert "Access-Control-Allow-Origin" not in published
    duplicate = post_json(client, url, {"name": "Anna", "text": TEXT})
    assert_error(duplicate, 422, duplicate.json()["code"])
    held = post_json(client, url, {"name": "Ruth", "text": TEXT + " Amen."})
    assert held.status_code == 202 and Prayer.objects.get(pk=held.json()["id"]).status == "held"
    assert_error(client.post(url, "{}", content_type="text/plain"), 415, "unsupported_media_type")
    prayed = post_json(client, f"/api/v1/walls/{korea.pk}/prayed")
    assert prayed.json() == {"counted": True, "prayed_count": 1}
    assert post_json(client, f"/api/v1/walls/{korea.pk}/prayed").json()["counted"] is False
    draft = open_data["walls"][2]
    assert_error(post_json(client, f"/api/v1/walls/{draft.pk}/prayed"), 404, "not_found")


def test_no_answer_contains_an_email_or_a_hash(client, clock, open_data):
    korea = open_data["walls"][0]
    fetch_token(client, clock, korea.pk)
    secrets = set(open_data["emails"])
    for prayer in Prayer.objects.all():
        secrets |= {prayer.email_hash, prayer.text_hash, prayer.client_hash} - {""}
    urls = [
        "/api/v1/editions", "/api/v1/entries", "/api/v1/countries", "/api/v1/engines",
        "/api/v1/sources", "/api/v1/campaigns", "/api/v1/prisoners", "/api/v1/walls",
        *(f"/api/v1/walls/{wall.pk}" for wall in open_data["walls"][:2]),
        *(f"/api/v1/walls/{wall.pk}/prayers" for wall in open_data["walls"][:2]),
        f"/api/walls/{korea.pk}/prayers", "/api/openapi.json",
    ]  # fmt: skip
    posted = post_json(client, f"/api/v1/walls/{korea.pk}/prayers",
                       {"name": "Eve", "text": TEXT, "email": "eve@mail.example"})  # fmt: skip
    answers = [posted] + [client.get(url) for url in urls]
    secrets.add("eve@mail.example")
    for answer in answers:
        text = answer.content.decode()
        assert not [secret for secret in secrets if secret in text]
        if "openapi" not in answer.wsgi_request.path:
            assert not {"email", "email_hash", "text_hash", "client_hash"} & keys(answer.json())


def keys(value: object) -> set[str]:
    """Every key at any depth of a JSON value."""
    if isinstance(value, dict):
        return set(value).union(*(keys(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(keys(item) for item in value))
    return set()


def test_etag_and_last_modified_answer_304(client, open_data):
    first = client.get("/api/v1/editions")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert "public" in first["Cache-Control"] and "s-maxage" in first["Cache-Control"]
    again = client.get("/api/v1/editions", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and not again.content
    assert again["ETag"] == etag and again["Last-Modified"] == modified
    assert again["Access-Control-Allow-Origin"] == "*"
    since = client.get("/api/v1/editions", HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    assert client.get("/api/v1/editions", HTTP_IF_NONE_MATCH='"other"').status_code == 200
    open_data["editions"][0].__class__.objects.filter(year=2024).update(title="Renamed")
    changed = client.get("/api/v1/editions", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_the_form_token_is_never_public(client, open_data):
    response = client.get(f"/api/v1/walls/{open_data['walls'][0].pk}/form-token")
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_cors_on_reads_only(client, open_data):
    read = client.get("/api/v1/countries")
    assert read["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in read
    preflight = client.options(
        "/api/v1/countries", HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )  # fmt: skip
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    post_preflight = client.options(
        f"/api/v1/walls/{open_data['walls'][0].pk}/prayed",
        HTTP_ORIGIN="https://partner.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )  # fmt: skip
    assert "Access-Control-Allow-Origin" not in post_preflight
    assert_error(post_preflight, 405, "method_not_allowed")
    posted = post_json(client, f"/api/v1/walls/{open_data['walls'][0].pk}/prayed")
    assert "Access-Control-Allow-Origin" not in posted


def test_too_many_requests_is_429_with_retry_after(client, open_data, settings):
    settings.VIGIL_API_RATE = (3, 60)
    cache.clear()
    for _ in range(3):
        assert client.get("/api/v1/engines").status_code == 200
    response = client.get("/api/v1/engines")
    body = assert_error(response, 429, "rate_limited")
    assert int(response["Retry-After"]) > 0 and "seconds" in body["detail"]
    assert response["Access-Control-Allow-Origin"] == "*"
    post = post_json(client, f"/api/v1/walls/{open_data['walls'][0].pk}/prayed")
    assert_error(post, 429, "rate_limited")
    assert (
        open_data["walls"][0].__class__.objects.get(pk=open_data["walls"][0].pk).prayed_count == 0
    )


def test_unknown_addresses_and_methods_answer_the_error_shape(client, open_data):
    assert_error(client.get("/api/v1/nothing-here"), 404, "not_found")
    response = client.delete("/api/v1/editions")
    assert_error(response, 405, "method_not_allowed")


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/api/v1/editions", 3),
        ("/api/v1/entries", 5),
        ("/api/v1/countries", 3),
        ("/api/v1/engines", 1),
        ("/api/v1/sources", 1),
        ("/api/v1/campaigns", 3),
        ("/api/v1/prisoners", 3),
        ("/api/v1/walls", 2),
    ],
)
def test_every_list_costs_a_fixed_number_of_queries(
    client, open_data, django_assert_num_queries, url, queries
):
    client.get(url)  # warm the language and cache paths
    with django_assert_num_queries(queries):
        assert client.get(url + "?limit=200").status_code == 200


def test_the_json_download_is_the_import_format_with_sources(client, open_data):
    response = client.get("/watchlist/2024/download.json")
    assert response.status_code == 200
    assert 'filename="watchlist-2024.json"' in response["Content-Disposition"]
    body = json.loads(response.content)
    from vigil.watchlist.csvformat import COLUMNS

    assert body["format"] == "vigil-watchlist/1"
    assert set(body["edition"]) == set(COLUMNS["editions.csv"])
    assert [set(row) for row in body["wwl_rankings.csv"]] == [set(COLUMNS["wwl_rankings.csv"])] * 3
    engines = body["wwl_persecution_engines.csv"]
    assert {row["engine"] for row in engines} == {"Dictatorial paranoia", "Islamic oppression"}
    assert all(set(row) == set(COLUMNS["wwl_persecution_engines.csv"]) for row in engines)
    assert [s["code"] for s in body["sources"]] == ["S01"]
    assert body["sources"][0]["title"] == "Archived list 2024"
    assert body["wwl_rankings.csv"][0]["confidence"] == "explicit"
    assert client.get("/watchlist/2026/download.json").status_code == 404


@pytest.mark.parametrize("path", ["/api/v1/editions", "/api/v1/countries"])
def test_head_is_answered_as_get_without_the_body(client, open_data, path):
    got = client.get(path)
    head = client.head(path)
    assert got.status_code == 200 and head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == got["ETag"]
    assert head["Content-Length"] == str(len(got.content))
    assert head["Access-Control-Allow-Origin"] == "*"
    assert client.head(path, HTTP_IF_NONE_MATCH=got["ETag"]).status_code == 304


def test_head_on_a_missing_resource_is_404(client, open_data):
    assert client.head("/api/v1/countries/atlantis").status_code == 404


@pytest.mark.parametrize("path", ["/api/docs", "/api/openapi.json", "/api/v1/editions"])
def test_trace_is_no_method_of_the_api(client, path):
    response = client.generic("TRACE", path)
    assert response.status_code == 405
    assert response.json()["code"]
