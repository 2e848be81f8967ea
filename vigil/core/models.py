"""The audit trail: one generic log of every state change worth keeping a record of.

Each app names its own action codes (a ``StrEnum`` of dotted codes such as
``prayer.held``) and writes entries with ``log_action`` inside the transaction of the
change it records. An entry points at its target by content type and id, and keeps a
short ``target_repr`` so it still reads when the target is gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class LogEntryQuerySet(models.QuerySet["LogEntry"]):
    def for_model(self, model: type[models.Model]) -> LogEntryQuerySet:
        return self.filter(content_type=ContentType.objects.get_for_model(model))

    def for_object(self, target: models.Model) -> LogEntryQuerySet:
        return self.for_model(type(target)).filter(object_id=target.pk)

    def for_objects(self, model: type[models.Model], ids: Iterable[int]) -> LogEntryQuerySet:
        return self.for_model(model).filter(object_id__in=list(ids))

    def matching(
        self,
        *,
        action: str = "",
        actor: int | str | None = None,
        since: Any = None,
        until: Any = None,
    ) -> LogEntryQuerySet:
        """Entries filtered as the audit page asks; ``actor="system"`` means no person."""
        entries = self
        if action:
            entries = entries.filter(action=action)
        if actor == "system":
            entries = entries.filter(actor__isnull=True)
        elif actor:
            entries = entries.filter(actor_id=actor)
        if since:
            entries = entries.filter(created_at__date__gte=since)
        if until:
            entries = entries.filter(created_at__date__lte=until)
        return entries


class LogEntry(models.Model):
    """One logged action (by a person, or by the system when ``actor`` is empty)."""

    action = models.CharField(max_length=60, db_index=True, help_text="e.g. prayer.held")
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    target_repr = models.CharField(max_length=200, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="log_entries",
        help_text="Empty when the system acted.",
    )
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)

    objects = LogEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "log entries"
        indexes = [models.Index(fields=["content_type", "object_id"], name="log_target")]

    def __str__(self) -> str:
        who = self.actor or "system"
        return f"{self.action} by {who}: {self.target_repr}"

    @property
    def reasons(self) -> list[str]:
        return list(self.data.get("reasons", []))

    @property
    def scores(self) -> dict[str, float]:
        return dict(self.data.get("scores", {}))


def log_action(
    action: str,
    *,
    target: models.Model | None = None,
    actor: Any = None,
    reasons: Iterable[str] = (),
    scores: dict[str, float] | None = None,
    **data: Any,
) -> LogEntry:
    """Write one audit entry; call it inside the transaction of the change it records."""
    entry = LogEntry(
        action=str(action),
        actor=actor if actor is not None and actor.pk else None,
        data={"reasons": list(reasons), "scores": dict(scores or {}), **data},
    )
    if target is not None:
        entry.content_type = ContentType.objects.get_for_model(type(target))
        entry.object_id = target.pk
        entry.target_repr = str(target)[:200]
    # The content type and the actor are rows already loaded: no query to check them again.
    entry.full_clean(exclude=["content_type", "actor"])
    entry.save()
    return entry


class EdgeCopy(models.Model):
    """A page Vigil's nginx keeps, under one cache version it was built from (a wall's):
    when that version is bumped, nginx is asked for the page again (``vigil.core.edge``)."""

    version_key = models.CharField(max_length=200)
    url = models.CharField(max_length=1000, help_text="scheme://host/path?query")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version_key", "url"], name="edge_copy_unique")
        ]

    def __str__(self) -> str:
        return f"{self.url} ({self.version_key})"
