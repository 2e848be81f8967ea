"""CSP violation reports land in the staff-visible audit log, trimmed, without addresses."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from vigil.core.models import LogEntry

pytestmark = pytest.mark.django_db

REPORT = {
    "csp-report": {
        "document-uri": "https://vigil.example/countries/kazakhstan/?edition=2014&secret=1",
        "violated-directive": "script-src 'self'",
        "blocked-uri": "https://tracker.example/t.js?visitor=42",
    }
}


def test_a_violation_report_is_kept_in_the_audit_log(client):
    response = client.post(
        reverse("csp-report"), json.dumps(REPORT), content_type="application/csp-report"
    )
    assert response.status_code == 204
    entry = LogEntry.objects.get(action="csp.violation")
    assert entry.data["report"]["document-uri"] == "https://vigil.example/countries/kazakhstan/"
    assert entry.data["report"]["blocked-uri"] == "https://tracker.example/t.js"
    assert entry.data["report"]["violated-directive"] == "script-src 'self'"
    assert "127.0.0.1" not in json.dumps(entry.data)


def test_the_policy_names_the_report_endpoint(client):
    assert "report-uri /csp-report/" in client.get("/ping")["Content-Security-Policy"]


def test_garbage_is_refused_without_a_500(client):
    url = reverse("csp-report")
    assert client.post(url, "not json", content_type="application/json").status_code == 400
    assert client.post(url, "x" * 20_000, content_type="application/json").status_code == 413
    assert client.post(url, "[1, 2]", content_type="application/json").status_code == 400


def test_a_flood_of_reports_is_limited_per_client(client):
    url = reverse("csp-report")
    statuses = [
        client.post(url, json.dumps(REPORT), content_type="application/json").status_code
        for _ in range(21)
    ]
    assert statuses[-1] == 429
    assert LogEntry.objects.filter(action="csp.violation").count() == 20
