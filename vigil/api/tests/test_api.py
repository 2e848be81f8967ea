from __future__ import annotations

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vigil.api.tests.conftest import fetch_token, post_json
from vigil.moderation.models import Term
from vigil.prayers.models import Prayer
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db

TEXT = "Lord, give courage to the house churches that meet tonight."


def test_list_is_keyset_paginated_and_has_no_private_fields(client):
    wall = WallFactory()
    PrayerFactory.create_batch(5, wall=wall, email="private@mailbox.test")
    PrayerFactory(wall=wall, status="held")
    first = client.get(f"/api/walls/{wall.pk}/prayers?limit=3").json()
    assert first["count"] == 5 and len(first["items"]) == 3
    assert set(first["items"][0]) == {"id", "name", "text", "published_at", "prayed_count"}
    second = client.get(f"/api/walls/{wall.pk}/prayers?limit=3&after={first['next']}").json()
    assert len(second["items"]) == 2 and second["next"] is None
    ids = [p["id"] for p in first["items"] + second["items"]]
    assert len(set(ids)) == 5
    assert "mailbox.test" not in json.dumps([first, second])


def test_list_query_count_is_flat(client):
    small, large = WallFactory(), WallFactory()
    for wall, size in [(small, 10), (large, 10_000)]:
        Prayer.objects.bulk_create(PrayerFactory.build(wall=wall) for _ in range(size))
    counts = []
    for wall in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/api/walls/{wall.pk}/prayers").status_code == 200
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1] == 2


def test_post_publishes_and_answers_201_without_the_email(client, clock):
    wall = WallFactory()
    token = fetch_token(client, clock, wall.pk)
    response = post_json(
        client, f"/api/walls/{wall.pk}/prayers",
        {"name": "Anna", "text": TEXT, "email": "anna@mailbox.test", "token": token},
    )  # fmt: skip
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "published"
    assert "mailbox.test" not in response.content.decode()
    assert Prayer.objects.get(pk=body["id"]).email == "anna@mailbox.test"


def test_post_rejected_answers_422_with_reasons(client, clock):
    Term.objects.create(term="vermintrash", kind=Term.Kind.BANNED)
    wall = WallFactory()
    text = "you vermintrash, fake-identity_attack"
    payload = {"name": "X", "text": text, "token": fetch_token(client, clock, wall.pk)}
    response = post_json(client, f"/api/walls/{wall.pk}/prayers", payload)
    assert response.status_code == 422
    assert response.json()["reasons"][0] == "banned term: vermintrash"


def test_post_invalid_answers_422_with_field_errors(client):
    wall = WallFactory()
    response = post_json(client, f"/api/walls/{wall.pk}/prayers", {"name": "", "text": TEXT})
    assert response.status_code == 422
    assert "name" in response.json()["errors"]


def test_post_rate_limited_answers_429_with_retry_after(client):
    wall = WallFactory()
    for n in range(3):
        url = f"/api/walls/{wall.pk}/prayers"
        assert post_json(client, url, {"name": "A", "text": f"{TEXT} {n}"}).status_code == 202
    response = post_json(client, f"/api/walls/{wall.pk}/prayers", {"name": "A", "text": "again"})
    assert response.status_code == 429
    assert response["Retry-After"] == "40"
    assert response.json()["code"] == "rate_limited"


def test_post_to_a_flooded_wall_is_held_with_202(client, clock, settings):
    settings.VIGIL_PRAYER_RATES = {"wall-minute": (1, 60)}
    wall = WallFactory()
    url = f"/api/walls/{wall.pk}/prayers"
    for n, addr in enumerate(["198.51.100.1", "198.51.100.2"]):
        payload = {"name": "A", "text": f"{TEXT} {n}", "token": fetch_token(client, clock, wall.pk)}
        response = post_json(client, url, payload, REMOTE_ADDR=addr)
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "held"
    assert body["message"].startswith("Many prayers are arriving on this wall right now")
    assert body["message"].endswith("A moderator will read it before it appears.")
    assert Prayer.objects.get(pk=body["id"]).text == f"{TEXT} 1"


def test_post_to_a_closed_wall_is_403(client):
    wall = WallFactory(is_open=False)
    response = post_json(client, f"/api/walls/{wall.pk}/prayers", {"name": "A", "text": TEXT})
    assert response.status_code == 403


def test_prayed_counts_once_per_client(client):
    wall = WallFactory()
    assert post_json(client, f"/api/walls/{wall.pk}/prayed").json() == {
        "counted": True,
        "prayed_count": 1,
    }
    assert post_json(client, f"/api/walls/{wall.pk}/prayed").json()["counted"] is False


def test_the_openapi_schema_has_no_email_in_any_response(client):
    schema = client.get("/api/openapi.json").json()
    for path in schema["paths"].values():
        for operation in path.values():
            assert "email" not in json.dumps(operation.get("responses", {}))
    components = schema["components"]["schemas"]
    assert "email" in components["PrayerIn"]["properties"]
    outputs = [name for name in components if name != "PrayerIn"]
    assert all("email" not in components[name].get("properties", {}) for name in outputs)


def test_the_docs_load_nothing_from_a_cdn(client):
    response = client.get("/api/docs")
    html = response.content.decode()
    assert response.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(src.startswith("/") and not src.startswith("//") for src in sources)
    for src in sources:
        if src.startswith("/api/docs/assets/"):
            assert client.get(src).status_code == 200
    assert client.get("/api/docs/assets/..%2Fsettings.py").status_code == 404


def test_post_returns_the_private_link_once_and_it_works(client, clock):
    wall = WallFactory()
    payload = {"name": "Anna", "text": TEXT, "token": fetch_token(client, clock, wall.pk)}
    response = post_json(client, f"/api/walls/{wall.pk}/prayers", payload)
    link = response.json()["manage_url"]
    assert link.startswith("http://testserver/prayers/")
    assert client.get(link.removeprefix("http://testserver")).status_code == 200
    listing = client.get(f"/api/walls/{wall.pk}/prayers").content.decode()
    assert link.rsplit("/", 2)[-2] not in listing
