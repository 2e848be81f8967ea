"""Submitting a prayer: validate, refuse politely, ask moderation, save with the
verdict; then email the author their private link (a task)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Case, IntegerField, Max, Q, QuerySet, Value, When
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from vigil.core import conf, privacy, ratelimit
from vigil.core.prepared import Prepared
from vigil.core.ratelimit import Rate, RateLimited
from vigil.core.text import clean_line, clean_text
from vigil.moderation import services as moderation
from vigil.prayers import states
from vigil.prayers.models import NAME_MAX, TEXT_MAX, Prayer, Subscription, Wall
from vigil.prayers.services import receipts, screening
from vigil.prayers.services.common import (
    SubmissionRefused,
    email_error,
    retry_when_locked,
    text_hash,
)
from vigil.prayers.services.lifecycle import prayer_set_status
from vigil.prayers.states import Move

Status = Prayer.Status

DUPLICATE_WINDOW = timedelta(hours=24)
CLOSED = gettext_noop("This wall is closed to new prayers.")
DEFAULT_RATES = {
    "client-minute": Rate(3, 60),
    "client-day": Rate(20, 60 * 60 * 24),
    "wall-minute": Rate(30, 60),
}


def _rate_message(scope: str, limit: int) -> str:
    """What a visitor past their own limit reads (``scope``: client-minute or client-day)."""
    if scope == "client-minute":
        message = ngettext(
            "You have sent %(limit)s prayer in the last minute. "
            "Please wait a minute, then send it again.",
            "You have sent %(limit)s prayers in the last minute. "
            "Please wait a minute, then send it again.",
            limit,
        )
    else:
        message = ngettext(
            "You have sent %(limit)s prayer today, the most we accept in a day. "
            "Please come back tomorrow.",
            "You have sent %(limit)s prayers today, the most we accept in a day. "
            "Please come back tomorrow.",
            limit,
        )
    return message % {"limit": limit}


FLOOD_REASON = "flood: more than {limit} prayers a minute on this wall"
COPY_REASON = "copy: the same text was sent to this wall by someone else in the last 24 hours"


class SubmissionRateLimited(SubmissionRefused):
    status = 429

    def __init__(self, limited: RateLimited) -> None:
        super().__init__(_rate_message(limited.scope, limited.limit), code="rate_limited")
        self.retry_after = limited.retry_after


@dataclass
class SubmitResult:
    prayer: Prayer
    verdict: moderation.Verdict
    edit_token: str = field(default="", repr=False)
    flooded: bool = False
    """The wall was over its per-minute limit, so the prayer was held for review."""

    @property
    def is_ban(self) -> bool:
        """Rejected because the author is banned from the wall."""
        return self.prayer.status == Status.REJECTED and self.verdict.is_ban

    @property
    def message(self) -> str:
        """What the author reads, in the active language."""
        if self.prayer.status == Status.PUBLISHED:
            return _("Thank you — your prayer is published.")
        if self.prayer.status in {Status.REJECTED, Status.PENDING}:
            return moderation.verdict_message(self.verdict)
        if self.flooded and self.prayer.status == Status.HELD:
            return _(
                "Many prayers are arriving on this wall right now, so each new one waits for "
                "review. A moderator will read it before it appears."
            )
        return moderation.held_message()


def _rates() -> dict[str, Rate]:
    return {**DEFAULT_RATES, **{k: Rate(*v) for k, v in conf.prayer_rates().items()}}


def too_long_message(length: int) -> str:
    """The error of a text over ``TEXT_MAX`` characters, numbers written as the language
    writes them."""
    return _("Please keep it to %(max)s characters (it has %(length)s).") % {
        "max": number_format(TEXT_MAX, force_grouping=True),
        "length": number_format(length, force_grouping=True),
    }


def validated(name: str, email: str, text: str) -> tuple[str, str, str]:
    """Name, email and text cleaned; ``SubmissionRefused`` naming each field to fix."""
    name, text, email = clean_line(name), clean_text(text), (email or "").strip()
    errors: dict[str, list[str]] = {}
    if not name:
        errors["name"] = [_("Please give a name (any name you like).")]
    elif len(name) > NAME_MAX:
        errors["name"] = [_("Please keep the name to %(max)s characters.") % {"max": NAME_MAX}]
    if email_error(email):
        errors["email"] = [email_error(email)]
    if not text:
        errors["text"] = [_("Please write your prayer or comment.")]
    elif len(text) > TEXT_MAX:
        errors["text"] = [too_long_message(len(text))]
    if errors:
        raise SubmissionRefused(
            _("Please correct the fields below."), code="invalid", errors=errors
        )
    return name, email, text


def _check_rate_limits(wall: Wall, client_hash: str) -> RateLimited | None:
    """Refuse a client past its own limits (``SubmissionRateLimited``, text kept). A wall
    past its per-minute limit refuses no one: the limit is returned, and the prayer is
    held for a moderator instead of published, so a flood is read, not lost."""
    rates = _rates()
    try:
        ratelimit.hit("client-minute", client_hash, rates["client-minute"])
        ratelimit.hit("client-day", client_hash, rates["client-day"])
    except RateLimited as limited:
        raise SubmissionRateLimited(limited) from None
    try:
        ratelimit.hit("wall-minute", str(wall.pk), rates["wall-minute"])
    except RateLimited as flooded:
        return flooded
    return None


def _hold_in_flood(verdict: moderation.Verdict, flood: RateLimited) -> None:
    """A prayer that would be published (now or after the deep check) waits for review."""
    verdict.escalate("hold", FLOOD_REASON.format(limit=flood.limit))


def _check_duplicate(wall: Wall, text: str, digest: str, client_hash: str, email_hash: str) -> bool:
    """Identical text within 24 hours from the same author anywhere is refused; on this
    wall from someone else (texts shorter than ``VIGIL_PRAYER_DUPLICATE_MIN_LENGTH``, like
    "Amen", excepted) it is a copy: true, and the caller holds it for review. A copy is
    not refused, which would tell the sender what another visitor wrote and turn away a
    second visitor who prays the same words."""
    scope = {
        name: value
        for name, value in (
            ("client_hash", client_hash),
            ("email_hash", email_hash),
            ("wall", wall.pk if len(text) >= conf.duplicate_min_length() else 0),
        )
        if value
    }
    if not scope:
        return False
    since = timezone.now() - DUPLICATE_WINDOW
    found = _POSTED_SINCE(tuple(scope), digest=digest, since=since, **scope)
    if found is None:
        return False
    if found[0]:
        raise SubmissionRefused(
            _(
                "This text was already sent in the last 24 hours, so it is not sent again. "
                "Please write something new."
            ),
            code="duplicate",
        )
    return True


def _posted_since(
    shape: tuple[str, ...], digest: str, since: datetime, **scope: Any
) -> QuerySet[Any, Any]:
    """Prayers of this text since ``since`` by the author or on the wall in ``scope``
    (``client_hash``, ``email_hash``, ``wall``: any of them), rejections and spam aside,
    as one row: 1 if the author sent one of them, else 0."""
    where, by_author = Q(), Q()
    for name, value in scope.items():
        if name == "wall":
            where |= Q(wall_id=value)
        else:
            where |= Q(**{name: value})
            by_author |= Q(**{name: value})
    recent = Prayer.objects.filter(text_hash=digest, created_at__gte=since)
    recent = recent.exclude(status__in=[Status.REJECTED, Status.SPAM]).filter(where)
    mine = (
        Case(When(by_author, then=Value(1)), default=Value(0), output_field=IntegerField())
        if by_author
        else Value(0, output_field=IntegerField())
    )
    return recent.values("text_hash").annotate(mine=Max(mine)).values_list("mine")


# Asked on every post: built by the ORM once per shape (``vigil.core.prepared``).
_POSTED_SINCE = Prepared(_posted_since, result=Prepared.ROW)


def _refused_when_the_wall_is_gone[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    """A wall deleted while its form was being sent fails the prayer's foreign key at
    commit: the visitor is told the wall is closed (their text is kept), not a server
    error."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except IntegrityError:
            wall = kwargs.get("wall")
            if not isinstance(wall, Wall) or Wall.objects.filter(pk=wall.pk).exists():
                raise
            raise SubmissionRefused(_(CLOSED), code="closed") from None

    return wrapper


