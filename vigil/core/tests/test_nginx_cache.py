"""Vigil behind Debian's nginx with ``deploy/nginx/vigil-locations.conf``: pages come from
the proxy cache, and the wall's list (a server-side include) is fresh on every view, so
a deleted prayer is gone at once from a page nginx serves from its cache."""

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
def nginx(live_server, tmp_path: Path) -> Iterator[str]:
    """nginx on a free port in front of the live server, with the shipped locations."""
    if not os.path.exists(NGINX):
        pytest.skip("nginx is not installed (Debian: apt-get install nginx-light)")
    shutil.copy(DEPLOY / "vigil-locations.conf", tmp_path)
    proxy = DEPLOY / "vigil-proxy.conf"
    if proxy.exists():
        shutil.copy(proxy, tmp_path)
    else:
        (tmp_path / "vigil-proxy.conf").write_text(PROXY_HEADERS)
    port = _free_port()
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
    assert "<!--#" not in first  # nginx filled the include
    assert kept.text in first and gone.text in first
    status, headers, second = fetch(page, Cookie="csrftoken=abc; vigil_visitor=x")
    assert headers["X-Cache-Status"] == "HIT"  # cookies are not in the key
    assert second == first

    authors.prayer_delete_by_author(prayer=gone)
    _, headers, after = fetch(page)
    assert headers["X-Cache-Status"] == "HIT"  # the page itself still comes from nginx
    assert gone.text not in after and kept.text in after

    fresh = PrayerFactory(wall=wall, text="Newly published.", status=Prayer.Status.HELD)
    lifecycle.prayer_publish(prayer=fresh)
    _, headers, published = fetch(page)
    assert headers["X-Cache-Status"] == "HIT" and "Newly published." in published


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


def test_a_filled_page_has_no_etag_a_browser_could_revalidate(nginx, wall) -> None:
    """The list under a cached shell changes, so nginx (its SSI filter, on every HTML
    answer) drops the shell's ETag: a browser never holds a validator for a page whose
    list it cannot see. Feeds and JSON keep theirs."""
    _, headers, _ = fetch(f"{nginx}/countries/kazakhstan/")
    assert "ETag" not in headers and headers["Cache-Control"] == "public, max-age=0, s-maxage=300"
    _, headers, _ = fetch(f"{nginx}/prayers/feed/")
    assert headers["ETag"]
