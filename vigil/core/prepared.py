"""Read queries of the prayer post, written by the ORM once and run with new values.

Building a query costs the ORM far more CPU than the database spends answering it on an
index: on the 2-core benchmark machine ``Ban.objects.matching(…).exists()`` took about
0.8 ms to build and 0.02 ms to run on SQLite, and a post asks four such questions.
``Prepared`` has the ORM build the query once per database and shape with marker values
in place of the ones that change (a hash, a time), remembers its SQL and which
parameters the markers became, and afterwards runs that SQL with the new values. The SQL
is still the ORM's own (the models' tables, lookups and the database's dialect), so it
stays the query the models describe; only the building is skipped.

    BANNED = Prepared(
        lambda shape, value: Ban.objects.filter(value=value), result=Prepared.EXISTS
    )
    BANNED(None, value="abc")            # True or False

``build(shape, **values)`` returns the queryset. ``shape`` names a variant whose SQL
differs (a condition dropped when a value is empty); each shape is built once, and is
passed only the values it uses.

Values may be strings, integers or aware datetimes; each must reach the SQL as one
parameter of its own (an ``__in`` list or an expression that transforms it would not).
A value the compiled SQL does not carry raises ``ValueError`` at the first call, so a
query that cannot be prepared fails in the tests, not later.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from django.db import connections, router
from django.db.models import QuerySet

__all__ = ["Prepared"]


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: list[Any]
    slots: list[tuple[int, str]]  # (position among the parameters, name of the value)
    # position in a row: (the ORM's converters of its value, the column's expression)
    converters: dict[int, Any]


def _marker(index: int, value: Any) -> Any:
    """A value of ``value``'s type that no real query passes."""
    if isinstance(value, bool):
        raise TypeError("booleans are not prepared values: build a shape for each")
    if isinstance(value, str):
        return f"\x00prepared-{index}\x00"
    if isinstance(value, int):
        # inside the range of every integer field, small and positive ones included
        # (Django drops a comparison with a value outside a field's range)
        return 31_337 - index
    if isinstance(value, dt.datetime):
        return dt.datetime(1971, 2, 3, 4, 5, 6, 100 + index, tzinfo=dt.UTC)
    raise TypeError(f"cannot prepare a value of type {type(value).__name__}")


class Prepared:
    """A read query the ORM builds once per database and shape (see the module)."""

    EXISTS = "exists"
    COUNT = "count"
    ROW = "row"
    INSTANCE = "instance"

    def __init__(
        self,
        build: Callable[..., QuerySet[Any]],
        *,
        result: str,
    ) -> None:
        """``result`` is ``EXISTS`` (a bool), ``COUNT`` (the query's rows, counted by
        the database), ``ROW`` (its first row as a tuple, or None) or ``INSTANCE`` (its
        first object with every concrete field loaded, as ``.first()`` without an order
        gives it, or None)."""
        self._build = build
        self._result = result
        self._lock = threading.Lock()
        self._compiled: dict[tuple[str, Hashable], _Compiled] = {}

    def __call__(self, shape: Hashable, /, **values: Any) -> Any:
        alias = router.db_for_read(self._model(shape, values))
        key = (alias, shape)
        compiled = self._compiled.get(key)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(key) or self._compile(alias, shape, values)
                self._compiled[key] = compiled
        connection = connections[alias]
        bound = list(compiled.params)
        for position, name in compiled.slots:
            bound[position] = self._adapt(connection, values[name])
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, bound)
            row = cursor.fetchone()
        if row is not None and compiled.converters:
            row = list(row)
            for position, (converters, expression) in compiled.converters.items():
                for convert in converters:
                    row[position] = convert(row[position], expression, connection)
        if self._result == self.EXISTS:
            return row is not None
        if self._result == self.COUNT:
            return int(row[0])
        if row is None:
            return None
        if self._result == self.INSTANCE:
            model = self._model(shape, values)
            return model.from_db(alias, [f.attname for f in model._meta.concrete_fields], row)
        return tuple(row)

    def _model(self, shape: Hashable, values: dict[str, Any]) -> type[Any]:
        model = getattr(self, "_queryset_model", None)
        if model is None:
            model = self._build(shape, **values).model
            self._queryset_model = model
        return model

    @staticmethod
    def _adapt(connection: Any, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return connection.ops.adapt_datetimefield_value(value)
        return value

    def _compile(self, alias: str, shape: Hashable, values: dict[str, Any]) -> _Compiled:
        connection = connections[alias]
        markers = {
            name: _marker(index, value) for index, (name, value) in enumerate(values.items())
        }
        queryset = self._build(shape, **markers)
        query = queryset.query
        if self._result == self.EXISTS:
            query = query.exists()
        elif self._result in (self.ROW, self.INSTANCE):
            if self._result == self.INSTANCE:
                fields = [f.attname for f in queryset.model._meta.concrete_fields]
                query = queryset.values_list(*fields).query
            query = query.chain()
            query.set_limits(high=1)
        compiler = query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        converters: dict[int, Any] = {}
        if self._result in (self.ROW, self.INSTANCE):
            converters = compiler.get_converters(
                [s[0] for s in compiler.select[: compiler.col_count]]
            )
        if self._result == self.COUNT:
            sql = f"SELECT COUNT(*) FROM ({sql}) subquery"  # noqa: S608 (the ORM's SQL)
        adapted = {self._adapt(connection, marker): name for name, marker in markers.items()}
        slots = [
            (position, adapted[param])
            for position, param in enumerate(params)
            if _hashable(param) and param in adapted
        ]
        missing = set(markers) - {name for _, name in slots}
        if missing:
            raise ValueError(
                f"the SQL of this query does not carry {sorted(missing)} as parameters of "
                "their own; prepare a query that compares them directly"
            )
        return _Compiled(sql, list(params), slots, converters)


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True
