"""Every state change of walls and prayers: one function per action.

Keyword-only, typed, atomic; each moderation decision writes a ``ModerationEvent``
in the same transaction as the change it records.
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Greatest
from django.utils import timezone

from vigil.core import privacy, ratelimit
from vigil.core.ratelimit import Rate, RateLimited
from vigil.core.text import clean_line, clean_text
from vigil.moderation import services as moderation
from vigil.prayers.models import NAME_MAX, TEXT_MAX, PrayedMark, Prayer, Report, Wall
from vigil.prayers.signals import wall_changed

Status = Prayer.Status

REPORTS_TO_HOLD = 3
DUPLICATE_WINDOW = timedelta(hours=24)
DEFAULT_RATES = {
    "client-minute": Rate(3, 60),
    "client-day": Rate(20, 60 * 60 * 24),
    "wall-minute": Rate(30, 60),
}
RATE_MESSAGES = {
    "client-minute": "You have sent {limit} prayers in the last minute. "
    "Please wait a minute, then send it again.",
    "client-day": "You have sent {limit} prayers today, the most we accept in a day. "
    "Please come back tomorrow.",
    "wall-minute": "Many prayers are arriving on this wall right now. "
    "Please wait a minute, then send it again.",
}


class SubmissionRefused(Exception):
    """Nothing was saved; ``message`` tells the visitor what to do (their text is kept)."""

    status = 422

    def __init__(
        self, message: str, *, code: str, errors: dict[str, list[str]] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.errors = errors or {}
        self.retry_after: int | None = None


class SubmissionRateLimited(SubmissionRefused):
    status = 429

    def __init__(self, limited: RateLimited) -> None:
        message = RATE_MESSAGES[limited.scope].format(limit=limited.limit)
        super().__init__(message, code="rate_limited")
        self.retry_after = limited.retry_after


@dataclass
class SubmitResult:
    prayer: Prayer
    verdict: moderation.Verdict
    edit_token: str = field(default="", repr=False)

    @property
    def message(self) -> str:
        if self.prayer.status == Status.PUBLISHED:
            return "Thank you — your prayer is published."
        if self.prayer.status == Status.REJECTED:
            return self.verdict.message
        return "Thank you, it will appear after review."


def retry_when_locked[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    """Retry a whole transaction when SQLite reports "database is locked" (outer calls only)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(5):
            try:
                return func(*args, **kwargs)
            except OperationalError as error:
                if "locked" not in str(error) or connection.in_atomic_block or attempt == 4:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    return wrapper


def _rates() -> dict[str, Rate]:
    configured = getattr(settings, "VIGIL_PRAYER_RATES", {})
    return {**DEFAULT_RATES, **{k: Rate(*v) for k, v in configured.items()}}


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.casefold().split()).encode()).hexdigest()


# --- submitting ---------------------------------------------------------------------


def _validated(name: str, email: str, text: str) -> tuple[str, str, str]:
    name, text, email = clean_line(name), clean_text(text), (email or "").strip()
    errors: dict[str, list[str]] = {}
    if not name:
        errors["name"] = ["Please give a name (any name you like)."]
    elif len(name) > NAME_MAX:
        errors["name"] = [f"Please keep the name to {NAME_MAX} characters."]
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = ["Please check the email address, or leave it empty."]
    if not text:
        errors["text"] = ["Please write your prayer or comment."]
    elif len(text) > TEXT_MAX:
        errors["text"] = [f"Please keep it to {TEXT_MAX:,} characters (it has {len(text):,})."]
    if errors:
        raise SubmissionRefused("Please correct the fields below.", code="invalid", errors=errors)
    return name, email, text


def _check_rate_limits(wall: Wall, client_hash: str) -> None:
    rates = _rates()
    try:
        ratelimit.hit("client-minute", client_hash, rates["client-minute"])
        ratelimit.hit("client-day", client_hash, rates["client-day"])
        ratelimit.hit("wall-minute", str(wall.pk), rates["wall-minute"])
    except RateLimited as limited:
        raise SubmissionRateLimited(limited) from None


def _check_duplicate(wall: Wall, text: str, digest: str, client_hash: str, email_hash: str) -> None:
    """Identical text within 24 hours from the same author anywhere, or on this wall
    (texts shorter than ``VIGIL_PRAYER_DUPLICATE_MIN_LENGTH``, like "Amen", excepted)."""
    scope = Q(client_hash=client_hash) if client_hash else Q(pk__in=[])
    if email_hash:
        scope |= Q(email_hash=email_hash)
    if len(text) >= getattr(settings, "VIGIL_PRAYER_DUPLICATE_MIN_LENGTH", 20):
        scope |= Q(wall=wall)
    recent = Prayer.objects.filter(
        text_hash=digest, created_at__gte=timezone.now() - DUPLICATE_WINDOW
    ).exclude(status__in=[Status.REJECTED, Status.SPAM])
    if recent.filter(scope).exists():
        raise SubmissionRefused(
            "This text was already posted in the last 24 hours, so it is not posted again. "
            "Please write something new.",
            code="duplicate",
        )


