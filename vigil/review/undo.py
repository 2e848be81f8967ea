"""Undo the last queue action on a prayer: by the moderator who did it, within a minute,
and only while nothing else has happened to the prayer since.

An action is undone from its audit entry (the one ``actions.prayer_moderate`` returns),
which records the status the prayer left and, for a ban, the bans it made.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vigil.core.models import LogEntry
from vigil.moderation.models import Ban
from vigil.prayers.models import Prayer
from vigil.prayers.services import review_support
from vigil.prayers.states import PrayerAction, TransitionRefused
from vigil.review.actions import ReviewAction

UNDO_WINDOW = timedelta(seconds=60)
UNDOABLE = {
    PrayerAction.PUBLISHED,
    PrayerAction.REJECTED,
    PrayerAction.REMOVED,
    PrayerAction.REPORTS_DISMISSED,
    ReviewAction.AUTHOR_BANNED,
}
UNDO_LABELS: dict[str, str] = {
    PrayerAction.PUBLISHED: "approval",
    PrayerAction.REJECTED: "rejection",
    PrayerAction.REMOVED: "removal",
    PrayerAction.REPORTS_DISMISSED: "dismissal of the reports",
    ReviewAction.AUTHOR_BANNED: "ban",
}
"""What an undo reverses, as ``action_undo`` returns it (a key of ``UNDONE``)."""
UNDONE: dict[str, Promise] = {
    "approval": gettext_lazy("Undone: the approval of prayer #%(id)s. It is %(status)s again."),
    "rejection": gettext_lazy("Undone: the rejection of prayer #%(id)s. It is %(status)s again."),
    "removal": gettext_lazy("Undone: the removal of prayer #%(id)s. It is %(status)s again."),
    "dismissal of the reports": gettext_lazy(
        "Undone: the dismissal of the reports of prayer #%(id)s. It is %(status)s again."
    ),
    "ban": gettext_lazy("Undone: the ban of prayer #%(id)s. It is %(status)s again."),
}
_LATER_BUT_HARMLESS = {PrayerAction.REPORTED}


def undone_message(prayer: Prayer, what: str) -> str:
    """The confirmation of an undo, in the active language."""
    status = prayer.get_status_display().lower()
    return str(UNDONE[what]) % {"id": prayer.pk, "status": status}


class UndoRefused(Exception):
    """The action can no longer be undone; ``message`` says why, politely."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def undoable(entry: LogEntry | None) -> bool:
    """Whether ``entry`` is one an undo can reverse (what the queue offers "Undo" for)."""
    return entry is not None and entry.action in UNDOABLE and "was" in entry.data


def _check(entry: LogEntry, actor: Any, now: Any) -> int:
    """The id of the prayer ``entry`` acted on, if ``actor`` may undo it ``now``."""
    if not undoable(entry) or entry.object_id is None:
        raise UndoRefused(_("That action cannot be undone."))
    if entry.actor_id != actor.pk:
        raise UndoRefused(_("Only the moderator who acted can undo it."))
    if now - entry.created_at > UNDO_WINDOW:
        raise UndoRefused(
            _(
                "Sorry, undo is only possible for a minute after the action. "
                "Please act on the prayer again from the queue instead."
            )
        )
    later = LogEntry.objects.for_model(Prayer).filter(object_id=entry.object_id, pk__gt=entry.pk)
    if later.exclude(action__in=_LATER_BUT_HARMLESS).exists():
        raise UndoRefused(_("This prayer has changed since, so that action cannot be undone."))
    return entry.object_id


def _bans_lift(ids: list[int], now: Any) -> int:
    """End the bans now (they stay on record, inactive)."""
    return Ban.objects.filter(pk__in=ids).active().update(until=now)


@transaction.atomic
def action_undo(*, entry_id: int, actor: Any) -> tuple[Prayer, str]:
    """Undo the action ``entry_id`` records; returns the prayer and what was undone.

    Raises ``UndoRefused`` with a message for people when it may not or cannot be.
    """
    now = timezone.now()
    entry = LogEntry.objects.select_for_update().filter(pk=entry_id).first()
    if entry is None:
        raise UndoRefused(_("That action cannot be undone."))
    prayer = Prayer.objects.filter(pk=_check(entry, actor, now)).first()
    if prayer is None:
        raise UndoRefused(_("That prayer is gone, so there is nothing to undo."))
    if entry.action == ReviewAction.AUTHOR_BANNED:
        _bans_lift(list(entry.data.get("bans", [])), now)
    try:
        review_support.prayer_restore(prayer=prayer, undone=entry, actor=actor)
    except TransitionRefused as refused:
        raise UndoRefused(refused.message) from None
    return prayer, UNDO_LABELS[entry.action]