@_refused_when_the_wall_is_gone
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
    name, email, text = validated(name, email, text)
    if not wall.takes_prayers:
        raise SubmissionRefused(_(CLOSED), code="closed")
    email_hash = privacy.email_hash(email)
    prayer = Prayer(
        wall=wall, name=name, email=email, email_hash=email_hash, text=text,
        text_hash=text_hash(text), client_hash=client_hash,
    )  # fmt: skip
    if honeypot:
        return _save_spam(prayer, ["honeypot field filled"])
    return _screen_and_save(
        prayer, wall, language or settings.LANGUAGE_CODE, seconds_to_submit, form_token_valid,
        notify_when_published,
    )  # fmt: skip


def _screen_and_save(
    prayer: Prayer,
    wall: Wall,
    page_language: str,
    seconds_to_submit: float | None,
    form_token_valid: bool,
    notify_when_published: bool,
) -> SubmitResult:
    client_hash, email_hash = prayer.client_hash, prayer.email_hash
    flood = _check_rate_limits(wall, client_hash)
    copied = _check_duplicate(wall, prayer.text, prayer.text_hash, client_hash, email_hash)
    prior = screening.prior_published(client_hash, email_hash)
    verdict = moderation.assess(
        prayer.text,
        screening.author(prayer.name, email_hash, client_hash, prior),
        screening.context(
            wall, prior=prior, language=page_language, seconds_to_submit=seconds_to_submit,
            form_token_valid=form_token_valid,
        ),
    )  # fmt: skip
    # The language moderation read the text in, not the page's: "" when it could not tell.
    prayer.language = verdict.language or ""
    if flood is not None:
        _hold_in_flood(verdict, flood)
    if copied:
        verdict.escalate("hold", COPY_REASON)
    result = _save_with_verdict(prayer, verdict)
    result.flooded = flood is not None
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
            language=translation.get_language() or "",
        )  # fmt: skip
        subscription.full_clean()
        subscription.save()
    language = translation.get_language()
    transaction.on_commit(lambda: receipts.send_prayer_receipt.enqueue(prayer.pk, language))


def _save_spam(prayer: Prayer, reasons: list[str]) -> SubmitResult:
    prayer_set_status(prayer=prayer, move=Move.MARK_SPAM, reasons=reasons)
    return SubmitResult(prayer, moderation.Verdict("hold", reasons))


def _save_with_verdict(prayer: Prayer, verdict: moderation.Verdict) -> SubmitResult:
    token = privacy.new_token()
    prayer.edit_token_hash = privacy.token_hash(token)
    prayer_set_status(
        prayer=prayer, move=states.VERDICT_MOVES[verdict.action],
        reasons=verdict.reasons, scores=verdict.scores,
    )  # fmt: skip
    return SubmitResult(prayer, verdict, edit_token=token)
