"""The digest of held prayers emailed to moderators, with its tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import ngettext

from vigil.core import conf
from vigil.core.daily import run_daily
from vigil.core.models import LogEntry, log_action
from vigil.prayers.models import Prayer
from vigil.prayers.states import PrayerAction
from vigil.review.actions import ReviewAction


@dataclass(frozen=True)
class HeldPrayer:
    """A prayer in the digest, with the entry that held it."""

    prayer: Prayer
    entry: LogEntry

    @property
    def reasons(self) -> list[str]:
        return self.entry.reasons


def digest_recipients() -> list[str]:
    """Emails of active members of the Moderators group and of active superusers."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(groups__name="Moderators") | Q(is_superuser=True))
    return sorted(set(users.values_list("email", flat=True)))


def last_digest_at() -> datetime | None:
    entry = LogEntry.objects.filter(action=ReviewAction.DIGEST_SENT).order_by("-created_at")
    first = entry.first()
    return first.created_at if first else None


def held_since_last_digest() -> list[HeldPrayer]:
    """The latest "held" entry of every prayer held since the last digest and still held."""
    held = Prayer.objects.filter(status=Prayer.Status.HELD)
    entries = LogEntry.objects.for_model(Prayer).filter(
        action=PrayerAction.HELD, object_id__in=held.values("pk")
    )
    since = last_digest_at()
    if since is not None:
        entries = entries.filter(created_at__gt=since)
    latest: dict[int, LogEntry] = {}
    for entry in entries.order_by("created_at", "id"):
        latest[entry.object_id] = entry  # type: ignore[index]
    prayers = held.select_related("wall").in_bulk(latest)
    return [HeldPrayer(prayers[pk], entry) for pk, entry in latest.items() if pk in prayers]


def held_digest_send(*, base_url: str = "") -> int:
    """Email moderators the prayers held since the last digest and log the digest.
    Returns how many prayers it listed (0: nothing held, nothing sent). Written in the
    site's default language: the moderators' own languages are not recorded."""
    held = held_since_last_digest()
    recipients = digest_recipients()
    if not held or not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {"held": held, "queue_url": f"{base_url}/moderation/"}
        body = render_to_string("review/digest_email.txt", context)
        subject = ngettext(
            "[%(site)s] %(count)s prayer held for review",
            "[%(site)s] %(count)s prayers held for review",
            len(held),
        ) % {"site": conf.site_name(), "count": len(held)}
    send_mail(subject, body, None, recipients)
    log_action(
        ReviewAction.DIGEST_SENT,
        reasons=[f"{len(held)} held", f"{len(recipients)} recipients"],
    )
    return len(held)


@task()
def held_digest() -> int:
    """Email moderators the prayers held since the last digest (see ``held_digest_send``)."""
    return held_digest_send(base_url=conf.site_url())


def _send_today() -> int:
    return held_digest_send(base_url=conf.site_url())


@task()
def held_digest_daily() -> int:
    """Send the digest, then schedule tomorrow's run (started once with
    ``manage.py moderation_digest --schedule``)."""
    return run_daily(held_digest_daily, _send_today, skipped=0)
