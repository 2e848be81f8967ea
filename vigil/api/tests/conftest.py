from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from vigil.core import ratelimit
from vigil.prayers import formtoken

NOW = 1_000_000_040.0


class Clock:
    """The form token's clock, moved on by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _fake_classifier(settings):
    """API rules are tested against the predictable classifier the prayers tests use."""
    settings.VIGIL_CLASSIFIER = "vigil.moderation.engine.classifier.KeywordFakeClassifier"


@pytest.fixture(autouse=True)
def clock(monkeypatch) -> Clock:
    """Fixed clocks for rate-limit windows and form tokens."""
    monkeypatch.setattr(ratelimit, "_now", lambda: NOW)
    token_clock = Clock()
    monkeypatch.setattr(formtoken, "_clock", token_clock)
    return token_clock


def post_json(client: Client, url: str, payload: Any = None, **extra: Any) -> Any:
    body = json.dumps({} if payload is None else payload)
    return client.post(url, body, content_type="application/json", **extra)


def fetch_token(client: Client, clock: Clock, wall_id: int, wait: float = 60) -> str:
    """A token from the API, as a form would fetch it, then ``wait`` seconds of typing."""
    token = client.get(f"/api/walls/{wall_id}/form-token").json()["token"]
    clock.now += wait
    return token