def _prior_published(client_hash: str, email_hash: str) -> int:
    author = Q(client_hash=client_hash) if client_hash else Q(pk__in=[])
    if email_hash:
        author |= Q(email_hash=email_hash)
    return Prayer.objects.visible().filter(author).count()


@retry_when_locked
@transaction.atomic
def prayer_submit(
    *,
    wall: Wall,
    name: str,
    text: str,
    email: str = "",
    client_hash: str,
    language: str = "",
    honeypot: str = "",
    seconds_to_submit: float | None = None,
    form_token_valid: bool = True,
) -> SubmitResult:
    """Check and save a visitor's prayer with the moderation verdict (see DESIGN.md).

    Raises ``SubmissionRefused`` (nothing saved) for invalid input, a closed wall, a
    ban, a rate limit or a duplicate. A moderation rejection is saved as ``rejected``
    and returned, so it is logged; the caller shows ``result.message``.
    """
    name, email, text = _validated(name, email, text)
    if not wall.is_open:
        raise SubmissionRefused("This wall is closed to new prayers.", code="closed")
    email_hash = privacy.email_hash(email)
    language = language or settings.LANGUAGE_CODE
    prayer = Prayer(
        wall=wall, name=name, email=email, email_hash=email_hash, text=text,
        text_hash=text_hash(text), language=language, client_hash=client_hash,
    )  # fmt: skip
    if honeypot:
        return _save_spam(prayer, ["honeypot field filled"])
    if moderation.is_banned(client_hash=client_hash, email_hash=email_hash):
        raise SubmissionRefused("This wall does not accept posts from you.", code="banned")
    _check_rate_limits(wall, client_hash)
    _check_duplicate(wall, text, prayer.text_hash, client_hash, email_hash)
    prior = _prior_published(client_hash, email_hash)
    verdict = moderation.assess(
        text,
        moderation.Author(name, email_hash, client_hash, prior),
        moderation.Context(
            wall_id=wall.pk, is_first_post=prior == 0, pre_moderation=wall.is_pre_moderated,
            language=language, seconds_to_submit=seconds_to_submit,
            form_token_valid=form_token_valid,
        ),
    )  # fmt: skip
    return _save_with_verdict(prayer, verdict)


def _save_spam(prayer: Prayer, reasons: list[str]) -> SubmitResult:
    prayer.status = Status.SPAM
    prayer.full_clean()
    prayer.save()
    moderation.record_event(action="prayer.spam", prayer=prayer, reasons=reasons)
    return SubmitResult(prayer, moderation.Verdict("hold", reasons))


_STATUS_FOR = {"publish": Status.PUBLISHED, "hold": Status.HELD, "reject": Status.REJECTED}
_ACTION_CODE = {
    Status.PUBLISHED: "prayer.published",
    Status.HELD: "prayer.held",
    Status.REJECTED: "prayer.rejected",
    Status.REMOVED: "prayer.removed",
    Status.SPAM: "prayer.spam",
}


def _save_with_verdict(prayer: Prayer, verdict: moderation.Verdict) -> SubmitResult:
    token = privacy.new_token()
    prayer.edit_token_hash = privacy.token_hash(token)
    prayer.status = _STATUS_FOR[verdict.action]
    if prayer.status == Status.PUBLISHED:
        prayer.published_at = timezone.now()
    prayer.full_clean()
    prayer.save()
    if prayer.status == Status.PUBLISHED:
        Wall.objects.filter(pk=prayer.wall_id).update(published_count=F("published_count") + 1)
        _announce(prayer.wall_id)
    moderation.record_event(
        action=_ACTION_CODE[prayer.status],
        prayer=prayer,
        reasons=verdict.reasons,
        scores=verdict.scores,
    )
    return SubmitResult(prayer, verdict, edit_token=token)


def _announce(wall_id: int) -> None:
    """After commit, tell page caches and followers that the wall changed."""
    transaction.on_commit(lambda: wall_changed.send(sender=Wall, wall_id=wall_id))


# --- moderating ---------------------------------------------------------------------


def _transition(
    prayer: Prayer,
    status: str,
    *,
    actor: Any = None,
    reasons: Sequence[str] = (),
    action: str | None = None,
) -> Prayer:
    """Move a prayer to ``status``, keep the wall's published count exact, log the event."""
    locked = Prayer.objects.select_for_update().get(pk=prayer.pk)
    was_published = locked.status == Status.PUBLISHED
    locked.status = status
    if status == Status.PUBLISHED and locked.published_at is None:
        locked.published_at = timezone.now()
    locked.full_clean()
    locked.save(update_fields=["status", "published_at"])
    delta = int(status == Status.PUBLISHED) - int(was_published)
    if delta:
        count = Greatest(F("published_count") + delta, 0)
        Wall.objects.filter(pk=locked.wall_id).update(published_count=count)
        _announce(locked.wall_id)
    moderation.record_event(
        action=action or _ACTION_CODE[Status(status)], prayer=locked, actor=actor, reasons=reasons
    )
    prayer.status, prayer.published_at = locked.status, locked.published_at
    return prayer


