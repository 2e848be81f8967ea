"""Read models of the moderator queue: tabs, one page of cards, tab counts.

A page costs a fixed number of queries whatever the queue's size: the counts, the
page of prayers with their walls, their audit entries, and the authors' other prayers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from vigil.core.models import LogEntry
from vigil.moderation.terms import find_terms
from vigil.prayers.models import Prayer
from vigil.prayers.states import PrayerAction
from vigil.review import reasons

Status = Prayer.Status
PAGE_SIZE = 25
COUNT_CAP = 999
OTHER_PRAYERS_SCAN = 500
OTHER_PRAYERS_SHOWN = 5
TABS: dict[str, Promise] = {
    "held": pgettext_lazy("moderation queue tab", "Held"),
    "reported": pgettext_lazy("moderation queue tab", "Reported"),
    "rejected": pgettext_lazy("moderation queue tab", "Rejected"),
    "published": pgettext_lazy("moderation queue tab", "Recently published"),
}
_TERM_TITLES = {"banned": _("banned term"), "suspect": _("suspect term")}
_DECISIONS = {PrayerAction.PUBLISHED, PrayerAction.HELD, PrayerAction.REJECTED, PrayerAction.SPAM}


def tab_filter(tab: str) -> Q:
    if tab == "reported":
        return Q(report_count__gt=0, status__in=[Status.PUBLISHED, Status.HELD])
    return Q(status={"held": Status.HELD, "rejected": Status.REJECTED}.get(tab, Status.PUBLISHED))


_COUNT_ORDER = {"reported": ("-id",)}


def _capped(tab: str) -> QuerySet[Prayer, Any]:
    """The first ``COUNT_CAP + 1`` prayers of ``tab``, to be counted (see ``tab_counts``)."""
    prayers = Prayer.objects.filter(tab_filter(tab)).order_by(*_COUNT_ORDER.get(tab, ()))
    return prayers.values("pk")[: COUNT_CAP + 1]


def tab_counts() -> dict[str, int]:
    """How many prayers each tab holds, in one query, each counted up to ``COUNT_CAP + 1``
    (the page shows "999+"): an exact count of a million published prayers would cost
    seconds on every view of the queue. A status tab is counted unordered, so the
    database stops after that many entries of the status index; the reported tab in the
    order of its partial index (without it, SQLite walks the status index instead)."""
    parts: list[str] = []
    params: list[Any] = []
    for tab in TABS:
        sql, sub_params = _capped(tab).query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) capped_{tab})")  # noqa: S608 - ORM SQL
        params.extend(sub_params)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        row = cursor.fetchone()
    return {tab: int(count) for tab, count in zip(TABS, row, strict=True)}


def held_count() -> int:
    """The prayers waiting in the Held tab, counted up to ``COUNT_CAP + 1`` like the tabs."""
    return _capped("held").count()


@dataclass
class Card:
    """One prayer as the queue shows it."""

    prayer: Prayer
    decision: LogEntry | None
    history: list[LogEntry]
    others: list[Prayer] = field(default_factory=list)

    @property
    def text_html(self) -> SafeString:
        return highlight(self.prayer.text, self.prayer.language)

    @property
    def name_html(self) -> SafeString:
        return highlight(self.prayer.name, self.prayer.language)

    @property
    def suggested_reason(self) -> str:
        """The reason to reject that its automatic check or readers' reports suggest."""
        codes = list(self.decision.reasons) if self.decision else []
        codes += [code for entry in self.history for code in entry.reasons]
        return reasons.suggested_reason(codes)

    @property
    def scores(self) -> list[tuple[str, float]]:
        scores = self.decision.scores if self.decision else {}
        return sorted(scores.items(), key=lambda item: -item[1])


def page(tab: str, before: int | None, size: int = PAGE_SIZE) -> tuple[list[Card], int | None]:
    """One page of ``tab``, newest first (keyset on id), and the id to continue before."""
    prayers = Prayer.objects.filter(tab_filter(tab)).select_related("wall").order_by("-id")
    if before:
        prayers = prayers.filter(pk__lt=before)
    rows = list(prayers[: size + 1])
    more = rows[size - 1].pk if len(rows) > size else None
    rows = rows[:size]
    entries = entries_by_prayer([prayer.pk for prayer in rows])
    others = _other_prayers(rows)
    return [_card(prayer, entries[prayer.pk], others) for prayer in rows], more


def card_for(prayer: Prayer) -> Card:
    """One prayer's card, as a page would show it (after an undo brings it back)."""
    return _card(prayer, entries_by_prayer([prayer.pk])[prayer.pk], _other_prayers([prayer]))


def entries_by_prayer(ids: list[int]) -> dict[int, list[LogEntry]]:
    """The audit entries of these prayers, newest first, in one query."""
    grouped: dict[int, list[LogEntry]] = defaultdict(list)
    if not ids:
        return grouped
    entries = LogEntry.objects.for_objects(Prayer, ids).select_related("actor")
    for entry in entries.order_by("-created_at", "-id"):
        grouped[entry.object_id or 0].append(entry)
    return grouped


def _card(prayer: Prayer, history: list[LogEntry], others: list[Prayer]) -> Card:
    decision = next((e for e in history if e.action in _DECISIONS and e.actor_id is None), None)
    mine = [other for other in others if _same_author(prayer, other)]
    return Card(prayer, decision, history[:6], mine[:OTHER_PRAYERS_SHOWN])


def _same_author(prayer: Prayer, other: Prayer) -> bool:
    if other.pk == prayer.pk:
        return False
    same_client = prayer.client_hash and other.client_hash == prayer.client_hash
    return bool(same_client or (prayer.email_hash and other.email_hash == prayer.email_hash))


def _other_prayers(rows: list[Prayer]) -> list[Prayer]:
    """Recent prayers by the authors of ``rows`` (one query, capped)."""
    clients = {p.client_hash for p in rows if p.client_hash}
    emails = {p.email_hash for p in rows if p.email_hash}
    if not clients and not emails:
        return []
    author = Q(client_hash__in=clients) | Q(email_hash__in=emails)
    fields = ["id", "wall__title", "wall__key", "wall__title_translations", "name", "text"]
    fields += ["status", "created_at", "client_hash"]
    others = Prayer.objects.filter(author).select_related("wall").order_by("-id")
    return list(others.only(*fields, "email_hash", "wall_id")[:OTHER_PRAYERS_SCAN])


def highlight(text: str, language: str = "en") -> SafeString:
    """``text`` escaped, with listed terms wrapped in ``<mark>`` (banned or suspect)."""
    pieces: list[str] = []
    last = 0
    for hit in find_terms(text, [language or "en"]):
        if hit.start < last:
            continue
        pieces.append(escape(text[last : hit.start]))
        word = escape(text[hit.start : hit.end])
        title = escape(_TERM_TITLES.get(hit.kind, hit.kind))
        pieces.append(f'<mark class="term term-{hit.kind}" title="{title}">{word}</mark>')
        last = hit.end
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above
