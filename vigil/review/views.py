"""The moderator queue and the audit trail (staff only).

Every action is a plain POST answered with a redirect and a message, and, for htmx,
with the card's partial swapped in place. State changes go through ``actions``.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import connections
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from vigil.core.models import LogEntry, LogEntryQuerySet
from vigil.prayers.models import Prayer, Wall
from vigil.review import actions, queue, reasons, undo
from vigil.review.forms import MAX_ID, ActionForm, BulkActionForm, EventFilterForm

QUEUE_TEMPLATE = "review/queue.html"
EVENTS_PAGE_SIZE = 50
LAST_ACTION = "review.last_action"
# Actions that record why: the queue suggests a reason where the checks give one, and
# never picks one for the moderator.
NEEDS_REASON = frozenset({"reject", "remove", "ban"})
CHOOSE_REASON = gettext_lazy("Choose a reason first: it is recorded with the decision.")
"""Session key of the confirmation the queue shows next, with its Undo button."""
View = Callable[..., HttpResponseBase]


def moderator_required(view: View) -> View:
    """Staff only (others go to the login page); staff without the right to change
    prayers get 403. Responses are never cached."""

    @staff_member_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.has_perm("prayers.change_prayer"):
            raise PermissionDenied(_("Only moderators may work the queue."))
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapper


def _tab(request: HttpRequest) -> str:
    tab = request.GET.get("tab") or request.POST.get("tab") or "held"
    return tab if tab in queue.TABS else "held"


def _int(value: str | None) -> int | None:
    """A positive id from the query string, or ``None`` (never one the database refuses)."""
    if not value or not value.isdecimal() or len(value) > 19 or int(value) > MAX_ID:
        return None
    return int(value)


@require_GET
@moderator_required
def queue_view(request: HttpRequest) -> HttpResponse:
    """One tab of the queue: cards newest first, continued with ``?before=<id>``."""
    tab = _tab(request)
    cards, more = queue.page(tab, _int(request.GET.get("before")))
    context = {
        "tab": tab,
        "tabs": queue.TABS,
        "counts": queue.tab_counts(),
        "cards": cards,
        "more": more,
        "action_form": ActionForm(),
        "is_continued": bool(request.GET.get("before")),
        "last_action": request.session.pop(LAST_ACTION, None),
    }
    if request.htmx and request.GET.get("before"):  # type: ignore[attr-defined]
        return render(request, f"{QUEUE_TEMPLATE}#card-page", context)
    return render(request, QUEUE_TEMPLATE, context)


def _back_to_queue(tab: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{reverse('review:queue')}?{urlencode({'tab': tab})}")


def _card_done(
    request: HttpRequest, prayer: Prayer, outcome: str, level: int, entry: LogEntry | None = None
) -> HttpResponse:
    """The acted-on card, for htmx: what was done, with Undo when it may be undone."""
    context = {"prayer": prayer, "outcome": outcome, "level": level, "tab": _tab(request)}
    context.update(counts=queue.tab_counts(), tabs=queue.TABS, undo_entry=entry)
    return render(request, f"{QUEUE_TEMPLATE}#card-done", context)


def _card_again(
    request: HttpRequest, prayer: Prayer, notice: str, *, error: bool = False
) -> HttpResponse:
    """The prayer's card, ready to act on (again), with ``notice`` above its actions."""
    context = {"card": queue.card_for(prayer), "notice": notice, "notice_is_error": error}
    context.update(tab=_tab(request), counts=queue.tab_counts(), tabs=queue.TABS)
    return render(
        request, f"{QUEUE_TEMPLATE}#card-restored", {**context, "action_form": ActionForm()}
    )


