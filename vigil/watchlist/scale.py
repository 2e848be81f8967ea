"""Synthetic data at launch-day scale: countries, editions, prayers and "I prayed" marks.

``generate`` adds to whatever the database holds (the demo, usually), so the demo's
pages can be timed again on tables a thousand times larger. Small tables (countries,
editions, entries, walls) go through the ORM; the large ones (prayers, marks, audit
entries, reports) are streamed with ``COPY`` on PostgreSQL and ``executemany`` in
batches on SQLite, bypassing model instances, with every maintained counter
(``Wall.published_count``, ``Wall.language_counts``, ``Wall.prayed_count``,
``Prayer.prayed_count``, ``Prayer.report_count``) written consistent with the rows.

The data is seeded (the same arguments give the same rows on an empty database),
spread over two years, newest ids newest in time, and skewed as real walls are: the
first wall (Kazakhstan's when it exists) takes about a tenth of the prayers and the
others follow a Zipf-like curve.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import accumulate, islice
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django_countries import countries as all_countries

from vigil.core.models import LogEntry
from vigil.prayers.models import PrayedMark, Prayer, Report, Wall
from vigil.watchlist.models import Country, Edition, Entry

HOT_WALL_SHARE = 0.1
SPAN_DAYS = 730
# Status mix of generated prayers, roughly what a post-moderated site sees.
STATUS_MIX: tuple[tuple[str, float], ...] = (
    (Prayer.Status.PUBLISHED, 0.93),
    (Prayer.Status.HELD, 0.03),
    (Prayer.Status.REJECTED, 0.02),
    (Prayer.Status.REMOVED, 0.01),
    (Prayer.Status.SPAM, 0.01),
)
REPORTED_SHARE = 0.002
PRAYER_MARK_SHARE = 0.6  # of the marks: "Pray with" on prayers; the rest "I prayed" on walls
CLIENTS = 200_000
_ACTIONS = {
    Prayer.Status.HELD: "prayer.held",
    Prayer.Status.REJECTED: "prayer.rejected",
    Prayer.Status.REMOVED: "prayer.removed",
    Prayer.Status.SPAM: "prayer.spam",
}
_OPENINGS = (
    "Lord, we pray for",
    "Father, hold",
    "Praying tonight for",
    "We stand with",
    "Jesus, be near to",
    "God of all comfort, strengthen",
    "Remembering in prayer",
    "Holy Spirit, encourage",
)
_WHO = (
    "the believers",
    "the pastors",
    "the families of prisoners",
    "the young Christians",
    "the house churches",
    "the widows and orphans",
    "the new believers",
    "those who lost their homes",
)
_PLEAS = (
    "keep them steady and full of hope",
    "give them courage and wisdom",
    "provide food, shelter and safety",
    "let them know they are not forgotten",
    "protect them on the road and at home",
    "heal the wounded and comfort the grieving",
    "open the prison doors",
    "give their leaders wisdom and mercy",
)
_CLOSINGS = ("Amen.", "In Jesus' name.", "We are with you.", "Peace be with you.", "")
_NAMES = ("Anna", "Daniel", "Grace", "Samuel", "Maria", "Joseph", "Ruth", "Peter", "Esther")


@dataclass
class Plan:
    """What to generate. Counts of countries are totals (existing ones included);
    editions, prayers and marks are added."""

    countries: int = 200
    editions: int = 20
    prayers: int = 1_000_000
    marks: int = 5_000_000
    batch_size: int = 20_000
    seed: int = 1
    now: datetime = field(default_factory=timezone.now)


@dataclass
class Outcome:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def timed(self, name: str, started: float, count: int) -> None:
        self.counts[name] = count
        self.seconds[name] = time.perf_counter() - started


def generate(plan: Plan, progress: Callable[[str], None] = lambda line: None) -> Outcome:
    """Add ``plan``'s data to the database, in one transaction."""
    outcome = Outcome()
    rng = random.Random(plan.seed)
    _roomy_cache()
    with transaction.atomic():
        started = time.perf_counter()
        new_countries = _countries(plan.countries)
        outcome.timed("countries", started, len(new_countries))
        started = time.perf_counter()
        editions, entries = _editions(plan.editions, rng)
        outcome.timed("editions", started, editions)
        outcome.counts["entries"] = entries
        walls = _walls()
        progress(f"{len(new_countries)} countries, {editions} editions, {len(walls)} walls")
        started = time.perf_counter()
        writer = _RowWriter(plan.batch_size)
        marks = _prayers_and_marks(plan, rng, walls, writer, outcome, progress)
        outcome.timed("marks", started, marks)
        outcome.seconds["prayers and marks"] = outcome.seconds.pop("marks")
        writer.finish()
    _analyze()
    return outcome


