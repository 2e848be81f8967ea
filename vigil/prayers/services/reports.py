"""Readers' reports: weighed by how much the reporter can be trusted, and limited per
reporter, so one client cannot hide a prayer however it dresses up its requests."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F, Sum

from vigil.core.models import log_action
from vigil.core.ratelimit import Rate
from vigil.core.text import clean_text
from vigil.prayers.models import Prayer, Report
from vigil.prayers.services import screening
from vigil.prayers.services.common import hit_rates, retry_when_locked
from vigil.prayers.services.lifecycle import prayer_hold
from vigil.prayers.states import PrayerAction

REPORTS_TO_HOLD = 3.0
"""Weight of reports that holds a published prayer: three participants' reports."""
PARTICIPANT_WEIGHT = 1.0
ANONYMOUS_WEIGHT = 0.5
REPORT_RATES = {"report-hour": Rate(10, 60 * 60), "report-day": Rate(30, 60 * 60 * 24)}


def reporter_weight(reporter: str) -> float:
    """How much a report from this client (its hashed network) counts: a network whose
    own prayers are published here is a participant (1); one with recently rejected
    posts counts for nothing; an unknown one for half."""
    if screening.recent_rejections(client_hash=reporter):
        return 0.0
    if Prayer.objects.visible().filter(client_hash=reporter).exists():
        return PARTICIPANT_WEIGHT
    return ANONYMOUS_WEIGHT


@retry_when_locked
@transaction.atomic
def prayer_report(
    *, prayer: Prayer, reason: str, reporter: str, note: str = ""
) -> tuple[Report | None, bool]:
    """Record a reader's report (once per reporter, within ``REPORT_RATES``: past them a
    429 ``SubmissionRefused``). Reports' weights add up; at ``REPORTS_TO_HOLD`` a
    published prayer is held. Returns the report (``None`` if already reported) and
    whether the prayer was held now."""
    hit_rates(REPORT_RATES, {scope: reporter for scope in REPORT_RATES})
    report = Report(
        prayer=prayer, reason=reason, note=clean_text(note)[:500], reporter=reporter,
        weight=reporter_weight(reporter),
    )  # fmt: skip
    report.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError:
        return None, False
    Prayer.objects.filter(pk=prayer.pk).update(report_count=F("report_count") + 1)
    log_action(PrayerAction.REPORTED, target=prayer, reasons=[report.logged_reason()])
    weight = prayer.reports.aggregate(total=Sum("weight"))["total"] or 0.0
    if weight >= REPORTS_TO_HOLD and prayer.status == Prayer.Status.PUBLISHED:
        reporters = prayer.reports.count()
        prayer_hold(prayer=prayer, reasons=[f"reported by {reporters} readers"])
        return report, True
    return report, False