@require_POST
@moderator_required
def prayer_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Approve, reject, remove, ban or keep (dismiss reports) on one card. A done action
    is confirmed with an Undo button (the next queue page, or the swapped card)."""
    prayer = get_object_or_404(Prayer.objects.select_related("wall"), pk=pk)
    form = ActionForm(request.POST)
    tab = _tab(request)
    if not form.is_valid():
        messages.error(request, _("Choose approve, reject, remove, ban or keep."))
        return _back_to_queue(tab)
    data = form.cleaned_data
    if data["action"] in NEEDS_REASON and not data["reason"]:
        if request.htmx:  # type: ignore[attr-defined]
            return _card_again(request, prayer, str(CHOOSE_REASON), error=True)
        messages.error(request, CHOOSE_REASON)
        return _back_to_queue(tab)
    entry: LogEntry | None = None
    try:
        entry = actions.prayer_moderate(
            prayer=prayer, action=data["action"], actor=request.user,
            reason=data["reason"], duration=data["duration"] or "7",
        )  # fmt: skip
    except actions.ActionRefused as refused:
        outcome, level = refused.message, messages.ERROR
    else:
        outcome, level = str(actions.DONE[data["action"]]) % {"id": pk}, messages.SUCCESS
    if request.htmx:  # type: ignore[attr-defined]
        return _card_done(request, prayer, outcome, level, entry)
    if entry is None:
        messages.add_message(request, level, outcome)
    else:
        request.session[LAST_ACTION] = {"text": outcome, "entry": entry.pk, "prayer": pk}
    return _back_to_queue(tab)


@require_POST
@moderator_required
def action_undo(request: HttpRequest) -> HttpResponse:
    """Undo the action of audit entry ``entry`` (yours, within a minute). With htmx, the
    prayer's card comes back, ready to act on again."""
    tab = _tab(request)
    try:
        prayer, what = undo.action_undo(entry_id=_int(request.POST.get("entry")) or 0,
                                        actor=request.user)  # fmt: skip
    except undo.UndoRefused as refused:
        if request.htmx and (shown := _posted_prayer(request)):  # type: ignore[attr-defined]
            return _card_done(request, shown, refused.message, messages.ERROR)
        messages.error(request, refused.message)
        return _back_to_queue(tab)
    outcome = undo.undone_message(prayer, what)
    if request.htmx:  # type: ignore[attr-defined]
        return _card_again(request, prayer, outcome)
    messages.success(request, outcome)
    return _back_to_queue(tab)


def _posted_prayer(request: HttpRequest) -> Prayer | None:
    pk = _int(request.POST.get("prayer"))
    return Prayer.objects.filter(pk=pk).first() if pk else None


@require_POST
@moderator_required
def bulk_action(request: HttpRequest) -> HttpResponse:
    """The same action on every selected card."""
    form = BulkActionForm(request.POST)
    tab = _tab(request)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return _back_to_queue(tab)
    data = form.cleaned_data
    if data["action"] in NEEDS_REASON and not data["reason"]:
        messages.error(request, CHOOSE_REASON)
        return _back_to_queue(tab)
    prayers = Prayer.objects.filter(pk__in=data["ids"])
    done, refused = actions.prayers_moderate(
        prayers=prayers.order_by("pk"), action=data["action"], actor=request.user,
        reason=data["reason"], duration=data["duration"] or "7",
    )  # fmt: skip
    messages.success(request, str(actions.DONE_MANY[data["action"]] % {"count": done}))
    for message in refused:
        messages.error(request, message)
    return _back_to_queue(tab)


# --- the audit trail ------------------------------------------------------------------


def _walls() -> list[tuple[int, str]]:
    return list(Wall.objects.values_list("pk", "title"))


@dataclass(frozen=True)
class Row:
    """One audit entry with the prayer it names (``None`` for another target or a gone one)."""

    entry: LogEntry
    prayer: Prayer | None

    @property
    def sentence(self) -> str:
        return reasons.sentence(self.entry, self.prayer)


def _entries(request: HttpRequest) -> tuple[EventFilterForm, LogEntryQuerySet]:
    """The filter form and the entries it selects (none when the filters are invalid)."""
    form = EventFilterForm(request.GET or None, walls=_walls())
    entries = LogEntry.objects.all()
    if not form.is_bound:
        return form, entries
    if not form.is_valid():
        return form, entries.none()
    filters = form.filters()
    wall = filters.pop("wall", None)
    entries = entries.matching(**filters)
    if wall:
        on_wall = Prayer.objects.filter(wall_id=wall).values("pk")
        entries = entries.for_model(Prayer).filter(object_id__in=on_wall)
    return form, entries


