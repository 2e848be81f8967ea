"""Reading CSV rows with errors that name the file, row and column.

Every getter records a problem instead of raising, so one pass over a file
reports all of its problems at once; the caller decides whether anything may
be written (imports are all-or-nothing).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.utils.dateparse import parse_datetime


@dataclass(frozen=True)
class RowError:
    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}" if self.row else self.file
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class ImportFailed(Exception):
    """Raised with every problem found; nothing was written."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} problem(s); nothing was imported.")


@dataclass
class Row:
    """One data row; ``line`` is its line number in the file (the header is line 1)."""

    file: str
    line: int
    data: dict[str, str]
    errors: list[RowError] = field(repr=False)

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.file, self.line, column, message))

    def text(self, column: str, *, required: bool = False, max_length: int = 0) -> str:
        value = (self.data.get(column) or "").strip()
        if required and not value:
            self.error(column, "is required but empty.")
        if max_length and len(value) > max_length:
            self.error(column, f"is {len(value)} characters long; the limit is {max_length}.")
        return value

    def integer(self, column: str, *, required: bool = False) -> int | None:
        value = self.text(column, required=required)
        if not value:
            return None
        try:
            number = int(value)
        except ValueError:
            self.error(column, f"'{value}' is not a whole number.")
            return None
        if number < 0:
            self.error(column, f"{number} is negative.")
            return None
        return number

    def decimal(self, column: str, *, maximum: Decimal) -> Decimal | None:
        value = self.text(column)
        if not value:
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            self.error(column, f"'{value}' is not a number.")
            return None
        if not number.is_finite():  # "NaN", which no comparison accepts, or "Infinity"
            self.error(column, f"'{value}' is not a number.")
            return None
        if not Decimal(0) <= number <= maximum:
            self.error(column, f"{value} is outside 0–{maximum}.")
            return None
        return number

    def day(self, column: str) -> date | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.error(column, f"'{value}' is not a date like 2014-01-15.")
            return None

    def moment(self, column: str) -> datetime | None:
        value = self.text(column)
        if not value:
            return None
        try:
            parsed = parse_datetime(value.replace("Z", "+00:00"))
        except ValueError:  # well formed, but no such day or time ("2020-13-45T99:00")
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            self.error(column, f"'{value}' is not a date and time like 2014-01-15T09:00:00Z.")
            return None
        return parsed

    def boolean(self, column: str) -> bool:
        value = self.text(column).lower()
        if value not in {"", "true", "false", "yes", "no", "1", "0"}:
            self.error(column, f"'{value}' is not true or false.")
        return value in {"true", "yes", "1"}

    def codes(self, column: str) -> list[str]:
        """A ``;``-separated list such as source ids ``S01;S09``."""
        return [code.strip() for code in self.text(column).split(";") if code.strip()]


def read_rows(path: Path, columns: tuple[str, ...], errors: list[RowError]) -> Iterator[Row]:
    """Yield the rows of a CSV file, after checking that its header has ``columns``."""
    name = path.name
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        errors.append(RowError(name, 0, "", f"cannot be read ({exc.strerror})."))
        return
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as exc:
            errors.append(RowError(name, 1, "", f"is not a readable UTF-8 CSV file ({exc})."))
            return
        missing = [column for column in columns if column not in header]
        if missing:
            errors.append(RowError(name, 1, ", ".join(missing), "missing from the header row."))
            return
        try:
            for data in reader:
                if not any((value or "").strip() for value in data.values()):
                    continue
                yield Row(name, reader.line_num, data, errors)
        except (csv.Error, UnicodeDecodeError) as exc:
            errors.append(RowError(name, reader.line_num, "", f"cannot be parsed ({exc})."))
