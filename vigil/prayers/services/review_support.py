"""What the moderators' queue needs from prayers beyond a plain move: a move that
remembers where the prayer came from (so it can be undone), dismissing readers'
reports, and putting a prayer back as it was.

Every status change still goes through ``lifecycle.prayer_set_status``. The reports a
dismissal deletes are kept for undoing in the shared cache, briefly, not in the audit
trail: their reporters' hashes must not outlive the retention period there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from vigil.core.models import LogEntry, log_action
from vigil.prayers import states
from vigil.prayers.models import Prayer, Report
from vigil.prayers.services.lifecycle import prayer_set_status
from vigil.prayers.states import Move, PrayerAction, TransitionRefused

Status = Prayer.Status
DISMISSED_REPORTS_KEPT = 10 * 60
"""Seconds the dismissed reports stay restorable (longer than any undo window)."""


def _latest_entry(prayer: Prayer) -> LogEntry:
    return LogEntry.objects.for_object(prayer).latest("id")


def _remember_was(entry: LogEntry, was: str) -> LogEntry:
    entry.data["was"] = was
    entry.save(update_fields=["data"])
    return entry


@transaction.atomic
def prayer_move_recorded(
    *, prayer: Prayer, move: Move, actor: Any, reasons: Sequence[str] = ()
) -> LogEntry:
    """``prayer_set_status``, returning its audit entry with the status it left
    (``data["was"]``), which is what an undo puts back."""
    was = Prayer.objects.select_for_update().values_list("status", flat=True).get(pk=prayer.pk)
    prayer_set_status(prayer=prayer, move=move, actor=actor, reasons=reasons)
    return _remember_was(_latest_entry(prayer), was)


def _report_key(entry_id: int) -> str:
    return f"prayers:dismissed-reports:{entry_id}"


def _snapshot(report: Report) -> dict[str, Any]:
    return {
        "reason": report.reason, "note": report.note, "reporter": report.reporter,
        "weight": report.weight, "created_at": report.created_at.isoformat(),
    }  # fmt: skip


@transaction.atomic
def prayer_reports_dismiss(*, prayer: Prayer, actor: Any) -> LogEntry:
    """Keep a reported prayer: delete its reports, reset its count and, if it is held
    (by the reports), publish it. Logged as ``prayer.reports_dismissed``, with the
    status and report count it left, and how many reports for which reasons."""
    locked = Prayer.objects.select_for_update().get(pk=prayer.pk)
    reports = list(locked.reports.order_by("created_at", "id"))
    if not reports and not locked.report_count:
        raise TransitionRefused(_("This prayer has no reports to dismiss."))
    if locked.status not in {Status.PUBLISHED, Status.HELD}:
        raise TransitionRefused(
            _("A %(status)s prayer's reports cannot be dismissed.")
            % {"status": states.adjective(locked.status)}
        )
    was, count = locked.status, locked.report_count
    locked.reports.all().delete()
    Prayer.objects.filter(pk=locked.pk).update(report_count=0)
    prayer.report_count = 0
    if was == Status.HELD:
        prayer_set_status(
            prayer=prayer, move=Move.PUBLISH, actor=actor, reasons=["reports dismissed"]
        )
    reasons = sorted({report.logged_reason() for report in reports})
    entry = log_action(
        PrayerAction.REPORTS_DISMISSED, target=prayer, actor=actor,
        reasons=[f"{len(reports)} report(s)", *reasons], was=was, report_count=count,
    )  # fmt: skip
    snapshot = [_snapshot(report) for report in reports]
    cache.set(_report_key(entry.pk), snapshot, DISMISSED_REPORTS_KEPT)
    return entry


def _restore_reports(prayer: Prayer, entry: LogEntry) -> int:
    snapshot = cache.get(_report_key(entry.pk))
    if snapshot is None:
        raise TransitionRefused(_("The dismissed reports can no longer be restored."))
    reports = [
        Report(prayer=prayer, **{**row, "created_at": datetime.fromisoformat(row["created_at"])})
        for row in snapshot
    ]
    Report.objects.bulk_create(reports, ignore_conflicts=True)
    count = int(entry.data.get("report_count", len(reports)))
    Prayer.objects.filter(pk=prayer.pk).update(report_count=F("report_count") + count)
    return len(reports)


@transaction.atomic
def prayer_restore(*, prayer: Prayer, undone: LogEntry, actor: Any) -> Prayer:
    """Undo ``undone`` (an entry written by ``prayer_move_recorded``,
    ``prayer_reports_dismiss`` or a ban): the prayer goes back to the status the entry
    recorded, through the state machine, and a dismissal's reports come back. Logged as
    ``prayer.undone``. Raises ``TransitionRefused`` when the way back is closed."""
    locked = Prayer.objects.select_for_update().get(pk=prayer.pk)
    was = Status(undone.data["was"])
    if locked.status != was and not states.allows(locked.status, states.move_to(was)):
        raise TransitionRefused(
            _("A %(status)s prayer cannot be made %(was)s again.")
            % {"status": states.adjective(locked.status), "was": states.adjective(was)}
        )
    notes = [f"undoes {undone.action} #{undone.pk}"]
    if undone.action == PrayerAction.REPORTS_DISMISSED:
        notes.append(f"{_restore_reports(prayer, undone)} report(s) restored")
    if locked.status != was:
        prayer_set_status(prayer=prayer, move=states.move_to(was), actor=actor, reasons=notes)
    log_action(PrayerAction.UNDONE, target=prayer, actor=actor, reasons=notes, undoes=undone.pk)
    prayer.refresh_from_db(fields=["status", "report_count", "published_at"])
    return prayer
