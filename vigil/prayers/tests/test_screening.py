"""What prayers tells moderation: recent rejections from the log, the wall's policy."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from vigil.core.models import LogEntry, log_action
from vigil.prayers.models import WallPolicy
from vigil.prayers.services import screening
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db


def test_recent_rejections_are_counted_from_the_log_and_old_ones_forgiven():
    rejected = PrayerFactory(status="rejected", client_hash="c-ben", published_at=None)
    log_action("prayer.rejected", target=rejected)
    assert screening.recent_rejections(client_hash="c-ben") == 1
    LogEntry.objects.update(created_at=timezone.now() - timedelta(days=31))
    assert screening.recent_rejections(client_hash="c-ben") == 0
    assert screening.recent_rejections() == 0


def test_a_prayer_rejected_twice_is_one_recent_rejection():
    rejected = PrayerFactory(status="rejected", client_hash="c-ana", published_at=None)
    log_action("prayer.rejected", target=rejected)
    log_action("prayer.rejected", target=rejected)
    assert screening.recent_rejections(client_hash="c-ana") == 1
    other = PrayerFactory(status="rejected", client_hash="c-ana", published_at=None)
    log_action("prayer.rejected", target=other)
    assert screening.recent_rejections(client_hash="c-ana") == 2


def test_a_wall_policy_change_applies_at_once():
    wall = WallFactory()
    assert screening.context(wall, prior=1, language="en").thresholds.hold["threat"] < 1
    policy = WallPolicy.objects.create(wall=wall, thresholds={"hold": {"threat": 1.0}})
    context = screening.context(wall, prior=1, language="en")
    assert context.thresholds.hold["threat"] == 1.0
    assert not context.ban_holds
    policy.ban_action = WallPolicy.BanAction.HOLD
    policy.save()
    assert screening.context(wall, prior=1, language="en").ban_holds
    policy.delete()
    assert screening.context(wall, prior=1, language="en").thresholds.hold["threat"] < 1
