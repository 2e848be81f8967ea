"""Cross-site posting: a page of another site cannot post a prayer or count "I prayed"
through a visitor's browser, and a huge body answers JSON."""

from __future__ import annotations

import json

import pytest

from vigil.api.tests.conftest import post_json
from vigil.prayers.models import Prayer, Wall
from vigil.prayers.tests.factories import WallFactory

pytestmark = pytest.mark.django_db

PRAYER = {"name": "Anna", "text": "Lord, keep the believers of the north safe."}


@pytest.fixture
def wall() -> Wall:
    return WallFactory()


def urls(wall: Wall) -> list[str]:
    return [f"/api/walls/{wall.pk}/prayers", f"/api/walls/{wall.pk}/prayed"]


def nothing_happened(wall: Wall) -> bool:
    wall.refresh_from_db()
    return not Prayer.objects.exists() and wall.prayed_count == 0


def test_a_text_plain_post_is_refused_with_415_and_changes_nothing(client, wall):
    for url in urls(wall):
        response = client.post(url, json.dumps(PRAYER), content_type="text/plain")
        assert response.status_code == 415
        assert response.json()["code"] == "unsupported_media_type"
    assert nothing_happened(wall)


def test_a_form_encoded_post_is_refused_with_415(client, wall):
    for url in urls(wall):
        assert client.post(url, PRAYER).status_code == 415
    assert nothing_happened(wall)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "http://other.testserver", "HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://testserver"},
    ],
)
def test_a_browser_post_from_another_origin_is_403_cross_origin(client, wall, headers):
    for url in urls(wall):
        response = post_json(client, url, PRAYER, **headers)
        assert response.status_code == 403
        assert response.json() == {
            "detail": "Posting from another site is not allowed.",
            "code": "cross_origin",
        }
    assert nothing_happened(wall)


def test_a_cross_site_text_plain_post_does_not_count(client, wall):
    """The attack as found: a simple cross-origin request, which needs no preflight."""
    response = client.post(
        f"/api/walls/{wall.pk}/prayed", "{}", content_type="text/plain",
        HTTP_ORIGIN="https://evil.example", HTTP_SEC_FETCH_SITE="cross-site",
    )  # fmt: skip
    assert response.status_code == 403
    assert nothing_happened(wall)


def test_the_sites_own_pages_may_post(client, wall):
    headers = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}
    assert post_json(client, urls(wall)[0], PRAYER, **headers).status_code == 202
    assert post_json(client, urls(wall)[1], None, **headers).status_code == 200


def test_trusted_origins_may_post(client, wall, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://partner.example", "https://*.ministry.example"]
    for origin in ("https://partner.example", "https://www.ministry.example"):
        headers = {"HTTP_ORIGIN": origin, "HTTP_SEC_FETCH_SITE": "cross-site"}
        assert post_json(client, urls(wall)[1], None, **headers).status_code == 200
    headers = {"HTTP_ORIGIN": "http://www.ministry.example"}
    assert post_json(client, urls(wall)[1], None, **headers).status_code == 403


def test_clients_that_are_not_browsers_still_post(client, wall):
    assert post_json(client, urls(wall)[0], PRAYER).status_code == 202
    assert post_json(client, urls(wall)[1]).json()["counted"] is True


def test_a_10_mb_body_answers_413_json(client, wall):
    body = json.dumps({**PRAYER, "text": "x" * 10_000_000})
    for url in urls(wall):
        response = client.post(url, body, content_type="application/json")
        assert response.status_code == 413
        assert response["Content-Type"] == "application/json"
        assert response.json()["code"] == "too_large"
    assert nothing_happened(wall)


def test_a_body_over_djangos_own_limit_answers_413_json(client, wall, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({**PRAYER, "text": "x" * 5000})
    response = client.post(urls(wall)[0], body, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
