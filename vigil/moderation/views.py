"""The moderator queue and the audit trail (staff only).

Every action is a plain POST answered with a redirect and a message, and, for htmx,
with the card's partial swapped in place. State changes go through services.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.apps import apps
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET, require_POST

from vigil.moderation import queue, services
from vigil.moderation.forms import ActionForm, BulkActionForm, EventFilterForm
from vigil.moderation.models import ModerationEvent

QUEUE_TEMPLATE = "moderation/queue.html"
EVENTS_PAGE_SIZE = 50
View = Callable[..., HttpResponseBase]


def moderator_required(view: View) -> View:
    """Staff only (others go to the login page); staff without the right to change
    prayers get 403. Responses are never cached."""

    @staff_member_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.has_perm("prayers.change_prayer"):
            raise PermissionDenied("Only moderators may work the queue.")
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapper


def _tab(request: HttpRequest) -> str:
    tab = request.GET.get("tab") or request.POST.get("tab") or "held"
    return tab if tab in queue.TABS else "held"


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


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
    }
    if request.htmx and request.GET.get("before"):  # type: ignore[attr-defined]
        return render(request, f"{QUEUE_TEMPLATE}#card-page", context)
    return render(request, QUEUE_TEMPLATE, context)


def _back_to_queue(tab: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{reverse('moderation:queue')}?{urlencode({'tab': tab})}")


@require_POST
@moderator_required
def prayer_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Approve, reject, remove or ban on one card."""
    prayer = get_object_or_404(
        apps.get_model("prayers", "Prayer").objects.select_related("wall"), pk=pk
    )
    form = ActionForm(request.POST)
    tab = _tab(request)
    if not form.is_valid():
        messages.error(request, "Choose approve, reject, remove or ban.")
        return _back_to_queue(tab)
    data = form.cleaned_data
    try:
        services.prayer_moderate(
            prayer=prayer, action=data["action"], actor=request.user,
            reason=data["reason"], duration=data["duration"] or "7",
        )  # fmt: skip
    except services.ActionRefused as refused:
        outcome, level = refused.message, messages.ERROR
    else:
        outcome, level = f"Prayer #{pk} {services.PAST_TENSE[data['action']]}.", messages.SUCCESS
    if request.htmx:  # type: ignore[attr-defined]
        context = {"prayer": prayer, "outcome": outcome, "level": level, "tab": tab}
        context.update(counts=queue.tab_counts(), tabs=queue.TABS)
        return render(request, f"{QUEUE_TEMPLATE}#card-done", context)
    messages.add_message(request, level, outcome)
    return _back_to_queue(tab)


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
    prayers = apps.get_model("prayers", "Prayer").objects.filter(pk__in=data["ids"])
    done, refused = services.prayers_moderate(
        prayers=prayers.order_by("pk"), action=data["action"], actor=request.user,
        reason=data["reason"], duration=data["duration"] or "7",
    )  # fmt: skip
    messages.success(request, f"{done} prayer(s) {services.PAST_TENSE[data['action']]}.")
    for message in refused:
        messages.error(request, message)
    return _back_to_queue(tab)


# --- the audit trail ------------------------------------------------------------------


def _walls() -> list[tuple[int, str]]:
    return list(apps.get_model("prayers", "Wall").objects.values_list("pk", "title"))


def _events(request: HttpRequest) -> tuple[EventFilterForm, Any]:
    form = EventFilterForm(request.GET or None, walls=_walls())
    events = ModerationEvent.objects.matching(**form.filters()) if form.is_bound else None
    return form, (events if events is not None else ModerationEvent.objects.all())


@require_GET
@moderator_required
def event_list(request: HttpRequest) -> HttpResponse:
    """Every moderation change, newest first, filtered; ``?before=<id>`` continues."""
    form, events = _events(request)
    before = _int(request.GET.get("before"))
    if before:
        events = events.filter(pk__lt=before)
    rows = list(events.for_listing().order_by("-id")[: EVENTS_PAGE_SIZE + 1])
    more = rows[EVENTS_PAGE_SIZE - 1].pk if len(rows) > EVENTS_PAGE_SIZE else None
    query = request.GET.copy()
    query.pop("before", None)
    context = {
        "form": form,
        "events": rows[:EVENTS_PAGE_SIZE],
        "more": more,
        "query": query.urlencode(),
        "actions": _known_actions(),
    }
    return render(request, "moderation/event_list.html", context)


def _known_actions() -> list[str]:
    return list(
        ModerationEvent.objects.order_by("action").values_list("action", flat=True).distinct()
    )


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value: Any) -> str:
    """A CSV cell that spreadsheets will not run as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def _csv_rows(events: Any) -> Iterator[list[str]]:
    yield ["time", "action", "actor", "prayer", "wall", "target", "reasons", "scores"]
    for event in events.iterator(chunk_size=500):
        wall = event.prayer.wall if event.prayer_id else ""
        actor = event.actor.get_username() if event.actor_id else "system"
        scores = "; ".join(f"{k}={v}" for k, v in event.scores.items())
        row = [event.created_at.isoformat(), event.action, actor, event.prayer_id or "", wall]
        row += [event.target_repr, "; ".join(map(str, event.reasons)), scores]
        yield [_cell(value) for value in row]


@require_GET
@moderator_required
def event_export(request: HttpRequest) -> StreamingHttpResponse:
    """The filtered audit trail as CSV (UTF-8), streamed."""
    _, events = _events(request)
    writer = csv.writer(_Echo())
    rows = (writer.writerow(row) for row in _csv_rows(events.for_listing().order_by("-id")))
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="moderation-events.csv"'
    return response
