"""The generic audit log: one entry per change, written in the change's transaction."""

from __future__ import annotations

import pytest
from django.db import transaction

from vigil.core.models import LogEntry, log_action
from vigil.prayers.models import Prayer
from vigil.prayers.services import lifecycle
from vigil.prayers.tests.factories import PrayerFactory

pytestmark = pytest.mark.django_db


def test_log_action_records_target_actor_reasons_and_scores(django_user_model):
    moderator = django_user_model.objects.create(username="mod")
    prayer = PrayerFactory()
    entry = log_action(
        "prayer.held", target=prayer, actor=moderator, reasons=["x"], scores={"insult": 0.7}
    )
    stored = LogEntry.objects.for_object(prayer).get()
    assert stored.pk == entry.pk
    assert (stored.action, stored.actor, stored.reasons, stored.scores) == (
        "prayer.held", moderator, ["x"], {"insult": 0.7},
    )  # fmt: skip
    assert stored.target_repr == str(prayer)


def test_a_status_change_and_its_entry_commit_or_roll_back_together():
    prayer = PrayerFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        lifecycle.prayer_remove(prayer=prayer, reasons=["abusive"])
        assert LogEntry.objects.for_object(prayer).filter(action="prayer.removed").exists()
        raise RuntimeError("the change fails after the entry was written")
    assert Prayer.objects.get(pk=prayer.pk).status == Prayer.Status.PUBLISHED
    assert not LogEntry.objects.for_object(prayer).exists()
    lifecycle.prayer_remove(prayer=prayer, reasons=["abusive"])
    assert LogEntry.objects.for_object(prayer).get().action == "prayer.removed"
