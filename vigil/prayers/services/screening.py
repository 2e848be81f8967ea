"""What the prayers app tells moderation about a text: the author's standing (published
prayers, recent rejections) and the wall's rules (thresholds, ban rule, pre-moderation).
Moderation decides; this module only gathers its inputs."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.utils import timezone

from vigil.core import conf
from vigil.core.models import LogEntry
from vigil.core.prepared import Prepared
from vigil.moderation import services as moderation
from vigil.moderation.engine.policy import DEFAULT_THRESHOLDS, Thresholds
from vigil.prayers.models import Prayer, Wall, WallPolicy
from vigil.prayers.services import addresses
from vigil.prayers.states import PrayerAction

_WALL_POLICY_KEY = "vigil:prayers:wall-policy:{}"
POLICY_CACHE_SECONDS = 300


def wall_policy(wall_id: int | None) -> WallPolicy | None:
    """The wall's policy (or ``None`` for the defaults), cached until it changes."""
    if wall_id is None:
        return None
    key = _WALL_POLICY_KEY.format(wall_id)
    cached = cache.get(key)
    if cached is None:
        cached = WallPolicy.objects.filter(wall_id=wall_id).first() or False
        cache.set(key, cached, timeout=POLICY_CACHE_SECONDS)
    return cached or None


def wall_policy_changed(wall_id: int) -> None:
    cache.delete(_WALL_POLICY_KEY.format(wall_id))


def thresholds_for(wall_id: int | None) -> Thresholds:
    policy = wall_policy(wall_id)
    return policy.as_thresholds() if policy else DEFAULT_THRESHOLDS


def _by_author(client_hash: str, email_hash: str) -> Q:
    author = Q(client_hash=client_hash) if client_hash else Q(pk__in=[])
    if email_hash:
        author |= Q(email_hash=email_hash)
    return author


def prior_published(client_hash: str, email_hash: str) -> int:
    """How many of this author's prayers are published — counted only under an email
    address that confirmed it is theirs. A typed address proves nothing (anyone can type
    anyone's), and a network address is shared by strangers, so neither earns trust.
    ``client_hash`` is accepted for symmetry with ``recent_rejections`` and ignored."""
    if not addresses.is_confirmed(email_hash):
        return 0
    return Prayer.objects.visible().filter(email_hash=email_hash).count()


def recent_rejections(*, client_hash: str = "", email_hash: str = "") -> int:
    """How many of this author's prayers were rejected in the last
    ``VIGIL_MODERATION_RECENT_REJECTION_DAYS`` days."""
    if not client_hash and not email_hash:
        return 0
    since = timezone.now() - timedelta(days=conf.recent_rejection_days())
    hashes = {
        name: value
        for name, value in (("client_hash", client_hash), ("email_hash", email_hash))
        if value
    }
    kind = ContentType.objects.get_for_model(Prayer).pk
    return int(_REJECTED_SINCE(tuple(hashes), since=since, kind=kind, **hashes))


def _rejected_since(
    shape: tuple[str, ...], since: datetime, kind: int, **hashes: str
) -> QuerySet[LogEntry, Any]:
    """The author's prayers rejected since ``since``, one row each (``kind``: the
    content type of prayers, a value rather than part of the SQL, since a flushed test
    database numbers content types anew)."""
    author = _by_author(hashes.get("client_hash", ""), hashes.get("email_hash", ""))
    mine = Prayer.objects.filter(author).values("pk")
    entries = LogEntry.objects.filter(
        content_type_id=kind, action=PrayerAction.REJECTED, created_at__gte=since,
        object_id__in=mine,
    )  # fmt: skip
    # (without the log's default ordering, whose columns DISTINCT would otherwise count: a
    # prayer rejected, restored and rejected again is one prayer)
    return entries.order_by().values("object_id").distinct()


# Asked on every post: built by the ORM once per shape (``vigil.core.prepared``).
_REJECTED_SINCE = Prepared(_rejected_since, result=Prepared.COUNT)


def author(name: str, email_hash: str, client_hash: str, prior: int) -> moderation.Author:
    rejections = recent_rejections(client_hash=client_hash, email_hash=email_hash)
    return moderation.Author(name, email_hash, client_hash, prior, rejections)


def context(
    wall: Wall,
    *,
    prior: int,
    language: str,
    seconds_to_submit: float | None = None,
    form_token_valid: bool = True,
) -> moderation.Context:
    """The moderation context of a post on ``wall`` by an author with ``prior``
    published prayers."""
    policy = wall_policy(wall.pk)
    return moderation.Context(
        is_first_post=prior <= 0,
        pre_moderation=wall.is_pre_moderated,
        language=language,
        seconds_to_submit=seconds_to_submit,
        form_token_valid=form_token_valid,
        thresholds=policy.as_thresholds() if policy else DEFAULT_THRESHOLDS,
        ban_holds=bool(policy and policy.ban_holds),
    )


def screen_edit(prayer: Prayer, text: str) -> moderation.Verdict:
    """Moderation's verdict on an author's new text for their own prayer."""
    prior = prior_published(prayer.client_hash, prayer.email_hash)
    prior = max(prior - int(prayer.status == Prayer.Status.PUBLISHED), 0)
    return moderation.assess(
        text,
        author(prayer.name, prayer.email_hash, prayer.client_hash, prior),
        context(prayer.wall, prior=prior, language=prayer.language or "en"),
    )
