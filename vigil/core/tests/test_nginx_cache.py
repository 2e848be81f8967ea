"""Vigil behind Debian's nginx with ``deploy/nginx/vigil-locations.conf`` and
``vigil-refresh.conf``: whole pages come from the proxy cache, and when a wall changes
Vigil has nginx fetch its pages again, so a deleted prayer is gone at once from a page
nginx serves from its cache."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from vigil.core.models import EdgeCopy
from vigil.prayers.models import Prayer, wall_for
from vigil.prayers.services import authors, lifecycle
from vigil.prayers.tests.factories import PrayerFactory
from vigil.watchlist.tests.factories import CountryFactory, EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db(transaction=True)
DEPLOY = Path(__file__).resolve().parents[3] / "deploy" / "nginx"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# Used only until deploy/nginx/vigil-proxy.conf (the stack's shared proxy headers) exists.
PROXY_HEADERS = """proxy_set_header Host $http_host;
proxy_set_header Connection "";
proxy_set_header X-Forwarded-For $remote_addr;
"""
CONF = """worker_processes 1;
{user}
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    proxy_http_version 1.1;
    proxy_cache_path {dir}/cache levels=1:2 keys_zone=vigil:1m;
    upstream vigil_app {{ server {upstream}; }}
    server {{
        listen 127.0.0.1:{port};
        include vigil-locations.conf;
    }}
    include vigil-refresh.conf;
}}
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    for _ in range(100):
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited: {process.stderr.read().decode()}")  # type: ignore[union-attr]
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("nginx did not start listening")


