"""The author's private link: edit within the window, delete at any time."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import ngettext

from vigil.core.models import log_action
from vigil.prayers import states
from vigil.prayers.models import EDIT_WINDOW, Prayer
from vigil.prayers.services import screening
from vigil.prayers.services.common import SubmissionRefused, retry_when_locked, text_hash
from vigil.prayers.services.lifecycle import (
    announce,
    language_changed,
    prayer_forget,
    prayer_set_status,
)
from vigil.prayers.services.submission import SubmitResult, validated
from vigil.prayers.states import PrayerAction

Status = Prayer.Status


def edit_closed_message() -> str:
    """Why a prayer can no longer be edited, in the active language."""
    minutes = int(EDIT_WINDOW.total_seconds() // 60)
    return ngettext(
        "The %(minutes)s minute in which a prayer can be changed is over, so it can no "
        "longer be edited. You can still delete it, then post a new one.",
        "The %(minutes)s minutes in which a prayer can be changed are over, so it can no "
        "longer be edited. You can still delete it, then post a new one.",
        minutes,
    ) % {"minutes": minutes}


@retry_when_locked
@transaction.atomic
def prayer_edit(
    *, prayer: Prayer, name: str, text: str, now: datetime | None = None
) -> SubmitResult:
    """Change a prayer's name and text through the author's private link, within
    ``EDIT_WINDOW`` of posting. The new text is normalised and moderated again.

    A rejected edit changes nothing (the caller shows the reason and keeps the text); a
    held prayer stays held; a published one stays published only if the new text passes.
    Raises ``SubmissionRefused`` for invalid input or when the window has closed.
    """
    now = now or timezone.now()
    locked = Prayer.objects.select_for_update().select_related("wall").get(pk=prayer.pk)
    if not locked.is_editable(now):
        raise SubmissionRefused(edit_closed_message(), code="edit_closed")
    name, _, text = validated(name, "", text)
    verdict = screening.screen_edit(locked, text)
    if verdict.action == "reject":
        log_action(
            PrayerAction.EDIT_REJECTED, target=locked, reasons=verdict.reasons,
            scores=verdict.scores,
        )  # fmt: skip
        return SubmitResult(locked, verdict)
    old_status = locked.status
    new_status = states.target(states.VERDICT_MOVES[verdict.action])
    if old_status in {Status.HELD, Status.PENDING}:
        new_status = Status(old_status)  # an edit never releases a prayer from review
    locked.name, locked.text, locked.text_hash, locked.edited_at = name, text, text_hash(text), now
    old_language, locked.language = locked.language, verdict.language or ""
    locked.full_clean()
    locked.save(update_fields=["name", "text", "text_hash", "language", "edited_at"])
    language_changed(locked, old_language)
    log_action(PrayerAction.EDITED, target=locked, reasons=verdict.reasons, scores=verdict.scores)
    if new_status != old_status:
        prayer_set_status(prayer=locked, move=states.move_to(new_status), reasons=verdict.reasons)
    elif old_status == Status.PUBLISHED:
        announce(locked.wall_id)
    return SubmitResult(locked, verdict)


@retry_when_locked
@transaction.atomic
def prayer_delete_by_author(*, prayer: Prayer) -> None:
    """Delete a prayer at its author's request (any time, any status). The row goes; the
    audit trail keeps that it happened, without the name or text."""
    locked = Prayer.objects.select_for_update().get(pk=prayer.pk)
    prayer_forget(locked, action=PrayerAction.DELETED_BY_AUTHOR, reason="deleted by its author")
