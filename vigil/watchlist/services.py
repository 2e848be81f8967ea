"""State changes of the watch list: publishing and withdrawing an edition, importing
uploaded CSV files."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from vigil.watchlist.csvio import ImportFailed
from vigil.watchlist.exporter import export_directory
from vigil.watchlist.importer import import_directory
from vigil.watchlist.models import DatasetImport, Edition

logger = logging.getLogger("vigil.watchlist")


def _actor_name(actor: Any) -> str:
    return getattr(actor, "get_username", lambda: "system")() if actor else "system"


@transaction.atomic
def edition_publish(*, edition: Edition, at: datetime | None = None, actor: Any = None) -> Edition:
    """Set the edition's embargo to ``at`` (default: now) so it goes public then.

    Raises ``ValidationError`` listing every problem from ``Edition.publish_problems()``
    when something blocks publication; nothing is changed in that case.
    """
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    problems = edition.publish_problems()
    if problems:
        raise ValidationError(problems)
    edition.publish_at = at or timezone.now()
    edition.full_clean()
    edition.save(update_fields=["publish_at"])
    logger.info(
        "edition.published",
        extra={"edition": edition.year, "at": edition.publish_at, "actor": _actor_name(actor)},
    )
    return edition


@transaction.atomic
def edition_unpublish(*, edition: Edition, actor: Any = None) -> Edition:
    """Withdraw the edition from the public (clears its embargo time); staff still see it."""
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    edition.publish_at = None
    edition.full_clean()
    edition.save(update_fields=["publish_at"])
    logger.info("edition.unpublished", extra={"edition": edition.year, "actor": _actor_name(actor)})
    return edition


@transaction.atomic
def dataset_import(*, files: Mapping[str, bytes], actor: Any = None) -> DatasetImport:
    """Import uploaded dataset files (name -> content), all or nothing, and record it.

    A file that is not uploaded is taken from what Vigil holds now (its export), so an
    editor may send only the files they changed. The returned ``DatasetImport`` says
    whether anything was written and lists every problem by file, row and column.
    """
    with tempfile.TemporaryDirectory(prefix="vigil-import-") as tmp:
        directory = Path(tmp)
        export_directory(directory)
        for name, content in files.items():
            (directory / Path(name).name).write_bytes(content)
        record = DatasetImport(user=actor if getattr(actor, "pk", None) else None)
        record.files = sorted(files)
        try:
            record.summary = str(import_directory(directory))
            record.succeeded = True
        except ImportFailed as failed:
            record.errors = [
                {"file": e.file, "row": e.row, "column": e.column, "message": e.message}
                for e in failed.errors
            ]
    record.full_clean()
    record.save()
    logger.info(
        "dataset.imported" if record.succeeded else "dataset.import_failed",
        extra={"files": record.files, "problems": len(record.errors), "actor": _actor_name(actor)},
    )
    return record
