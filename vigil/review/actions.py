"""What a moderator does on the queue: approve, reject, remove, ban, keep (dismiss
readers' reports), in bulk too; and undo the last of these within a minute.

Every status change goes through the prayers state machine, which refuses a move
that does not fit the prayer's status (the admin is refused the same way) and logs it.
Each action returns the audit entry that an undo reverses.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from django.db import transaction
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from vigil.core.models import LogEntry, log_action
from vigil.moderation import bans
from vigil.prayers import states
from vigil.prayers.models import Prayer
from vigil.prayers.services import lifecycle, review_support
from vigil.prayers.states import Move, TransitionRefused

Status = Prayer.Status


class ReviewAction(StrEnum):
    """Audit-trail codes of the review app."""

    AUTHOR_BANNED = "author.banned"
    DIGEST_SENT = "moderation.digest_sent"


REJECT_REASONS: dict[str, Promise] = {
    "identity_attack": gettext_lazy("Attacks people for their religion, ethnicity or belief"),
    "harassment": gettext_lazy("Insults or harasses someone"),
    "language": gettext_lazy("Inappropriate language"),
    "threat": gettext_lazy("Threatens someone"),
    "sexual": gettext_lazy("Sexual content"),
    "spam": gettext_lazy("Advertising or spam"),
    "personal": gettext_lazy("Shares someone's personal information"),
    "other": gettext_lazy("Breaks the wall's rules in another way"),
}
"""Why a moderator rejects: the code is logged; the words are shown."""
BAN_DURATIONS: dict[str, int | None] = {"1": 1, "7": 7, "30": 30, "365": 365, "forever": None}
QUEUE_ACTIONS = ("approve", "reject", "remove", "ban", "dismiss")
DONE: dict[str, Promise] = {
    "approve": gettext_lazy("Prayer #%(id)s approved."),
    "reject": gettext_lazy("Prayer #%(id)s rejected."),
    "remove": gettext_lazy("Prayer #%(id)s removed."),
    "ban": gettext_lazy("Prayer #%(id)s taken down and its author banned."),
    "dismiss": gettext_lazy("Prayer #%(id)s kept and its reports dismissed."),
}
"""What a queue action on one prayer did (``% {"id": pk}``)."""
DONE_MANY: dict[str, Promise] = {
    "approve": ngettext_lazy("%(count)s prayer approved.", "%(count)s prayers approved.", "count"),
    "reject": ngettext_lazy("%(count)s prayer rejected.", "%(count)s prayers rejected.", "count"),
    "remove": ngettext_lazy("%(count)s prayer removed.", "%(count)s prayers removed.", "count"),
    "ban": ngettext_lazy(
        "%(count)s prayer taken down and its author banned.",
        "%(count)s prayers taken down and their authors banned.",
        "count",
    ),
    "dismiss": ngettext_lazy(
        "%(count)s prayer kept and its reports dismissed.",
        "%(count)s prayers kept and their reports dismissed.",
        "count",
    ),
}
"""What a bulk action did (``% {"count": n}``)."""
_REFUSED: dict[str, Promise] = {
    "approve": gettext_lazy("A %(status)s prayer cannot be approved."),
    "reject": gettext_lazy("A %(status)s prayer cannot be rejected."),
    "remove": gettext_lazy("A %(status)s prayer cannot be removed."),
}
_MOVES = {"approve": Move.PUBLISH, "reject": Move.REJECT, "remove": Move.REMOVE}


class ActionRefused(Exception):
    """The action does not apply to the prayer in its current state; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _reason_code(reason: str) -> str:
    return reason if reason in REJECT_REASONS else "other"


def prayer_moderate(
    *, prayer: Prayer, action: str, actor: Any, reason: str = "", duration: str = "7"
) -> LogEntry:
    """Apply one queue action (approve, reject, remove, ban, dismiss) as ``actor``, and
    return the audit entry an undo reverses.

    Raises ``ActionRefused`` for an action that does not fit the prayer's status
    (for example removing a prayer that is not published).
    """
    if action == "ban":
        return author_ban(prayer=prayer, actor=actor, duration=duration, reason=reason)
    if action == "dismiss":
        return reports_dismiss(prayer=prayer, actor=actor)
    if action not in _MOVES:
        raise ActionRefused(_("Unknown action %(action)r.") % {"action": action})
    reasons = ["approved"] if action == "approve" else [f"reason: {_reason_code(reason)}"]
    try:
        return review_support.prayer_move_recorded(
            prayer=prayer, move=_MOVES[action], actor=actor, reasons=reasons
        )
    except TransitionRefused:
        message = str(_REFUSED[action]) % {"status": states.adjective(prayer.status)}
        raise ActionRefused(message) from None


def reports_dismiss(*, prayer: Prayer, actor: Any) -> LogEntry:
    """Keep a reported prayer: its reports go, and a prayer they held is published."""
    try:
        return review_support.prayer_reports_dismiss(prayer=prayer, actor=actor)
    except TransitionRefused as refused:
        raise ActionRefused(refused.message) from None


@transaction.atomic
def author_ban(*, prayer: Prayer, actor: Any, duration: str = "7", reason: str = "") -> LogEntry:
    """Ban the prayer's author (email hash and client hash) for ``duration`` days (or
    for ever), and take the prayer down: held → rejected, published → removed. The
    ``author.banned`` entry, written last, names the bans and the status it left."""
    if duration not in BAN_DURATIONS:
        raise ActionRefused(_("Choose a ban duration from the list."))
    if not prayer.client_hash and not prayer.email_hash:
        raise ActionRefused(_("This author left no trace to ban (the client hash was purged)."))
    days, code = BAN_DURATIONS[duration], _reason_code(reason)
    with translation.override(None):  # kept on the ban in English, whoever bans
        words = str(REJECT_REASONS[code])
    made = bans.author_ban(
        client_hash=prayer.client_hash, email_hash=prayer.email_hash,
        reason=words, days=days, actor=actor,
    )  # fmt: skip
    was = prayer.status
    reasons = [f"reason: {code}", "author banned"]
    if prayer.status in {Status.HELD, Status.PENDING}:
        lifecycle.prayer_reject(prayer=prayer, actor=actor, reasons=reasons)
    elif prayer.status == Status.PUBLISHED:
        lifecycle.prayer_remove(prayer=prayer, actor=actor, reasons=reasons)
    how_long = f"{days} days" if days else "no end"
    return log_action(
        ReviewAction.AUTHOR_BANNED, target=prayer, actor=actor, reasons=[code, how_long],
        was=was, bans=[ban.pk for ban in made],
    )  # fmt: skip


def prayers_moderate(
    *, prayers: Iterable[Prayer], action: str, actor: Any, reason: str = "", duration: str = "7"
) -> tuple[int, list[str]]:
    """Apply one action to several prayers; returns (done, messages of those refused)."""
    done, refused = 0, []
    for prayer in prayers:
        try:
            prayer_moderate(
                prayer=prayer, action=action, actor=actor, reason=reason, duration=duration
            )
        except ActionRefused as error:
            refused.append(f"#{prayer.pk}: {error.message}")
        else:
            done += 1
    return done, refused
