"""The API docs page and the embeddable widget in Debian's Chromium: axe, no third-party
requests, and the widget working inside a partner site's iframe without cookies."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import run_axe
from vigil.prayers.models import Wall

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


class Partner:
    """Another site (its own origin on this machine) whose page frames one of ours."""

    def __init__(self) -> None:
        self.html = ""
        partner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = partner.html.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def show(self, page, src: str) -> None:
        self.html = (
            "<!doctype html><html lang=en><title>Partner church</title>"
            f'<iframe src="{src}" title="Prayer widget" width=360 height=440 '
            'sandbox="allow-forms allow-popups allow-popups-to-escape-sandbox"></iframe></html>'
        )
        page.goto(self.url)


@pytest.fixture
def partner() -> Iterator[Partner]:
    site = Partner()
    thread = threading.Thread(target=site.server.serve_forever, daemon=True)
    thread.start()
    yield site
    site.server.shutdown()
    site.server.server_close()


def record_external(page, live_server, *also: str) -> list[str]:
    external: list[str] = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:", *also))
            else external.append(request.url)
        ),
    )
    return external


def test_the_api_docs_page_passes_axe_and_stays_on_this_site(live_server, axe_page) -> None:
    external = record_external(axe_page, live_server)
    response = axe_page.goto(f"{live_server.url}/api/docs")
    assert response is not None and response.status == 200
    axe_page.wait_for_selector(".swagger-ui .opblock-tag", timeout=15000)
    assert axe_page.locator("meta[name=viewport]").count() == 1
    assert external == []
    violations = run_axe(axe_page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_the_widget_works_inside_a_partner_sites_iframe(
    live_server, axe_page, open_data, partner
) -> None:
    external = record_external(axe_page, live_server, partner.url)
    partner.show(axe_page, f"{live_server.url}/embed/countries/north-korea/")
    frame = axe_page.frame_locator("iframe")
    frame.get_by_role("heading", name="Pray for North Korea").wait_for(timeout=10000)
    frame.get_by_role("button", name="I prayed").click()
    frame.get_by_text("Thank you for praying for North Korea.").wait_for(timeout=10000)
    assert Wall.objects.get(country__slug="north-korea").prayed_count == 1
    assert axe_page.context.cookies() == []
    assert external == []


def test_a_partner_site_cannot_frame_other_pages(live_server, page, open_data, partner) -> None:
    partner.show(page, f"{live_server.url}/countries/north-korea/")
    page.wait_for_load_state("load")
    child = page.frames[1]
    assert child.url.startswith("chrome-error://") or "North Korea" not in child.content()


def test_the_widget_itself_passes_axe(live_server, axe_page, open_data) -> None:
    axe_page.goto(f"{live_server.url}/embed/countries/north-korea/")
    violations = run_axe(axe_page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]
