"""``manage.py backup`` and ``restore``: back up, change the data, restore, and the data
is back; on SQLite (online backup) and on PostgreSQL (pg_dump / pg_restore)."""

from __future__ import annotations

import shutil
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

User = get_user_model()

pytestmark = pytest.mark.django_db(transaction=True)


def _needs(engine: str) -> None:
    if connection.vendor != engine:
        pytest.skip(f"DATABASE_URL is not {engine} (this runs under `make test-postgres`)")
    if engine == "postgresql" and not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump / pg_restore are not installed (Debian: postgresql-client)")


def _backup_change_restore(tmp_path, suffix: str) -> None:
    User.objects.create(username="kept")
    User.objects.create(username="deleted-after-backup")
    path = tmp_path / f"vigil{suffix}"
    out = StringIO()
    call_command("backup", str(path), stdout=out)
    assert "Backed up to" in out.getvalue() and path.stat().st_size > 0

    User.objects.filter(username="deleted-after-backup").delete()
    User.objects.filter(username="kept").update(username="renamed-after-backup")
    User.objects.create(username="added-after-backup")

    call_command("restore", str(path), interactive=False, stdout=StringIO())
    assert sorted(User.objects.values_list("username", flat=True)) == [
        "deleted-after-backup", "kept",
    ]  # fmt: skip
    User.objects.create(username="writable-after-restore")  # the sequences came back too


def test_sqlite_backup_and_restore(tmp_path):
    _needs("sqlite")
    _backup_change_restore(tmp_path, ".sqlite3")
    # The copy is one self-contained file, not a WAL database needing its -wal beside it.
    assert not list(tmp_path.glob("*-wal"))


def test_postgresql_backup_and_restore(tmp_path):
    _needs("postgresql")
    _backup_change_restore(tmp_path, ".pgdump")


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(tmp_path):
    User.objects.create(username="still-here")
    junk = tmp_path / "notes.txt"
    junk.write_text("not a backup\n" * 100)
    with pytest.raises(CommandError, match=r"notes\.txt: not a"):
        call_command("restore", str(junk), interactive=False)
    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore", str(tmp_path / "missing.dump"), interactive=False)
    assert User.objects.filter(username="still-here").exists()


def test_restore_asks_first(tmp_path, monkeypatch):
    path = tmp_path / "backup"
    call_command("backup", str(path), stdout=StringIO())
    User.objects.create(username="after")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="cancelled"):
        call_command("restore", str(path))
    assert User.objects.filter(username="after").exists()


def test_a_wrong_file_is_named_before_anyone_is_asked(tmp_path, monkeypatch):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a backup\n")

    def unexpected(prompt: str) -> str:
        raise AssertionError("asked about a file that cannot be restored")

    monkeypatch.setattr("builtins.input", unexpected)
    with pytest.raises(CommandError, match=r"notes\.txt: not a"):
        call_command("restore", str(junk))


def test_restore_with_no_one_to_answer_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "backup"
    call_command("backup", str(path), stdout=StringIO())
    User.objects.create(username="after")

    def closed(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", closed)
    with pytest.raises(CommandError, match=r"nothing changed\. Give --noinput"):
        call_command("restore", str(path))
    assert User.objects.filter(username="after").exists()


def test_restore_reads_the_backup_through_once(tmp_path, monkeypatch):
    """The command checks the file before asking, and the restore does not check it again
    (on PostgreSQL each check lists the whole dump with ``pg_restore --list``)."""
    from vigil.core import backups

    path = tmp_path / "backup"
    call_command("backup", str(path), stdout=StringIO())
    checks = []
    real_check = backups.check
    monkeypatch.setattr(
        backups, "check", lambda database, file: checks.append(file) or real_check(database, file)
    )
    call_command("restore", str(path), interactive=False, stdout=StringIO())
    assert checks == [path]
    backups.restore("default", path)  # called directly, it still checks first
    assert checks == [path, path]