@pytest.fixture
def nginx(live_server, tmp_path: Path, settings) -> Iterator[str]:
    """nginx on a free port in front of the live server, with the shipped locations and
    refresh listener (which Vigil is told about)."""
    if not os.path.exists(NGINX):
        pytest.skip("nginx is not installed (Debian: apt-get install nginx-light)")
    shutil.copy(DEPLOY / "vigil-locations.conf", tmp_path)
    proxy = DEPLOY / "vigil-proxy.conf"
    if proxy.exists():
        shutil.copy(proxy, tmp_path)
    else:
        (tmp_path / "vigil-proxy.conf").write_text(PROXY_HEADERS)
    port, refresh_port = _free_port(), _free_port()
    refresh = (DEPLOY / "vigil-refresh.conf").read_text()
    refresh = refresh.replace("{{REFRESH_LISTEN}}", f"127.0.0.1:{refresh_port}")
    (tmp_path / "vigil-refresh.conf").write_text(refresh)
    settings.VIGIL_EDGE_REFRESH_URLS = f"http://127.0.0.1:{refresh_port}"
    user = f"user {pwd.getpwuid(os.getuid()).pw_name};" if os.getuid() == 0 else ""
    upstream = live_server.url.removeprefix("http://")
    conf = CONF.format(dir=tmp_path, user=user, port=port, upstream=upstream)
    (tmp_path / "nginx.conf").write_text(conf)
    command = [NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    process = subprocess.Popen([*command, "-g", "daemon off;"], stderr=subprocess.PIPE)
    try:
        _wait_for(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(url: str, **headers: str) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - loopback
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def wall():
    country = CountryFactory(code="KZ", slug="kazakhstan")
    EntryFactory(country=country, edition=EditionFactory(year=2025))
    return wall_for(country)


def test_the_country_page_is_cached_and_a_deleted_prayer_is_gone_at_once(nginx, wall) -> None:
    kept = PrayerFactory(wall=wall, text="Lord, keep the church in Almaty.")
    gone = PrayerFactory(wall=wall, text="A prayer its author will delete.")
    page = f"{nginx}/countries/kazakhstan/"
    status, headers, first = fetch(page)
    assert status == 200 and headers["X-Cache-Status"] == "MISS"
    assert kept.text in first and gone.text in first
    assert headers["Cache-Control"] == "public, max-age=0, s-maxage=300"
    status, headers, second = fetch(page, Cookie="csrftoken=abc; vigil_visitor=x")
    assert headers["X-Cache-Status"] == "HIT"  # cookies are not in the key
    assert second == first
    assert EdgeCopy.objects.filter(url__endswith="/countries/kazakhstan/").exists()

    authors.prayer_delete_by_author(prayer=gone)
    _, headers, after = fetch(page)
    assert headers["X-Cache-Status"] == "HIT"  # the page itself still comes from nginx
    assert gone.text not in after and kept.text in after

    fresh = PrayerFactory(wall=wall, text="Newly published.", status=Prayer.Status.HELD)
    lifecycle.prayer_publish(prayer=fresh)
    _, headers, published = fetch(page)
    assert headers["X-Cache-Status"] == "HIT" and "Newly published." in published


def test_each_language_filter_feed_and_api_list_of_a_wall_is_fetched_again(nginx, wall) -> None:
    gone = PrayerFactory(wall=wall, text="A prayer its author will delete.")
    pages = [f"{nginx}/countries/kazakhstan/", f"{nginx}/ru/countries/kazakhstan/",
             f"{nginx}/walls/{wall.pk}/", f"{nginx}/walls/{wall.pk}/?lang=en",
             f"{nginx}/walls/{wall.pk}/feed/", f"{nginx}/prayers/feed/",
             f"{nginx}/api/walls/{wall.pk}/prayers",
             f"{nginx}/api/v1/walls/{wall.pk}/prayers"]  # fmt: skip
    for page in pages:
        fetch(page)
        assert fetch(page)[1]["X-Cache-Status"] == "HIT"
    authors.prayer_delete_by_author(prayer=gone)
    for page in pages:
        _, headers, html = fetch(page)
        assert headers["X-Cache-Status"] == "HIT" and gone.text not in html, page


def test_an_address_with_an_unknown_query_is_kept_for_the_live_window_only(nginx, wall) -> None:
    """Invented addresses are not recorded, so they cannot grow the record; nginx keeps
    them only as long as a page may show a deleted prayer anyway."""
    _, headers, _ = fetch(f"{nginx}/countries/kazakhstan/?utm_source=letter")
    assert headers["Cache-Control"] == "public, max-age=0, s-maxage=10"
    assert not EdgeCopy.objects.filter(url__contains="utm_source").exists()


def test_forms_and_signed_in_users_are_never_served_from_the_cache(nginx, wall) -> None:
    live = f"{nginx}/walls/{wall.pk}/live/"
    for _ in range(2):
        status, headers, html = fetch(live)
        assert status == 200 and headers["X-Cache-Status"] == "MISS"
        assert "csrfmiddlewaretoken" in html and "private" in headers["Cache-Control"]
    fetch(f"{nginx}/sources/")
    _, headers, _ = fetch(f"{nginx}/sources/", Cookie="sessionid=someone")
    assert headers["X-Cache-Status"] == "BYPASS"
    _, headers, _ = fetch(f"{nginx}/sources/")
    assert headers["X-Cache-Status"] == "HIT"


def test_a_browser_revalidates_with_nginx_and_gets_the_new_page_after_a_change(nginx, wall) -> None:
    """The page says max-age=0 with an ETag: a browser asks nginx each time, gets 304 while
    the page is unchanged, and the new page once a prayer on it is deleted."""
    gone = PrayerFactory(wall=wall, text="A prayer its author will delete.")
    page = f"{nginx}/countries/kazakhstan/"
    _, headers, _ = fetch(page)
    etag = headers["ETag"]
    status, headers, _ = fetch(page, **{"If-None-Match": etag})
    assert status == 304 and headers["X-Cache-Status"] == "HIT"
    authors.prayer_delete_by_author(prayer=gone)
    status, headers, html = fetch(page, **{"If-None-Match": etag})
    assert status == 200 and headers["ETag"] != etag and gone.text not in html
