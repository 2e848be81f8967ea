"""``Prepared`` answers what the ORM's own query answers, one query a call, on SQLite
and PostgreSQL (the suite runs on both)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils import timezone

from vigil.core.models import LogEntry
from vigil.core.prepared import Prepared

pytestmark = pytest.mark.django_db


def _entries(shape: tuple[str, ...], **values: Any) -> QuerySet[LogEntry]:
    where = Q()
    for name in shape:
        where |= Q(**{name: values[name]})
    return LogEntry.objects.filter(where, created_at__gte=values["since"]).exclude(
        target_repr="hidden"
    )


@pytest.fixture
def entries() -> list[LogEntry]:
    now = timezone.now()
    kind = ContentType.objects.get_for_model(LogEntry)
    rows = [
        ("prayer.held", "a", 1, now - timedelta(hours=1)),
        ("prayer.held", "b", 2, now - timedelta(days=3)),
        ("prayer.rejected", "c", 2, now - timedelta(minutes=5)),
        ("prayer.rejected", "hidden", 3, now),
        ("prayer.published", "d", 4, now - timedelta(days=40)),
    ]
    made = []
    for action, target, object_id, at in rows:
        entry = LogEntry.objects.create(
            action=action, target_repr=target, object_id=object_id, content_type=kind
        )
        LogEntry.objects.filter(pk=entry.pk).update(created_at=at)
        made.append(entry)
    return made


SHAPES: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("action",), {"action": "prayer.held"}),
    (("action",), {"action": "prayer.rejected"}),
    (("action",), {"action": "nothing"}),
    (("action", "object_id"), {"action": "prayer.published", "object_id": 2}),
    (("target_repr", "object_id"), {"target_repr": "a", "object_id": 4}),
]


@pytest.mark.parametrize("days", [0.01, 1, 5, 60])
@pytest.mark.parametrize(("shape", "values"), SHAPES)
def test_exists_and_count_agree_with_the_orm(
    entries: list[LogEntry], shape: tuple[str, ...], values: dict[str, Any], days: float
) -> None:
    since = timezone.now() - timedelta(days=days)
    exists = Prepared(_entries, result=Prepared.EXISTS)
    count = Prepared(_entries, result=Prepared.COUNT)
    expected = _entries(shape, since=since, **values)  # as the ORM runs it
    assert exists(shape, since=since, **values) is expected.exists()
    assert count(shape, since=since, **values) == expected.count()
    # and again, from the SQL kept by the first call of each shape
    assert count(shape, since=since, **values) == expected.count()


def test_a_row_is_the_first_row_of_the_query(entries: list[LogEntry]) -> None:
    first = Prepared(
        lambda shape, action: (
            LogEntry.objects.filter(action=action)
            .order_by("object_id")
            .values_list("object_id", "target_repr")
        ),
        result=Prepared.ROW,
    )
    assert first(None, action="prayer.held") == (1, "a")
    assert first(None, action="prayer.rejected") == (2, "c")
    assert first(None, action="nothing") is None


def test_each_call_is_one_query(entries: list[LogEntry], django_assert_num_queries: Any) -> None:
    count = Prepared(_entries, result=Prepared.COUNT)
    since = timezone.now() - timedelta(days=1)
    count(("action",), since=since, action="prayer.held")  # builds the SQL
    with django_assert_num_queries(1):
        assert count(("action",), since=since, action="prayer.held") == 1


def test_a_value_the_sql_does_not_carry_as_it_is_is_refused(entries: list[LogEntry]) -> None:
    # "contains" wraps the value in wildcards: the SQL cannot take a new one in its place
    wrapped = Prepared(
        lambda shape, part: LogEntry.objects.filter(action__contains=part),
        result=Prepared.EXISTS,
    )
    with pytest.raises(ValueError, match="part"):
        wrapped(None, part="held")


def test_booleans_are_shapes_not_values() -> None:
    flagged = Prepared(
        lambda shape, flag: LogEntry.objects.filter(actor__isnull=flag), result=Prepared.EXISTS
    )
    with pytest.raises(TypeError):
        flagged(None, flag=True)


def test_an_instance_is_the_object_the_orm_loads(entries: list[LogEntry]) -> None:
    one = Prepared(lambda shape, pk: LogEntry.objects.filter(pk=pk), result=Prepared.INSTANCE)
    entry = entries[1]
    LogEntry.objects.filter(pk=entry.pk).update(data={"reasons": ["a", "b"]})
    loaded, expected = one(None, pk=entry.pk), LogEntry.objects.get(pk=entry.pk)
    assert isinstance(loaded, LogEntry)
    fields = [field.attname for field in LogEntry._meta.concrete_fields]
    # converted as the ORM converts them: a datetime, a dict from JSON
    assert [getattr(loaded, name) for name in fields] == [
        getattr(expected, name) for name in fields
    ]
    assert loaded.reasons == ["a", "b"] and loaded.created_at.tzinfo is not None
    assert one(None, pk=entry.pk + 1000) is None
