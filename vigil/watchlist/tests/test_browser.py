"""The Kazakhstan 2014 profile in Debian's Chromium: content, no third-party requests, axe."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from conftest import run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EXPECTED = [
    "Rank 39",
    "49/100",
    "2013 Rank 48",
    "President Nursultan Nazarbayev",
    "Republic",
    "Islam",
    "16.7 million (2.5 million Christians)",
    "Dictatorial paranoia / Organized corruption",
]


@pytest.fixture
def demo_data() -> None:
    call_command("load_demo", verbosity=0)


def test_kazakhstan_2014_profile_in_chromium(live_server, axe_page, demo_data) -> None:
    external: list[str] = []
    axe_page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:"))
            else external.append(request.url)
        ),
    )
    response = axe_page.goto(f"{live_server.url}/countries/kazakhstan/?edition=2014")
    assert response is not None and response.status == 200
    text = re.sub(r"\s+", " ", axe_page.inner_text("main"))
    for expected in EXPECTED:
        assert expected in text, expected
    assert "None" not in text
    assert external == []
    violations = run_axe(axe_page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]
