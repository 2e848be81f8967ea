"""Each endpoint's answers, error answers included, have the shapes its schema declares."""

from __future__ import annotations

import pytest

from vigil.api.tests.conftest import fetch_token, post_json
from vigil.prayers.models import Prayer
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db

TEXT = "Lord, give courage to the house churches that meet tonight."
ERROR_KEYS = {"detail", "code", "errors", "reasons"}
HUGE = 10**20


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["code"] == code and body["detail"]
    assert set(body) <= ERROR_KEYS
    return body


@pytest.fixture
def wall():
    return WallFactory()


def test_list_prayers(client, wall):
    PrayerFactory(wall=wall)
    body = client.get(f"/api/walls/{wall.pk}/prayers").json()
    assert set(body) == {"wall", "title", "count", "prayed_count", "items", "next"}
    assert_error(client.get("/api/walls/999999/prayers"), 404, "not_found")
    assert_error(client.get(f"/api/walls/{HUGE}/prayers"), 422, "invalid")
    body = assert_error(client.get(f"/api/walls/{wall.pk}/prayers?limit=many"), 422, "invalid")
    assert list(body["errors"]) == ["limit"]


def test_form_token(client, wall):
    assert set(client.get(f"/api/walls/{wall.pk}/form-token").json()) == {"token", "expires_in"}
    assert_error(client.get("/api/walls/999999/form-token"), 404, "not_found")
    assert_error(client.get(f"/api/walls/{HUGE}/form-token"), 422, "invalid")


def test_post_prayer_accepted_shapes(client, clock, wall):
    url = f"/api/walls/{wall.pk}/prayers"
    published = post_json(
        client, url, {"name": "Anna", "text": TEXT, "token": fetch_token(client, clock, wall.pk)}
    )
    assert published.status_code == 201
    assert set(published.json()) == {"id", "status", "message", "manage_url"}
    held = post_json(client, url, {"name": "Ruth", "text": TEXT + " Amen."})
    assert held.status_code == 202 and held.json()["status"] == "held"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": "", "text": TEXT}, "name"),
        ({"name": "   ", "text": TEXT}, "name"),
        ({"name": "Anna", "text": "\n\t "}, "text"),
        ({"name": "Anna"}, "text"),
        ({"name": "Anna", "text": TEXT, "email": "a" * 250 + "@x.example"}, "email"),
        ({"name": "Anna", "text": "x" * 2001}, "text"),
        ({"name": 5, "text": TEXT}, "name"),
    ],
)
def test_post_prayer_invalid_fields_answer_422_with_field_errors(client, wall, payload, field):
    response = post_json(client, f"/api/walls/{wall.pk}/prayers", payload)
    body = assert_error(response, 422, "invalid")
    assert field in body["errors"] and all(body["errors"][field])
    assert not Prayer.objects.exists()


def test_post_prayer_errors(client, wall):
    url = f"/api/walls/{wall.pk}/prayers"
    bad_json = client.post(url, "{not json", content_type="application/json")
    assert_error(bad_json, 400, "bad_request")
    assert_error(post_json(client, url, ["a list"]), 422, "invalid")
    no_body = client.generic("POST", url, b"", CONTENT_TYPE="application/json")
    empty = assert_error(no_body, 422, "invalid")
    assert empty["detail"] == "The request has no body: send its fields as a JSON object."
    assert list(empty["errors"]) == ["body"]
    assert_error(post_json(client, "/api/walls/999999/prayers", {"name": "A", "text": TEXT}), 404,
                 "not_found")  # fmt: skip
    closed = WallFactory(is_open=False)
    response = post_json(client, f"/api/walls/{closed.pk}/prayers", {"name": "A", "text": TEXT})
    assert_error(response, 403, "closed")


def test_post_prayed(client, wall):
    assert set(post_json(client, f"/api/walls/{wall.pk}/prayed").json()) == {
        "counted", "prayed_count",
    }  # fmt: skip
    assert_error(post_json(client, "/api/walls/999999/prayed"), 404, "not_found")
    assert_error(post_json(client, f"/api/walls/{HUGE}/prayed"), 422, "invalid")


def test_the_schema_declares_every_error_with_the_one_error_shape(client):
    schema = client.get("/api/openapi.json").json()
    reads = {"200", "404", "422", "429"}
    post_prayer = {"201", "202", "400", "403", "404", "413", "415", "422", "429"}
    post_prayed = {"200", "400", "403", "404", "413", "415", "422", "429"}
    expected = {
        ("get", "/api/walls/{wall_id}/prayers"): reads,
        ("get", "/api/walls/{wall_id}/form-token"): reads,
        ("post", "/api/walls/{wall_id}/prayers"): post_prayer,
        ("post", "/api/walls/{wall_id}/prayed"): post_prayed,
        ("post", "/api/v1/walls/{wall_id}/prayers"): post_prayer,
        ("post", "/api/v1/walls/{wall_id}/prayed"): post_prayed,
    }
    for path in [
        "editions",
        "editions/{year}",
        "entries",
        "countries",
        "countries/{slug}",
        "engines",
        "sources",
        "sources/{code}",
        "campaigns",
        "campaigns/{slug}",
        "prisoners",
        "prisoners/{slug}",
        "walls",
        "walls/{wall_id}",
        "walls/{wall_id}/prayers",
        "walls/{wall_id}/form-token",
    ]:
        expected["get", f"/api/v1/{path}"] = reads
    found = {
        (method, path): operation["responses"]
        for path, item in schema["paths"].items()
        for method, operation in item.items()
    }
    assert set(found) == set(expected)
    for key, responses in found.items():
        assert set(responses) == expected[key], key
        for status, response in responses.items():
            ref = response["content"]["application/json"]["schema"]["$ref"]
            assert (ref == "#/components/schemas/ErrorOut") == (int(status) >= 400), key
        if "429" in responses:
            assert "Retry-After" in responses["429"]["headers"]


def test_the_schema_says_blank_names_and_texts_are_refused(client):
    properties = client.get("/api/openapi.json").json()["components"]["schemas"]["PrayerIn"]
    properties = properties["properties"]
    for name in ("name", "text"):
        assert properties[name]["minLength"] == 1 and properties[name]["pattern"] == r"\S"
    assert properties["email"]["maxLength"] == 254
    assert {"token", "website"} <= set(properties)
