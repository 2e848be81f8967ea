"""Abuse controls that one client cannot beat by changing its User-Agent, typing
someone else's address or repeating itself with other punctuation."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from vigil.core import ratelimit
from vigil.prayers.models import Prayer, Report
from vigil.prayers.services import reports, submission
from vigil.prayers.services.common import SubmissionRefused
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db

TEXT = "Lord, strengthen the believers who meet in secret, and comfort the families."


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)


def test_i_prayed_counts_one_address_once_whatever_its_user_agent():
    wall = WallFactory()
    url = reverse("prayers:wall-pray", args=[wall.pk])
    for n in range(20):
        Client().post(url, REMOTE_ADDR="203.0.113.5", HTTP_USER_AGENT=f"Agent/{n}")
    wall.refresh_from_db()
    assert wall.prayed_count == 1


def test_one_network_with_many_user_agents_is_one_reporter():
    prayer = PrayerFactory()
    url = reverse("prayers:prayer-report", args=[prayer.pk])
    for n in range(3):
        Client().post(
            url, {"reason": "spam"}, REMOTE_ADDR="203.0.113.5", HTTP_USER_AGENT=f"Agent/{n}"
        )
    assert Report.objects.count() == 1
    prayer.refresh_from_db()
    assert prayer.status == Prayer.Status.PUBLISHED


def test_reports_weigh_by_the_reporters_standing():
    """Anonymous networks count half, participants fully, recent offenders not at all."""
    prayer = PrayerFactory()
    for n in range(5):
        reports.prayer_report(prayer=prayer, reason="spam", reporter=f"anonymous-{n}")
    prayer.refresh_from_db()
    assert prayer.status == Prayer.Status.PUBLISHED  # 2.5 < 3
    _, held = reports.prayer_report(prayer=prayer, reason="spam", reporter="anonymous-5")
    assert held


def test_reports_are_rate_limited_per_reporter():
    prayers = [PrayerFactory() for _ in range(11)]
    for prayer in prayers[:10]:
        reports.prayer_report(prayer=prayer, reason="spam", reporter="busy")
    with pytest.raises(SubmissionRefused) as refused:
        reports.prayer_report(prayer=prayers[10], reason="spam", reporter="busy")
    assert refused.value.status == 429


def test_the_report_form_answers_429_not_500_past_the_limit():
    prayers = [PrayerFactory() for _ in range(11)]
    client = Client()
    statuses = [
        client.post(reverse("prayers:prayer-report", args=[p.pk]), {"reason": "spam"}).status_code
        for p in prayers
    ]
    assert statuses[-1] == 429 and 500 not in statuses


@pytest.mark.parametrize("field", ["email"])
def test_an_overlong_email_is_refused_with_a_reason_not_a_500(client, field):
    wall = WallFactory()
    email = "a" * 243 + "@example.org"  # 255 characters, otherwise valid
    with pytest.raises(SubmissionRefused) as refused:
        submission.prayer_submit(wall=wall, name="Anna", text=TEXT, email=email, client_hash="c")
    assert "254" in refused.value.errors[field][0]
    follow = client.post(reverse("prayers:wall-follow", args=[wall.pk]), {"email": email})
    assert follow.status_code in {200, 422}
    assert not wall.subscriptions.exists()


def test_duplicates_are_spotted_through_lookalike_letters_and_punctuation():
    wall = WallFactory()
    submission.prayer_submit(wall=wall, name="Anna", text=TEXT, client_hash="c1")
    disguised = TEXT.replace("o", "о").replace(",", "").upper() + "!!"  # Cyrillic о
    # from someone else, a copy is held for review (not refused, which would tell the
    # sender what another visitor wrote)
    copy = submission.prayer_submit(wall=wall, name="Ben", text=disguised, client_hash="c2")
    assert copy.prayer.status == "held"
    assert submission.COPY_REASON in copy.verdict.reasons
    with pytest.raises(SubmissionRefused) as refused:
        submission.prayer_submit(wall=wall, name="Anna", text=disguised, client_hash="c1")
    assert refused.value.code == "duplicate"


def test_a_form_shown_again_after_a_refusal_carries_a_fresh_token(client, monkeypatch):
    """The first post spends its token; the form that comes back (text kept, reason
    given) carries a new one with the first render's time, so the changed prayer is
    published rather than held as a reused or instant post."""
    import re

    from vigil.prayers import formtoken

    monkeypatch.setattr(formtoken, "_clock", lambda: 1_000_000_040.0)
    from django.test import RequestFactory

    from vigil.core import privacy

    wall = WallFactory()
    # sent before from this client, so this text is a duplicate
    own = privacy.client_hash(RequestFactory().post("/"))
    PrayerFactory(wall=wall, text=TEXT, client_hash=own)
    url = reverse("prayers:prayer-create", args=[wall.pk])
    token = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 60)
    data = {"name": "Anna", "email": "", "website": "", "rendered": token}
    refused = client.post(url, {**data, "text": TEXT})
    assert refused.status_code == 422
    renewed = re.search(r'name="rendered" value="([^"]+)"', refused.content.decode()).group(1)
    assert renewed != token
    client.post(url, {**data, "rendered": renewed, "text": TEXT + " Amen, Lord."})
    assert Prayer.objects.latest("pk").status == Prayer.Status.PUBLISHED
