"""The API docs page: compressed, with a viewport, and only this site's own assets."""

from __future__ import annotations

import gzip
import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_docs_page_is_served_compressed_with_a_viewport(client):
    response = client.get("/api/docs", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    html = gzip.decompress(response.content).decode()
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<h1>" in html and "<main>" in html
    for address in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert address.startswith("/"), address
    assert '"validatorUrl": null' in html


@pytest.mark.parametrize("name", ["swagger-ui-bundle.js", "swagger-ui.css"])
def test_the_docs_assets_are_compressed_and_cacheable(client, name):
    response = client.get(f"/api/docs/assets/{name}", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    body = gzip.decompress(b"".join(response.streaming_content))
    assert len(body) > 50_000
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]


def test_the_docs_page_links_the_downloads_and_the_widget(client):
    html = client.get("/api/docs").content.decode()
    assert 'href="/watchlist/"' in html and 'href="/embed/"' in html
