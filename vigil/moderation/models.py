"""Word lists moderators keep and the bans they set."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    """A word or phrase moderators list: banned terms reject, suspect terms hold."""

    class Kind(models.TextChoices):
        BANNED = "banned", _("Banned (reject)")
        SUSPECT = "suspect", _("Suspect (hold for review)")

    term = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SUSPECT)
    language = models.CharField(
        max_length=8, blank=True, help_text=_("Language code, e.g. en; empty for every language.")
    )
    note = models.CharField(max_length=200, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["kind", "term"]
        constraints = [
            models.UniqueConstraint(fields=["term", "language"], name="term_once_per_language"),
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.kind})"


class BanQuerySet(models.QuerySet["Ban"]):
    def active(self, now: datetime | None = None) -> BanQuerySet:
        now = now or timezone.now()
        return self.filter(models.Q(until__isnull=True) | models.Q(until__gt=now))

    def matching(
        self, *, client_hash: str = "", email_hash: str = "", now: datetime | None = None
    ) -> BanQuerySet:
        query = models.Q(pk__in=[])
        if client_hash:
            query |= models.Q(kind=Ban.Kind.CLIENT, value=client_hash)
        if email_hash:
            query |= models.Q(kind=Ban.Kind.EMAIL, value=email_hash)
        return self.active(now).filter(query)


class Ban(models.Model):
    """A hashed client or email that may not post. Client hashes rotate monthly, so a
    client ban lasts at most until the period ends; email bans last until ``until``."""

    class Kind(models.TextChoices):
        CLIENT = "client", _("Client (hashed address)")
        EMAIL = "email", _("Email (hashed)")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=80, db_index=True)
    reason = models.CharField(max_length=200)
    until = models.DateTimeField(null=True, blank=True, help_text=_("Empty: no end."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = BanQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ban: {self.reason}"
