"""The one way a prayer's status changes: ``prayer_set_status``.

It checks the move against ``states.TRANSITIONS``, keeps the wall's published count
exact, writes the audit entry in the same transaction and, after commit, tells page
caches and followers, and hands a pending prayer to the heavier moderation stage.
Submission, editing, reports, the review queue and the admin all call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import Count, F
from django.db.models.functions import Greatest
from django.tasks import task
from django.utils import timezone

from vigil.core.models import LogEntry, log_action
from vigil.moderation import services as moderation
from vigil.prayers import states
from vigil.prayers.models import Prayer, Wall
from vigil.prayers.services import screening, subscriptions
from vigil.prayers.signals import wall_changed
from vigil.prayers.states import Move, PrayerAction

Status = Prayer.Status


def announce(wall_id: int) -> None:
    """After commit, tell page caches and followers that the wall changed."""
    transaction.on_commit(lambda: wall_changed.send(sender=Wall, wall_id=wall_id))


def _count_published(wall_id: int, delta: int, language: str = "") -> None:
    """Move the wall's published count (and, for a prayer whose language is known, its
    count in that language) by ``delta``."""
    count = Greatest(F("published_count") + delta, 0)
    if language:
        count_languages(wall_id, {language: delta}, published_count=count)
    else:
        Wall.objects.filter(pk=wall_id).update(published_count=count)
    announce(wall_id)


def languages_after(counts: dict[str, int], deltas: dict[str, int]) -> dict[str, int]:
    """``counts`` moved by ``deltas``, without the languages that fall to zero."""
    moved = dict(counts)
    for language, delta in deltas.items():
        if language:
            moved[language] = moved.get(language, 0) + delta
    return {language: n for language, n in moved.items() if n > 0}


@transaction.atomic
def count_languages(wall_id: int, deltas: dict[str, int], **changes: Any) -> None:
    """Move the wall's published prayers per language by ``deltas`` (and apply
    ``changes`` to the wall in the same UPDATE). The wall's row is locked while the
    counts are read, so two prayers published at once on a wall both count."""
    counts = (
        Wall.objects.select_for_update()
        .filter(pk=wall_id)
        .values_list("language_counts", flat=True)
        .first()
    )
    if counts is None:
        return
    Wall.objects.filter(pk=wall_id).update(
        language_counts=languages_after(counts, deltas), **changes
    )


def language_changed(prayer: Prayer, old: str) -> None:
    """A published prayer's language went from ``old`` to ``prayer.language`` (an edit,
    an admin's correction): move it between the wall's counts."""
    if prayer.status == Status.PUBLISHED and old != prayer.language:
        count_languages(prayer.wall_id, {old: -1, prayer.language: 1})


def recount_languages(wall_ids: Sequence[int] | None = None) -> None:
    """Count the published prayers per language of the walls ``wall_ids`` (every wall
    when ``None``) again from their rows: for content loaded in bulk."""
    walls = Wall.objects.all() if wall_ids is None else Wall.objects.filter(pk__in=wall_ids)
    counts: dict[int, dict[str, int]] = {pk: {} for pk in walls.values_list("pk", flat=True)}
    rows = (
        Prayer.objects.visible()
        .filter(wall_id__in=list(counts))
        .exclude(language="")
        .values_list("wall_id", "language")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for wall_id, language, n in rows:
        counts[wall_id][language] = n
    for wall_id, languages in counts.items():
        Wall.objects.filter(pk=wall_id).update(language_counts=languages)


@transaction.atomic
def prayer_set_status(
    *,
    prayer: Prayer,
    move: Move,
    actor: Any = None,
    reasons: Sequence[str] = (),
    scores: dict[str, float] | None = None,
) -> Prayer:
    """Apply ``move`` to ``prayer`` (saving it first when new) and log it.

    Raises ``states.TransitionRefused`` when the move does not apply to its status.
    """
    locked = prayer if prayer.pk is None else Prayer.objects.select_for_update().get(pk=prayer.pk)
    was = None if prayer.pk is None else Status(locked.status)
    locked.status = states.check(was, move)
    if locked.status == Status.PUBLISHED and locked.published_at is None:
        locked.published_at = timezone.now()
    # The wall came from the database with the prayer: checking that it exists again would
    # cost a query on every post (the database's foreign key still holds it).
    locked.full_clean(exclude=["wall"] if Prayer.wall.is_cached(locked) else None)
    if was is None:
        locked.save()
    else:
        locked.save(update_fields=["status", "published_at"])
    _after_change(locked, was)
    action = states.ACTION_FOR[Status(locked.status)]
    log_action(action, target=locked, actor=actor, reasons=reasons, scores=scores)
    prayer.status, prayer.published_at = locked.status, locked.published_at
    return prayer


def _after_change(prayer: Prayer, was: Status | None) -> None:
    is_published = prayer.status == Status.PUBLISHED
    delta = int(is_published) - int(was == Status.PUBLISHED)
    if delta:
        _count_published(prayer.wall_id, delta, prayer.language)
    prayer_id = prayer.pk
    if is_published and was is not None:
        transaction.on_commit(lambda: subscriptions.send_publish_notices.enqueue(prayer_id))
    if prayer.status == Status.PENDING:
        transaction.on_commit(lambda: deep_check.enqueue(prayer_id))


def prayer_publish(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return prayer_set_status(prayer=prayer, move=Move.PUBLISH, actor=actor, reasons=reasons)


def prayer_hold(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return prayer_set_status(prayer=prayer, move=Move.HOLD, actor=actor, reasons=reasons)


def prayer_reject(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return prayer_set_status(prayer=prayer, move=Move.REJECT, actor=actor, reasons=reasons)


def prayer_remove(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return prayer_set_status(prayer=prayer, move=Move.REMOVE, actor=actor, reasons=reasons)


def prayer_mark_spam(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return prayer_set_status(prayer=prayer, move=Move.MARK_SPAM, actor=actor, reasons=reasons)


def prayer_forget(prayer: Prayer, *, action: PrayerAction, reason: str) -> None:
    """Delete a prayer (locked by the caller) and scrub its name and text from its audit
    entries; one more entry records the deletion, with neither."""
    label = f"#{prayer.pk} ({reason})"
    if prayer.status == Status.PUBLISHED:
        _count_published(prayer.wall_id, -1, prayer.language)
    log_action(
        action, target=prayer, reasons=[reason, f"wall {prayer.wall_id}", f"was {prayer.status}"]
    )
    LogEntry.objects.for_object(prayer).update(target_repr=label)
    prayer.delete()


# --- the heavier moderation stage ------------------------------------------------------


def prayer_deep_check(*, prayer_id: int) -> str:
    """Run moderation's heavier stage on a pending prayer, then publish it or hold it
    for a moderator. Returns what was done ("gone" when no longer pending)."""
    prayer = Prayer.objects.filter(pk=prayer_id, status=Status.PENDING).first()
    if prayer is None:
        return "gone"
    verdict = moderation.deep_assess(
        prayer.text,
        language=prayer.language or None,
        thresholds=screening.thresholds_for(prayer.wall_id),
    )
    if verdict.language and not prayer.language:  # detected by this stage only
        prayer.language = verdict.language
        prayer.save(update_fields=["language"])
    if verdict.action == "publish":
        prayer_publish(prayer=prayer, reasons=["deep stage: clear"])
        return "publish"
    prayer_hold(prayer=prayer, reasons=[f"deep stage: {reason}" for reason in verdict.reasons])
    return "hold"


@task()
def deep_check(prayer_id: int) -> str:
    """The heavier moderation stage for one pending prayer (enqueued on commit)."""
    return prayer_deep_check(prayer_id=prayer_id)