def _rows(entries: list[LogEntry]) -> list[Row]:
    """Entries with their prayers (one query for the whole page)."""
    prayer_type = ContentType.objects.get_for_model(Prayer)
    ids = {e.object_id for e in entries if e.content_type_id == prayer_type.pk and e.object_id}
    prayers = Prayer.objects.select_related("wall").in_bulk(ids)
    return [
        Row(e, prayers.get(e.object_id) if e.content_type_id == prayer_type.pk else None)
        for e in entries
    ]


@require_GET
@moderator_required
def event_list(request: HttpRequest) -> HttpResponse:
    """Every logged change, newest first, filtered; ``?before=<id>`` continues.
    Invalid filters (a date that is not one, a wall id out of range) list nothing and
    the form says what to correct."""
    form, entries = _entries(request)
    before = _int(request.GET.get("before"))
    if before:
        entries = entries.filter(pk__lt=before)
    found = list(entries.select_related("actor").order_by("-id")[: EVENTS_PAGE_SIZE + 1])
    more = found[EVENTS_PAGE_SIZE - 1].pk if len(found) > EVENTS_PAGE_SIZE else None
    query = request.GET.copy()
    query.pop("before", None)
    context = {
        "form": form,
        "rows": _rows(found[:EVENTS_PAGE_SIZE]),
        "more": more,
        "query": query.urlencode(),
        "actions": _known_actions(),
    }
    return render(request, "review/event_list.html", context)


def _known_actions() -> list[str]:
    """The actions the trail holds, in order, for the filter. One query that steps from
    each action to the next through the index on ``action`` (a recursive CTE, on SQLite
    and PostgreSQL alike), where ``DISTINCT`` would read every row of the trail."""
    alias = LogEntry.objects.db
    quote = connections[alias].ops.quote_name
    table, column = quote(LogEntry._meta.db_table), quote("action")
    sql = (
        f"WITH RECURSIVE found(action) AS ("  # noqa: S608 - names from the model, quoted
        f"SELECT MIN({column}) FROM {table} UNION ALL "
        f"SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > found.action) "
        f"FROM found WHERE found.action IS NOT NULL"
        f") SELECT action FROM found WHERE action IS NOT NULL"
    )
    with connections[alias].cursor() as cursor:
        cursor.execute(sql)
        return [action for (action,) in cursor.fetchall()]


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value: Any) -> str:
    """A CSV cell that spreadsheets will not run as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def _chunks(entries: LogEntryQuerySet, size: int = 500) -> Iterator[list[Row]]:
    """Pages of rows (keyset on id, newest first), each with its prayers in one query."""
    before: int | None = None
    while True:
        page = entries.filter(pk__lt=before) if before else entries
        found = list(page.select_related("actor").order_by("-id")[:size])
        if not found:
            return
        yield _rows(found)
        before = found[-1].pk


def _csv_rows(entries: LogEntryQuerySet) -> Iterator[list[str]]:
    yield ["time", "action", "actor", "prayer", "wall", "target", "reasons", "scores"]
    for chunk in _chunks(entries):
        for row in chunk:
            yield [_cell(value) for value in _csv_row(row)]


def _csv_row(row: Row) -> list[Any]:
    entry, prayer = row.entry, row.prayer
    actor = entry.actor.get_username() if entry.actor_id and entry.actor else "system"
    scores = "; ".join(f"{k}={v}" for k, v in entry.scores.items())
    wall = prayer.wall if prayer else ""
    cells = [entry.created_at.isoformat(), entry.action, actor, prayer.pk if prayer else "", wall]
    return [*cells, entry.target_repr, "; ".join(map(str, entry.reasons)), scores]


@require_GET
@moderator_required
def event_export(request: HttpRequest) -> StreamingHttpResponse:
    """The filtered audit trail as CSV (UTF-8), streamed."""
    _, entries = _entries(request)
    writer = csv.writer(_Echo())
    rows = (writer.writerow(row) for row in _csv_rows(entries))
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="moderation-events.csv"'
    return response