@transaction.atomic
def prayer_publish(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return _transition(prayer, Status.PUBLISHED, actor=actor, reasons=reasons)


@transaction.atomic
def prayer_hold(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return _transition(prayer, Status.HELD, actor=actor, reasons=reasons)


@transaction.atomic
def prayer_reject(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return _transition(prayer, Status.REJECTED, actor=actor, reasons=reasons)


@transaction.atomic
def prayer_remove(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return _transition(prayer, Status.REMOVED, actor=actor, reasons=reasons)


@transaction.atomic
def prayer_mark_spam(*, prayer: Prayer, actor: Any = None, reasons: Sequence[str] = ()) -> Prayer:
    return _transition(prayer, Status.SPAM, actor=actor, reasons=reasons)


@retry_when_locked
@transaction.atomic
def prayer_report(
    *, prayer: Prayer, reason: str, reporter: str, note: str = ""
) -> tuple[Report | None, bool]:
    """Record a reader's report (once per reporter); the third distinct reporter holds a
    published prayer. Returns the report (``None`` if already reported) and whether held."""
    report = Report(prayer=prayer, reason=reason, note=clean_text(note)[:500], reporter=reporter)
    report.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError:
        return None, False
    Prayer.objects.filter(pk=prayer.pk).update(report_count=F("report_count") + 1)
    moderation.record_event(
        action="prayer.reported", prayer=prayer, reasons=[report.get_reason_display()]
    )
    reporters = prayer.reports.count()
    held = False
    if reporters >= REPORTS_TO_HOLD and prayer.status == Status.PUBLISHED:
        _transition(prayer, Status.HELD, reasons=[f"reported by {reporters} readers"])
        held = True
    return report, held


# --- praying along ------------------------------------------------------------------


def _mark(target_type: str, target_id: int, visitor_keys: Sequence[str]) -> bool:
    """Insert today's marks for every key; ``False`` if any key was already counted."""
    day = timezone.localdate()
    marks = PrayedMark.objects.filter(target_type=target_type, target_id=target_id, day=day)
    if marks.filter(visitor__in=visitor_keys).exists():
        return False
    try:
        with transaction.atomic():
            for key in visitor_keys:
                PrayedMark.objects.create(
                    target_type=target_type, target_id=target_id, visitor=key, day=day
                )
    except IntegrityError:
        return False
    return True


@retry_when_locked
@transaction.atomic
def wall_pray(*, wall: Wall, visitor_keys: Sequence[str]) -> tuple[bool, int]:
    """Count "I prayed" once a day per visitor. Returns (counted now, the wall's count)."""
    counted = _mark(PrayedMark.Target.WALL, wall.pk, visitor_keys)
    if counted:
        Wall.objects.filter(pk=wall.pk).update(prayed_count=F("prayed_count") + 1)
    wall.prayed_count = Wall.objects.values_list("prayed_count", flat=True).get(pk=wall.pk)
    return counted, wall.prayed_count


@retry_when_locked
@transaction.atomic
def prayer_pray_with(*, prayer: Prayer, visitor_keys: Sequence[str]) -> tuple[bool, int]:
    """Count "Pray with" on a published prayer once a day per visitor."""
    if prayer.status != Status.PUBLISHED:
        return False, prayer.prayed_count
    counted = _mark(PrayedMark.Target.PRAYER, prayer.pk, visitor_keys)
    if counted:
        Prayer.objects.filter(pk=prayer.pk).update(prayed_count=F("prayed_count") + 1)
    prayer.prayed_count = Prayer.objects.values_list("prayed_count", flat=True).get(pk=prayer.pk)
    return counted, prayer.prayed_count


# --- privacy ------------------------------------------------------------------------


@transaction.atomic
def prayers_purge(*, now: Any = None) -> dict[str, int]:
    """Delete rejected and spam prayers and reports older than 30 days, forget client
    hashes older than 30 days, and delete "I prayed" marks of past days."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=getattr(settings, "VIGIL_PRIVACY_RETENTION_DAYS", 30))
    old = Prayer.objects.filter(created_at__lt=cutoff)
    deleted, _ = old.filter(status__in=[Status.REJECTED, Status.SPAM]).delete()
    forgotten = old.exclude(client_hash="").update(client_hash="")
    reports, _ = Report.objects.filter(created_at__lt=cutoff).delete()
    marks, _ = PrayedMark.objects.filter(day__lt=(now - timedelta(days=1)).date()).delete()
    return {"prayers": deleted, "client_hashes": forgotten, "reports": reports, "marks": marks}
