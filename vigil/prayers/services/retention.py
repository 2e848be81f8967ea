"""Privacy retention: what is forgotten, and when; with the daily task that runs it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone

from vigil.core import conf
from vigil.core.daily import run_daily
from vigil.prayers.models import PrayedMark, Prayer, Report, Subscription

UNCONFIRMED_RETENTION = timedelta(days=7)
"""Subscriptions never confirmed are forgotten after this long."""


@transaction.atomic
def prayers_purge(*, now: Any = None) -> dict[str, int]:
    """Delete rejected and spam prayers and reports older than the retention period
    (``VIGIL_PRIVACY_RETENTION_DAYS``), forget older client hashes, and delete
    "I prayed" marks of past days."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=conf.retention_days())
    old = Prayer.objects.filter(created_at__lt=cutoff)
    deleted, _ = old.filter(status__in=[Prayer.Status.REJECTED, Prayer.Status.SPAM]).delete()
    forgotten = old.exclude(client_hash="").update(client_hash="")
    reports, _ = Report.objects.filter(created_at__lt=cutoff).delete()
    marks, _ = PrayedMark.objects.filter(day__lt=(now - timedelta(days=1)).date()).delete()
    return {"prayers": deleted, "client_hashes": forgotten, "reports": reports, "marks": marks}


def subscriptions_purge(*, now: Any = None) -> dict[str, int]:
    """Forget subscriptions never confirmed within a week, and publish notices whose prayer
    was not published within the retention period."""
    now = now or timezone.now()
    week_ago = now - UNCONFIRMED_RETENTION
    cutoff = now - timedelta(days=conf.retention_days())
    stale = Q(confirmed_at__isnull=True, created_at__lt=week_ago) | Q(
        kind=Subscription.Kind.PUBLISH_NOTICE, created_at__lt=cutoff
    )
    deleted, _ = Subscription.objects.filter(stale).delete()
    return {"subscriptions": deleted}


def purge_all() -> dict[str, int]:
    return {**prayers_purge(), **subscriptions_purge()}


@task()
def purge_daily() -> dict[str, int]:
    """Run the privacy purge, then schedule tomorrow's run (started once with
    ``manage.py prayers_purge --schedule``)."""
    return run_daily(purge_daily, purge_all, skipped={})
