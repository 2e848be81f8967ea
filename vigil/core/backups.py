"""Backups of the database to one file and back (``manage.py backup`` / ``restore``).

SQLite is copied with SQLite's online backup API, page by page in one read
transaction, so the copy is consistent while the site keeps writing; the copy is a
single self-contained file (rollback journal, no ``-wal`` beside it). PostgreSQL is
dumped by ``pg_dump`` in its custom format and read back by ``pg_restore`` in one
transaction, so a failed restore leaves the database as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.db import connections

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
SUFFIX = {SQLITE: ".sqlite3", POSTGRESQL: ".pgdump"}
# A restore waits this long for a lock held by a running server, then fails cleanly.
PG_LOCK_TIMEOUT = "30s"


def _settings(database: str) -> dict[str, Any]:
    if database not in connections.settings:
        raise CommandError(f"No database {database!r} in settings.DATABASES.")
    return dict(connections[database].settings_dict)


def engine_of(database: str) -> str:
    """``sqlite`` or ``postgresql``; a clear error for any other database."""
    engine = str(_settings(database)["ENGINE"])
    if engine.endswith("sqlite3"):
        return SQLITE
    if "postgresql" in engine:
        return POSTGRESQL
    raise CommandError(f"Backups support SQLite and PostgreSQL, not {engine}.")


def describe(database: str) -> str:
    db = _settings(database)
    if engine_of(database) == SQLITE:
        return f"the SQLite database {db['NAME']}"
    return f"the PostgreSQL database {db['NAME']!r} on {db.get('HOST') or 'localhost'}"


def backup(database: str, path: Path) -> None:
    """Write a consistent copy of ``database`` to ``path`` (replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if engine_of(database) == SQLITE:
            _sqlite_copy(Path(_settings(database)["NAME"]), partial, journal_mode="DELETE")
        else:
            _pg_run("pg_dump", database, "--format=custom", "--no-owner", "--no-privileges",
                    f"--file={partial}")  # fmt: skip
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def check(database: str, path: Path) -> None:
    """Raise ``CommandError`` unless ``path`` is a backup ``restore`` can read into
    ``database``."""
    if not path.is_file():
        raise CommandError(f"{path}: no such backup file.")
    if engine_of(database) == SQLITE:
        _check_sqlite(path, database)
    else:
        _check_pgdump(path, database)


def restore(database: str, path: Path, *, checked: bool = False) -> None:
    """Replace the data of ``database`` with the backup at ``path``, after ``check``
    unless the caller has ``checked`` it already."""
    if not checked:
        check(database, path)
    engine = engine_of(database)
    connections[database].close()
    if engine == SQLITE:
        _sqlite_copy(path, Path(_settings(database)["NAME"]), journal_mode="WAL")
    else:
        _pg_run("pg_restore", database, "--clean", "--if-exists", "--no-owner",
                "--no-privileges", "--single-transaction", "--exit-on-error",
                f"--dbname={_settings(database)['NAME']}", str(path))  # fmt: skip


def _sqlite_copy(source: Path, target: Path, *, journal_mode: str) -> None:
    with (
        closing(sqlite3.connect(source, timeout=20)) as src,
        closing(sqlite3.connect(target, timeout=20)) as dst,
    ):
        src.backup(dst)
        dst.execute(f"PRAGMA journal_mode={journal_mode}")


def _check_sqlite(path: Path, database: str) -> None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise CommandError(f"{path}: not a SQLite backup ({error}).") from None
    if not ok or "django_migrations" not in tables:
        raise CommandError(f"{path}: not a backup of this site's SQLite database.")


def _check_pgdump(path: Path, database: str) -> None:
    listed = _pg_run("pg_restore", database, "--list", str(path), check=False)
    if listed.returncode != 0 or "django_migrations" not in listed.stdout:
        raise CommandError(f"{path}: not a pg_dump custom-format backup of this site.")


def _pg_run(
    program: str, database: str, *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    executable = shutil.which(program)
    if executable is None:
        raise CommandError(f"{program} is missing (Debian: apt-get install postgresql-client).")
    result = subprocess.run(  # noqa: S603 - fixed program, arguments from settings
        [executable, *args], env=_pg_env(database), capture_output=True, text=True, check=False
    )
    if check and result.returncode != 0:
        raise CommandError(f"{program} failed: {result.stderr.strip()}")
    return result


def _pg_env(database: str) -> dict[str, str]:
    """libpq's variables for the database: the password never appears on a command line."""
    db = _settings(database)
    values = {
        "PGHOST": db.get("HOST"), "PGPORT": db.get("PORT"), "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"), "PGDATABASE": db.get("NAME"),
        "PGOPTIONS": f"-c lock_timeout={PG_LOCK_TIMEOUT}",
    }  # fmt: skip
    return {**os.environ, **{key: str(value) for key, value in values.items() if value}}
