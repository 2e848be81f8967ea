"""Project-wide pytest fixtures."""

from __future__ import annotations

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django refuses
# ORM calls from such a thread unless told it is safe (the tests are synchronous).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Rate-limit counters and cached pages must not leak between tests."""
    from django.core.cache import cache

    cache.clear()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = os.path.join(os.path.dirname(__file__), "node_modules", "axe-core", "axe.min.js")


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (``make test`` installs it)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: run `make browser-deps` to install Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser page that records every request leaving the test server."""
    context = chromium.new_context(bypass_csp=False, java_script_enabled=True)
    page = context.new_page()
    page.external_requests = []  # type: ignore[attr-defined]
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(("http://localhost", "http://127.0.0.1", "data:", "about:"))
            else page.external_requests.append(request.url)  # type: ignore[attr-defined]
        ),
    )
    yield page
    context.close()


@pytest.fixture
def axe_page(chromium):
    """A page with axe-core preloaded as an init script (DevTools-injected, so the
    site's strict CSP stays on); call ``run_axe(page)`` after navigating."""
    if not os.path.exists(AXE_JS):
        pytest.fail("node_modules/axe-core is missing: run `make browser-deps`")
    context = chromium.new_context()
    context.add_init_script(path=AXE_JS)
    page = context.new_page()
    yield page
    context.close()


def run_axe(page) -> list[dict]:
    """Run axe-core on the current page; return the serious and critical violations."""
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in {"serious", "critical"}]
