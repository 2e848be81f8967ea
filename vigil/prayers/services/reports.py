"""Readers' reports: the third distinct reporter holds a published prayer for review."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F

from vigil.core.models import log_action
from vigil.core.text import clean_text
from vigil.prayers.models import Prayer, Report
from vigil.prayers.services.common import retry_when_locked
from vigil.prayers.services.lifecycle import prayer_hold
from vigil.prayers.states import PrayerAction

REPORTS_TO_HOLD = 3


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
    log_action(PrayerAction.REPORTED, target=prayer, reasons=[report.get_reason_display()])
    reporters = prayer.reports.count()
    held = False
    if reporters >= REPORTS_TO_HOLD and prayer.status == Prayer.Status.PUBLISHED:
        prayer_hold(prayer=prayer, reasons=[f"reported by {reporters} readers"])
        held = True
    return report, held
