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
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
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
from vigil.moderation.models import ModerationEvent
from vigil.prayers import emails
from vigil.prayers.models import (
    NAME_MAX,
    TEXT_MAX,
    PrayedMark,
    Prayer,
    Report,
    Subscription,
    Wall,
)
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
        if self.prayer.status in {Status.REJECTED, Status.PENDING}:
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
    notify_when_published: bool = False,
) -> SubmitResult:
    """Check and save a visitor's prayer with the moderation verdict (see DESIGN.md).

    Raises ``SubmissionRefused`` (nothing saved) for invalid input, a closed wall, a
    rate limit or a duplicate (bans are the wall policy's call, inside ``assess``).
    A moderation rejection is saved as ``rejected`` and returned, so it is logged; the
    caller shows ``result.message``.

    With an email, the author is sent their private link after commit; with
    ``notify_when_published`` and a prayer held for review, that email also asks them
    to confirm the notice of its publication (double opt-in).
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
    prayer.language = (verdict.language or language)[:16]
    result = _save_with_verdict(prayer, verdict)
    _after_submit(result.prayer, notify_when_published)
    return result


def _after_submit(prayer: Prayer, notify_when_published: bool) -> None:
    if not prayer.email or prayer.status == Status.REJECTED:
        return
    if notify_when_published and prayer.status in {Status.HELD, Status.PENDING}:
        subscription = Subscription(
            email=prayer.email, email_hash=prayer.email_hash, prayer=prayer,
            kind=Subscription.Kind.PUBLISH_NOTICE,
            token_hash=privacy.token_hash(privacy.new_token()),
        )  # fmt: skip
        subscription.full_clean()
        subscription.save()
    from vigil.prayers import tasks

    transaction.on_commit(lambda: tasks.send_prayer_receipt.enqueue(prayer.pk))


def _save_spam(prayer: Prayer, reasons: list[str]) -> SubmitResult:
    prayer.status = Status.SPAM
    prayer.full_clean()
    prayer.save()
    moderation.record_event(action="prayer.spam", prayer=prayer, reasons=reasons)
    return SubmitResult(prayer, moderation.Verdict("hold", reasons))


_STATUS_FOR = {
    "publish": Status.PUBLISHED,
    "pending": Status.PENDING,
    "hold": Status.HELD,
    "reject": Status.REJECTED,
}
_ACTION_CODE = {
    Status.PENDING: "prayer.pending",
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
    if prayer.status == Status.PENDING:
        _enqueue_deep_stage(prayer.pk)
    moderation.record_event(
        action=_ACTION_CODE[prayer.status],
        prayer=prayer,
        reasons=verdict.reasons,
        scores=verdict.scores,
    )
    return SubmitResult(prayer, verdict, edit_token=token)


def _enqueue_deep_stage(prayer_id: int) -> None:
    """After commit, the heavier moderation stage decides a pending prayer (a task)."""
    from vigil.moderation import tasks as moderation_tasks

    transaction.on_commit(lambda: moderation_tasks.deep_assess.enqueue(prayer_id))


def _announce(wall_id: int) -> None:
    """After commit, tell page caches and followers that the wall changed."""
    transaction.on_commit(lambda: wall_changed.send(sender=Wall, wall_id=wall_id))


# --- moderating ---------------------------------------------------------------------


def _count_published(prayer: Prayer, was_published: bool) -> None:
    """Keep the wall's published count exact; when a prayer becomes published, tell
    caches, followers and (after commit, by a task) an author who asked to be told."""
    delta = int(prayer.status == Status.PUBLISHED) - int(was_published)
    if not delta:
        return
    count = Greatest(F("published_count") + delta, 0)
    Wall.objects.filter(pk=prayer.wall_id).update(published_count=count)
    _announce(prayer.wall_id)
    if delta > 0:
        from vigil.prayers import tasks

        prayer_id = prayer.pk
        transaction.on_commit(lambda: tasks.send_publish_notices.enqueue(prayer_id))


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
    _count_published(locked, was_published)
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
        _announce(prayer.wall_id)
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


def subscriptions_purge(*, now: Any = None) -> dict[str, int]:
    """Forget subscriptions never confirmed within a week, and publish notices whose prayer
    was not published within the retention period."""
    now = now or timezone.now()
    week_ago = now - UNCONFIRMED_RETENTION
    cutoff = now - timedelta(days=getattr(settings, "VIGIL_PRIVACY_RETENTION_DAYS", 30))
    stale = Q(confirmed_at__isnull=True, created_at__lt=week_ago) | Q(
        kind=Subscription.Kind.PUBLISH_NOTICE, created_at__lt=cutoff
    )
    deleted, _ = Subscription.objects.filter(stale).delete()
    return {"subscriptions": deleted}


# --- the author's private link --------------------------------------------------------

EDIT_CLOSED_MESSAGE = (
    "The 30 minutes in which a prayer can be changed are over, so it can no longer be "
    "edited. You can still delete it, then post a new one."
)


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
        raise SubmissionRefused(EDIT_CLOSED_MESSAGE, code="edit_closed")
    name, _, text = _validated(name, "", text)
    verdict = _assess_edit(locked, text)
    if verdict.action == "reject":
        moderation.record_event(
            action="prayer.edit_rejected", prayer=locked, reasons=verdict.reasons,
            scores=verdict.scores,
        )  # fmt: skip
        return SubmitResult(locked, verdict)
    was_published, old_status = locked.status == Status.PUBLISHED, locked.status
    new_status: str = _STATUS_FOR[verdict.action]
    if old_status in {Status.HELD, Status.PENDING}:
        new_status = old_status  # an edit never releases a prayer from review
    locked.name, locked.text, locked.text_hash = name, text, text_hash(text)
    locked.status, locked.edited_at = new_status, now
    locked.full_clean()
    locked.save(update_fields=["name", "text", "text_hash", "status", "edited_at"])
    _count_published(locked, was_published)
    if new_status == Status.PENDING and old_status != Status.PENDING:
        _enqueue_deep_stage(locked.pk)
    moderation.record_event(
        action="prayer.edited", prayer=locked, reasons=verdict.reasons, scores=verdict.scores
    )
    if new_status != old_status:
        moderation.record_event(
            action=_ACTION_CODE[Status(new_status)], prayer=locked, reasons=verdict.reasons
        )
    return SubmitResult(locked, verdict)


def _assess_edit(prayer: Prayer, text: str) -> moderation.Verdict:
    prior = _prior_published(prayer.client_hash, prayer.email_hash) - int(
        prayer.status == Status.PUBLISHED
    )
    return moderation.assess(
        text,
        moderation.Author(prayer.name, prayer.email_hash, prayer.client_hash, max(prior, 0)),
        moderation.Context(
            wall_id=prayer.wall_id, is_first_post=prior <= 0,
            pre_moderation=prayer.wall.is_pre_moderated, language=prayer.language or "en",
        ),
    )  # fmt: skip


@retry_when_locked
@transaction.atomic
def prayer_delete_by_author(*, prayer: Prayer) -> None:
    """Delete a prayer at its author's request (any time, any status). The row goes; the
    audit trail keeps that it happened, without the name or text."""
    locked = Prayer.objects.select_for_update().get(pk=prayer.pk)
    _forget(locked, action="prayer.deleted_by_author", reason="deleted by its author")


def _forget(prayer: Prayer, *, action: str, reason: str) -> None:
    """Delete a prayer and scrub its name and text from earlier audit entries."""
    label = f"#{prayer.pk} ({reason})"
    if prayer.status == Status.PUBLISHED:
        Wall.objects.filter(pk=prayer.wall_id).update(
            published_count=Greatest(F("published_count") - 1, 0)
        )
        _announce(prayer.wall_id)
    ModerationEvent.objects.filter(prayer=prayer).update(target_repr=label)
    event = moderation.record_event(
        action=action, reasons=[reason, f"wall {prayer.wall_id}", f"was {prayer.status}"]
    )
    ModerationEvent.objects.filter(pk=event.pk).update(target_repr=label)
    prayer.delete()


def prayer_receipt_send(*, prayer_id: int) -> bool:
    """Email the author their private link (and, if they asked to be told when the prayer
    is published, the link that confirms it). ``False`` when there is nobody to email."""
    prayer = Prayer.objects.select_related("wall__country").filter(pk=prayer_id).first()
    if prayer is None or not prayer.email or prayer.status == Status.REJECTED:
        return False
    if prayer.status == Status.SPAM:
        return False
    pending = prayer.subscriptions.filter(confirmed_at__isnull=True).first()
    confirm_url = ""
    if pending is not None:
        confirm_url = pending.confirm_url(_new_subscription_token(pending))
    emails.send_prayer_receipt(
        prayer, manage_url=prayer.manage_url(prayer.emailed_author_token()), confirm_url=confirm_url
    )
    return True


# --- subscriptions (double opt-in) ----------------------------------------------------

UNCONFIRMED_RETENTION = timedelta(days=7)
FOLLOW_RATES = {"follow-client": Rate(5, 60 * 60), "follow-email": Rate(3, 60 * 60 * 24)}
DIGEST_MAX = 50


def _new_subscription_token(subscription: Subscription) -> str:
    token = privacy.new_token()
    subscription.token_hash = privacy.token_hash(token)
    Subscription.objects.filter(pk=subscription.pk).update(token_hash=subscription.token_hash)
    return token


def _hit(rates: dict[str, Rate], idents: dict[str, str]) -> None:
    try:
        for scope, rate in rates.items():
            ratelimit.hit(scope, idents[scope], rate)
    except RateLimited as limited:
        refused = SubmissionRefused(
            "Too many requests from you or for this address. Please try again later.",
            code="rate_limited",
        )
        refused.status, refused.retry_after = 429, limited.retry_after
        raise refused from None


@retry_when_locked
@transaction.atomic
def wall_follow(*, wall: Wall, email: str, client_hash: str) -> None:
    """Ask to follow a wall's daily digest. Nothing is sent but the confirmation email
    until the address confirms. The answer is the same whether or not it already follows."""
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        raise SubmissionRefused(
            "Please check the email address.", code="invalid",
            errors={"email": ["Please enter an email address like name@example.org."]},
        ) from None  # fmt: skip
    digest = privacy.email_hash(email)
    _hit(FOLLOW_RATES, {"follow-client": client_hash, "follow-email": digest})
    subscription, _ = Subscription.objects.get_or_create(
        kind=Subscription.Kind.WALL_DIGEST, wall=wall, email_hash=digest,
        defaults={"email": email, "token_hash": privacy.token_hash(privacy.new_token())},
    )  # fmt: skip
    if subscription.is_confirmed:
        return
    pk = subscription.pk
    from vigil.prayers import tasks

    transaction.on_commit(lambda: tasks.send_subscription_confirmation.enqueue(pk))


def subscription_confirmation_send(*, subscription_id: int) -> bool:
    """Email the link that confirms a subscription (a fresh token each time)."""
    subscription = (
        Subscription.objects.select_related("wall__country").filter(pk=subscription_id).first()
    )
    if subscription is None or subscription.is_confirmed:
        return False
    emails.send_subscription_confirmation(
        subscription, confirm_url=subscription.confirm_url(_new_subscription_token(subscription))
    )
    return True


@transaction.atomic
def subscription_confirm(*, subscription: Subscription, now: datetime | None = None) -> None:
    """Confirm (double opt-in). A publish notice whose prayer is already out is sent now."""
    if subscription.is_confirmed:
        return
    subscription.confirmed_at = now or timezone.now()
    subscription.save(update_fields=["confirmed_at"])
    prayer_id = subscription.prayer_id
    if prayer_id and Prayer.objects.visible().filter(pk=prayer_id).exists():
        from vigil.prayers import tasks

        transaction.on_commit(lambda: tasks.send_publish_notices.enqueue(prayer_id))


@transaction.atomic
def subscription_cancel(*, subscription: Subscription) -> None:
    """Unsubscribe: the row, and the address in it, are deleted."""
    Subscription.objects.filter(pk=subscription.pk).delete()


def publish_notices_send(*, prayer_id: int) -> int:
    """Tell the author who confirmed that their prayer is published; each notice is sent
    once, then forgotten. Returns how many were sent."""
    prayer = Prayer.objects.visible().select_related("wall__country").filter(pk=prayer_id).first()
    if prayer is None:
        return 0
    sent = 0
    for subscription in prayer.subscriptions.confirmed():
        emails.send_publish_notice(subscription, prayer)
        subscription.delete()
        sent += 1
    return sent


def wall_digest_send(*, subscription_id: int, now: datetime | None = None) -> int:
    """Send one confirmed follower the wall's prayers published since their last digest
    (or since they confirmed). Returns how many prayers it listed (0: nothing sent)."""
    now = now or timezone.now()
    subscription = (
        Subscription.objects.confirmed().wall_digests().select_related("wall__country")
        .filter(pk=subscription_id).first()
    )  # fmt: skip
    if subscription is None or subscription.wall is None:
        return 0
    since = subscription.last_sent_at or subscription.confirmed_at
    prayers = list(
        Prayer.objects.visible().for_wall(subscription.wall)
        .filter(published_at__gt=since, published_at__lte=now)
        .order_by("published_at", "id").for_display()[:DIGEST_MAX]
    )  # fmt: skip
    if prayers:
        emails.send_wall_digest(subscription, prayers)
    Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=now)
    return len(prayers)


# --- my data: export and erase under an email -----------------------------------------

MY_DATA_SALT = "vigil.prayers.my-data"
MY_DATA_MAX_AGE = 60 * 60
MY_DATA_RATES = {"my-data-client": Rate(5, 60 * 60), "my-data-email": Rate(3, 60 * 60)}


def my_data_token(email_hash: str) -> str:
    """A signed, timestamped token naming an email by its hash (the address is not in it)."""
    return signing.dumps(email_hash, salt=MY_DATA_SALT)


def my_data_email_hash(token: str) -> str | None:
    """The email hash a magic link names, or ``None`` when forged or over an hour old."""
    try:
        value = signing.loads(token or "", salt=MY_DATA_SALT, max_age=MY_DATA_MAX_AGE)
    except signing.BadSignature:
        return None
    return value if isinstance(value, str) and value else None


def my_data_link_request(*, email: str, client_hash: str) -> None:
    """Send a magic link to ``email`` if anything is stored under it. The caller answers
    the same either way, so the page never says whether an address is known."""
    email = (email or "").strip()
    digest = privacy.email_hash(email)
    _hit(MY_DATA_RATES, {"my-data-client": client_hash, "my-data-email": digest})
    from vigil.prayers import tasks

    transaction.on_commit(lambda: tasks.send_my_data_link.enqueue(digest))


def my_data_link_send(*, email_hash: str) -> bool:
    """Email the magic link to the address stored under ``email_hash``, if any."""
    email = _stored_email(email_hash)
    if not email:
        return False
    emails.send_my_data_link(email, url=_my_data_url(email_hash))
    return True


def _my_data_url(email_hash: str) -> str:
    from django.urls import reverse

    return reverse("prayers:my-data-detail", args=[my_data_token(email_hash)])


def _stored_email(email_hash: str) -> str:
    for model in (Prayer, Subscription):
        email = (
            model.objects.for_email_hash(email_hash)  # type: ignore[attr-defined]
            .exclude(email="").values_list("email", flat=True).first()
        )  # fmt: skip
        if email:
            return str(email)
    return ""


def my_data_export(*, email_hash: str) -> dict[str, Any]:
    """Everything stored under an email, as JSON-ready data."""
    prayers = Prayer.objects.for_email_hash(email_hash).select_related("wall").order_by("id")
    subscriptions = Subscription.objects.for_email_hash(email_hash).select_related("wall")
    return {
        "email": _stored_email(email_hash),
        "prayers": [_prayer_export(prayer) for prayer in prayers],
        "subscriptions": [_subscription_export(sub) for sub in subscriptions.order_by("id")],
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _prayer_export(prayer: Prayer) -> dict[str, Any]:
    return {
        "id": prayer.pk, "wall": prayer.wall.title, "name": prayer.name, "email": prayer.email,
        "text": prayer.text, "language": prayer.language, "status": prayer.status,
        "created_at": _iso(prayer.created_at), "published_at": _iso(prayer.published_at),
        "edited_at": _iso(prayer.edited_at), "prayed_count": prayer.prayed_count,
        "report_count": prayer.report_count,
    }  # fmt: skip


def _subscription_export(subscription: Subscription) -> dict[str, Any]:
    return {
        "id": subscription.pk, "kind": subscription.kind, "email": subscription.email,
        "wall": subscription.wall.title if subscription.wall else None,
        "prayer": subscription.prayer_id, "created_at": _iso(subscription.created_at),
        "confirmed_at": _iso(subscription.confirmed_at),
        "last_sent_at": _iso(subscription.last_sent_at),
    }  # fmt: skip


@retry_when_locked
@transaction.atomic
def my_data_erase(*, email_hash: str) -> dict[str, int]:
    """Delete every prayer and subscription stored under an email. The audit trail keeps
    one entry per erased prayer, with neither the email nor the text."""
    prayers = list(Prayer.objects.for_email_hash(email_hash).select_for_update())
    for prayer in prayers:
        _forget(prayer, action="prayer.erased_by_author", reason="erased by its author")
    subscriptions, _ = Subscription.objects.for_email_hash(email_hash).delete()
    return {"prayers": len(prayers), "subscriptions": subscriptions}