def _analyze() -> None:
    """Fresh planner statistics after a bulk load, as autovacuum would leave them after a
    while: SQLite has none until ``ANALYZE`` runs, and without them picks the status
    index over the partial "reported" one; on PostgreSQL ``VACUUM`` also marks the new
    pages all-visible, without which an index-only scan (the queue's capped counts)
    still visits every row it counts."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA analysis_limit = 1000")
            cursor.execute("ANALYZE")
        else:  # VACUUM cannot run in a transaction (a test's, say): ANALYZE alone then
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


def _roomy_cache() -> None:
    """SQLite's page cache defaults to 2 MB: the random-order index inserts of a million
    prayers then go to disk and back. Give this connection 1 GB while it writes."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -1000000")


# Small tables, through the ORM.


def _countries(total: int) -> list[Country]:
    """Countries up to ``total``, taken in ISO order from those not yet present."""
    have = set(Country.objects.values_list("code", flat=True))
    slugs = set(Country.objects.values_list("slug", flat=True))
    missing = max(0, total - len(have))
    new: list[Country] = []
    for code, name in all_countries:
        if len(new) >= missing:
            break
        if code in have:
            continue
        slug = slugify(name)[:70] or code.lower()
        if slug in slugs:
            slug = f"{slug}-{code.lower()}"
        slugs.add(slug)
        new.append(Country(code=code, slug=slug, region="Generated"))
    return Country.objects.bulk_create(new)


def _editions(count: int, rng: random.Random) -> tuple[int, int]:
    """``count`` complete editions before the earliest one, ranking every country."""
    earliest = Edition.objects.order_by("year").values_list("year", flat=True).first()
    first = (earliest or timezone.now().year + 1) - count
    country_ids = list(Country.objects.order_by("pk").values_list("pk", flat=True))
    editions = Edition.objects.bulk_create(
        Edition(
            year=year,
            title=f"World Watch List {year} (generated)",
            publish_at=datetime(year, 1, 15, 9, tzinfo=UTC),
            complete=True,
            coverage_note="Generated data for scale tests.",
        )
        for year in range(max(first, 1), first + count)
    )
    entries: list[Entry] = []
    for edition in editions:
        order = country_ids[:]
        rng.shuffle(order)
        for rank, country_id in enumerate(order, start=1):
            score = Decimal(max(10, 100 - rank * 90 // len(order)))
            entries.append(Entry(edition=edition, country_id=country_id, rank=rank, score=score))
    Entry.objects.bulk_create(entries, batch_size=2000)
    return len(editions), len(entries)


def _walls() -> list[Wall]:
    """Every country's wall (created when missing) and every other wall; the first is
    the hot one (Kazakhstan's when present)."""
    have = set(Wall.objects.filter(country__isnull=False).values_list("country_id", flat=True))
    Wall.objects.bulk_create(
        Wall(key=f"country:{country.code}", title=country.name[:200], country=country)
        for country in Country.objects.exclude(pk__in=have)
    )
    walls = list(Wall.objects.order_by("pk"))
    walls.sort(key=lambda wall: wall.key != "country:KZ")
    return walls


# Large tables, streamed.


class _RowWriter:
    """Inserts rows of one model in batches: ``COPY`` on PostgreSQL, ``executemany`` else."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size
        self.postgres = connection.vendor == "postgresql"
        self.explicit_ids: set[type[models.Model]] = set()

    def write(
        self, model: type[models.Model], fields: Sequence[str], rows: Iterable[tuple[Any, ...]]
    ) -> int:
        if "id" in fields:
            self.explicit_ids.add(model)
        table = connection.ops.quote_name(model._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(_column(model, name)) for name in fields)
        written = 0
        with connection.cursor() as cursor:
            if self.postgres:
                with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                        written += 1
                return written
            marks = ", ".join(["%s"] * len(fields))
            sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608 - names from models
            while batch := list(islice(rows, self.batch_size)):
                cursor.executemany(sql, batch)
                written += len(batch)
        return written

    def finish(self) -> None:
        """Move PostgreSQL's id sequences past the ids written explicitly."""
        if self.postgres and self.explicit_ids:
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), list(self.explicit_ids)):
                    cursor.execute(sql)


