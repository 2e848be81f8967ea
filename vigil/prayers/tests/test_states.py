"""The one transition table, applied alike by services, the review queue and the admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from vigil.core.models import LogEntry
from vigil.prayers import states
from vigil.prayers.models import Prayer
from vigil.prayers.services import lifecycle
from vigil.prayers.states import Move, TransitionRefused
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

Status = Prayer.Status


@pytest.mark.parametrize(
    ("status", "move", "allowed"),
    [
        (None, Move.PUBLISH, True),
        (None, Move.REMOVE, False),
        (Status.PENDING, Move.PUBLISH, True),
        (Status.PUBLISHED, Move.REMOVE, True),
        (Status.PUBLISHED, Move.PUBLISH, False),
        (Status.HELD, Move.REMOVE, False),
        (Status.HELD, Move.PUBLISH, True),
        (Status.REJECTED, Move.REJECT, False),
        (Status.REMOVED, Move.PUBLISH, True),
        (Status.SPAM, Move.HOLD, False),
    ],
)
def test_the_transition_table(status, move, allowed):
    assert states.allows(status, move) is allowed


def test_every_move_has_one_target_and_every_status_a_row():
    assert {states.target(move) for move in Move} == set(Status)
    assert set(states.TRANSITIONS) == {None, *Status}


@pytest.mark.django_db
def test_a_refused_move_changes_nothing_and_logs_nothing():
    prayer = PrayerFactory(status=Status.HELD, published_at=None)
    with pytest.raises(TransitionRefused, match="A held prayer cannot be removed"):
        lifecycle.prayer_remove(prayer=prayer)
    assert Prayer.objects.get(pk=prayer.pk).status == Status.HELD
    assert not LogEntry.objects.for_object(prayer).exists()


@pytest.mark.django_db
def test_the_admin_remove_on_a_held_prayer_is_refused_like_the_queue(admin_client):
    wall = WallFactory()
    held = PrayerFactory(wall=wall, status=Status.HELD, published_at=None)
    published = PrayerFactory(wall=wall)
    url = reverse("admin:prayers_prayer_changelist")
    response = admin_client.post(
        url,
        {"action": "prayer_remove", "_selected_action": [held.pk, published.pk]},
        follow=True,
    )
    assert Prayer.objects.get(pk=held.pk).status == Status.HELD
    assert Prayer.objects.get(pk=published.pk).status == Status.REMOVED
    text = response.content.decode()
    assert f"#{held.pk}: A held prayer cannot be removed." in text
    assert "Remove: 1 prayer(s)." in text
