"""The prayer state machine: which move takes a prayer from which status to which.

``TRANSITIONS`` is the one table; ``services.lifecycle.prayer_set_status`` is the one
function that applies it (submission, editing, the review queue and the admin all go
through it). ``None`` stands for a prayer being created.
"""

from __future__ import annotations

from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from vigil.prayers.models import Prayer

Status = Prayer.Status


class Move(StrEnum):
    """What can be done to a prayer's status."""

    PUBLISH = "publish"
    DEFER = "defer"
    """Wait for the heavier moderation stage (pending)."""
    HOLD = "hold"
    REJECT = "reject"
    REMOVE = "remove"
    MARK_SPAM = "mark_spam"


class PrayerAction(StrEnum):
    """Audit-trail codes of the prayers app."""

    PENDING = "prayer.pending"
    PUBLISHED = "prayer.published"
    HELD = "prayer.held"
    REJECTED = "prayer.rejected"
    REMOVED = "prayer.removed"
    SPAM = "prayer.spam"
    EDITED = "prayer.edited"
    EDIT_REJECTED = "prayer.edit_rejected"
    REPORTED = "prayer.reported"
    DELETED_BY_AUTHOR = "prayer.deleted_by_author"
    ERASED_BY_AUTHOR = "prayer.erased_by_author"
    REPORTS_DISMISSED = "prayer.reports_dismissed"
    UNDONE = "prayer.undone"


_TARGET: dict[Move, Status] = {
    Move.PUBLISH: Status.PUBLISHED,
    Move.DEFER: Status.PENDING,
    Move.HOLD: Status.HELD,
    Move.REJECT: Status.REJECTED,
    Move.REMOVE: Status.REMOVED,
    Move.MARK_SPAM: Status.SPAM,
}

TRANSITIONS: dict[Status | None, frozenset[Move]] = {
    None: frozenset({Move.PUBLISH, Move.DEFER, Move.HOLD, Move.REJECT, Move.MARK_SPAM}),
    Status.PENDING: frozenset({Move.PUBLISH, Move.HOLD, Move.REJECT, Move.MARK_SPAM}),
    Status.PUBLISHED: frozenset({Move.DEFER, Move.HOLD, Move.REJECT, Move.REMOVE, Move.MARK_SPAM}),
    Status.HELD: frozenset({Move.PUBLISH, Move.REJECT, Move.MARK_SPAM}),
    Status.REJECTED: frozenset({Move.PUBLISH, Move.HOLD, Move.MARK_SPAM}),
    Status.REMOVED: frozenset({Move.PUBLISH}),
    Status.SPAM: frozenset({Move.PUBLISH}),
}
"""From-status → the moves allowed from it (each move has one to-status, ``target``)."""

ACTION_FOR: dict[Status, PrayerAction] = {
    Status.PENDING: PrayerAction.PENDING,
    Status.PUBLISHED: PrayerAction.PUBLISHED,
    Status.HELD: PrayerAction.HELD,
    Status.REJECTED: PrayerAction.REJECTED,
    Status.REMOVED: PrayerAction.REMOVED,
    Status.SPAM: PrayerAction.SPAM,
}
"""The audit code written when a prayer enters a status."""

_REFUSED: dict[Move, Promise] = {
    Move.PUBLISH: _("A %(status)s prayer cannot be published."),
    Move.DEFER: _("A %(status)s prayer cannot be sent for a last check."),
    Move.HOLD: _("A %(status)s prayer cannot be held."),
    Move.REJECT: _("A %(status)s prayer cannot be rejected."),
    Move.REMOVE: _("A %(status)s prayer cannot be removed."),
    Move.MARK_SPAM: _("A %(status)s prayer cannot be marked as spam."),
}

_ADJECTIVES: dict[str, Promise] = {
    "new": pgettext_lazy("a prayer that is …", "new"),
    Status.PENDING: pgettext_lazy("a prayer that is …", "pending"),
    Status.PUBLISHED: pgettext_lazy("a prayer that is …", "published"),
    Status.HELD: pgettext_lazy("a prayer that is …", "held"),
    Status.REJECTED: pgettext_lazy("a prayer that is …", "rejected"),
    Status.REMOVED: pgettext_lazy("a prayer that is …", "removed"),
    Status.SPAM: pgettext_lazy("a prayer that is …", "spam"),
}


def adjective(status: str | None) -> str:
    """A status as a word that describes a prayer ("a held prayer"), for messages."""
    return str(_ADJECTIVES.get(status or "new", status))


class TransitionRefused(Exception):
    """The move does not apply to the prayer's status; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def target(move: Move) -> Status:
    return _TARGET[move]


def move_to(status: str) -> Move:
    """The move that leads to ``status``."""
    return next(move for move, to in _TARGET.items() if to == status)


def allows(status: str | None, move: Move) -> bool:
    return move in TRANSITIONS[Status(status) if status else None]


def check(status: str | None, move: Move) -> Status:
    """The status ``move`` leads to from ``status``; raises ``TransitionRefused``."""
    if not allows(status, move):
        raise TransitionRefused(str(_REFUSED[move]) % {"status": adjective(status)})
    return target(move)


VERDICT_MOVES: dict[str, Move] = {
    "publish": Move.PUBLISH,
    "pending": Move.DEFER,
    "hold": Move.HOLD,
    "reject": Move.REJECT,
}
"""The move that applies a moderation verdict's action."""