def _column(model: type[models.Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field) and field.column
    return field.column


@dataclass
class _Tally:
    wall_published: dict[int, int] = field(default_factory=dict)
    wall_prayed: dict[int, int] = field(default_factory=dict)
    logged: list[tuple[int, str, str, datetime]] = field(default_factory=list)
    reported: list[tuple[int, datetime]] = field(default_factory=list)
    prayer_marks: list[tuple[int, int]] = field(default_factory=list)  # (prayer id, marks)


def _prayers_and_marks(
    plan: Plan,
    rng: random.Random,
    walls: list[Wall],
    writer: _RowWriter,
    outcome: Outcome,
    progress: Callable[[str], None],
) -> int:
    tally = _Tally()
    started = time.perf_counter()
    first_id = (Prayer.objects.aggregate(top=models.Max("pk"))["top"] or 0) + 1
    rows = _prayer_rows(plan, rng, walls, first_id, tally)
    fields = (
        "id", "wall", "name", "email", "email_hash", "text", "text_hash", "language",
        "status", "client_hash", "edit_token_hash", "prayed_count", "report_count",
        "created_at", "published_at",
    )  # fmt: skip
    written = writer.write(Prayer, fields, rows)
    outcome.timed("prayers", started, written)
    progress(f"{written} prayers in {outcome.seconds['prayers']:.1f} s")
    started = time.perf_counter()
    _audit_and_reports(plan, writer, tally, outcome)
    marks = writer.write(
        PrayedMark,
        ["target_type", "target_id", "visitor", "day"],
        _mark_rows(plan, rng, walls, tally),
    )
    _counters(tally)
    outcome.counts["marks"] = marks
    progress(f"{marks} marks in {time.perf_counter() - started:.1f} s")
    return marks


def _wall_picker(rng: random.Random, walls: list[Wall]) -> Callable[[], Wall]:
    """The hot wall ``HOT_WALL_SHARE`` of the time, else Zipf-like over the others."""
    others = walls[1:] or walls
    weights = list(accumulate(1 / rank for rank in range(1, len(others) + 1)))

    def pick() -> Wall:
        if rng.random() < HOT_WALL_SHARE:
            return walls[0]
        return rng.choices(others, cum_weights=weights)[0]

    return pick


def _prayer_rows(
    plan: Plan, rng: random.Random, walls: list[Wall], first_id: int, tally: _Tally
) -> Iterator[tuple[Any, ...]]:
    pick_wall = _wall_picker(rng, walls)
    statuses, weights = zip(*STATUS_MIX, strict=True)
    cum_weights = list(accumulate(weights))
    start = plan.now - timedelta(days=SPAN_DAYS)
    step = timedelta(days=SPAN_DAYS) / max(plan.prayers, 1)
    adapt = _datetime_adapter()
    published_share = weights[0]
    budget = int(plan.marks * PRAYER_MARK_SHARE)
    marks_per_prayer = budget / max(plan.prayers * published_share, 1)
    for offset in range(plan.prayers):
        pk = first_id + offset
        wall = pick_wall()
        status = rng.choices(statuses, cum_weights=cum_weights)[0]
        created = start + step * offset
        text = _text(rng, pk)
        published = created + timedelta(seconds=2) if status == Prayer.Status.PUBLISHED else None
        prayed = reports = 0
        if published is not None:
            tally.wall_published[wall.pk] = tally.wall_published.get(wall.pk, 0) + 1
            prayed = int(rng.expovariate(1 / marks_per_prayer)) if marks_per_prayer else 0
            prayed = min(prayed, budget)
            budget -= prayed
            if prayed:
                tally.prayer_marks.append((pk, prayed))
        if status in _ACTIONS:
            tally.logged.append((pk, _ACTIONS[status], text, created))
        if status in (Prayer.Status.PUBLISHED, Prayer.Status.HELD) and rng.random() < (
            REPORTED_SHARE
        ):
            reports = 1
            tally.reported.append((pk, created + timedelta(hours=1)))
        client = f"{created.year}{created.month:02d}:gen{rng.randrange(CLIENTS):06d}"
        digest = hashlib.sha256(text.encode()).hexdigest()
        yield (
            pk, wall.pk, rng.choice(_NAMES), "", "", text, digest, LANGUAGE, status, client, "",
            prayed, reports, adapt(created), adapt(published),
        )  # fmt: skip


LANGUAGE = "en"
"""The language of every generated prayer (their texts are English)."""


def _text(rng: random.Random, pk: int) -> str:
    parts = (rng.choice(_OPENINGS), rng.choice(_WHO), rng.choice(_PLEAS), rng.choice(_CLOSINGS))
    return f"{parts[0]} {parts[1]}: {parts[2]}. {parts[3]} (#{pk})"


def _datetime_adapter() -> Callable[[datetime | None], Any]:
    """Values as the backend stores them (SQLite wants text; COPY takes datetimes)."""
    if connection.vendor == "postgresql":
        return lambda value: value
    return connection.ops.adapt_datetimefield_value


def _audit_and_reports(plan: Plan, writer: _RowWriter, tally: _Tally, outcome: Outcome) -> None:
    """One system audit entry per prayer that is not published, one report per reported."""
    content_type = ContentType.objects.get_for_model(Prayer).pk
    adapt = _datetime_adapter()
    data = json.dumps({"reasons": ["generated"], "scores": {}})
    outcome.counts["audit entries"] = writer.write(
        LogEntry,
        ["action", "content_type", "object_id", "target_repr", "actor", "data", "created_at"],
        (
            (action, content_type, pk, f"#{pk} {text[:30]}", None, data, adapt(created))
            for pk, action, text, created in tally.logged
        ),
    )
    outcome.counts["reports"] = writer.write(
        Report,
        ["prayer", "reason", "note", "reporter", "weight", "created_at"],
        (
            (pk, Report.Reason.OTHER, "", f"g:reporter{pk}", 1.0, adapt(created))
            for pk, created in tally.reported
        ),
    )


def _mark_rows(
    plan: Plan, rng: random.Random, walls: list[Wall], tally: _Tally
) -> Iterator[tuple[Any, ...]]:
    """Marks for prayers (as many as each prayer's count, within a share of the marks),
    then walls up to ``plan.marks``; every visitor key is distinct, so the once-a-day
    constraint holds."""
    today = plan.now.date()
    days = [_date_value(today - timedelta(days=n)) for n in range(SPAN_DAYS)]
    number = 0
    for pk, count in tally.prayer_marks:
        for _ in range(count):
            number += 1
            yield (PrayedMark.Target.PRAYER, pk, f"g:{number:x}", days[number % SPAN_DAYS])
    pick_wall = _wall_picker(rng, walls)
    per_wall: dict[int, int] = {}
    for _ in range(plan.marks - number):
        wall = pick_wall()
        per_wall[wall.pk] = per_wall.get(wall.pk, 0) + 1
    for wall_id, count in sorted(per_wall.items()):
        tally.wall_prayed[wall_id] = count
        for _ in range(count):
            number += 1
            yield (PrayedMark.Target.WALL, wall_id, f"g:{number:x}", days[number % SPAN_DAYS])


def _date_value(day: date) -> Any:
    if connection.vendor == "postgresql":
        return day
    return connection.ops.adapt_datefield_value(day)


def _counters(tally: _Tally) -> None:
    """Bring the walls' maintained counters up to the rows written (the prayers' own
    counters were written with them)."""
    walls = Wall.objects.in_bulk(set(tally.wall_published) | set(tally.wall_prayed))
    for wall in walls.values():
        published = tally.wall_published.get(wall.pk, 0)
        wall.published_count += published
        if published:
            counts = dict(wall.language_counts)
            counts[LANGUAGE] = counts.get(LANGUAGE, 0) + published
            wall.language_counts = counts
        wall.prayed_count += tally.wall_prayed.get(wall.pk, 0)
    Wall.objects.bulk_update(
        walls.values(), ["published_count", "language_counts", "prayed_count"], batch_size=500
    )
