"""Word lists, bans and the audit trail of every moderation decision."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from vigil.moderation.engine.classifier import LABELS
from vigil.moderation.engine.policy import DEFAULT_THRESHOLDS, Thresholds


class Term(models.Model):
    """A word or phrase moderators list: banned terms reject, suspect terms hold."""

    class Kind(models.TextChoices):
        BANNED = "banned", "Banned (reject)"
        SUSPECT = "suspect", "Suspect (hold for review)"

    term = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SUSPECT)
    language = models.CharField(
        max_length=8, blank=True, help_text="Language code, e.g. en; empty for every language."
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
    def active(self) -> BanQuerySet:
        now = timezone.now()
        return self.filter(models.Q(until__isnull=True) | models.Q(until__gt=now))

    def matching(self, *, client_hash: str = "", email_hash: str = "") -> BanQuerySet:
        query = models.Q(pk__in=[])
        if client_hash:
            query |= models.Q(kind=Ban.Kind.CLIENT, value=client_hash)
        if email_hash:
            query |= models.Q(kind=Ban.Kind.EMAIL, value=email_hash)
        return self.active().filter(query)


class Ban(models.Model):
    """A hashed client or email that may not post. Client hashes rotate monthly, so a
    client ban lasts at most until the period ends; email bans last until ``until``."""

    class Kind(models.TextChoices):
        CLIENT = "client", "Client (hashed address)"
        EMAIL = "email", "Email (hashed)"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=80, db_index=True)
    reason = models.CharField(max_length=200)
    until = models.DateTimeField(null=True, blank=True, help_text="Empty: no end.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = BanQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ban: {self.reason}"


class ModerationEventQuerySet(models.QuerySet["ModerationEvent"]):
    def for_prayer(self, prayer_id: int) -> ModerationEventQuerySet:
        return self.filter(prayer_id=prayer_id)

    def matching(
        self,
        *,
        action: str = "",
        actor: int | str | None = None,
        since: Any = None,
        until: Any = None,
        wall: int | None = None,
    ) -> ModerationEventQuerySet:
        """Events filtered as the audit page asks; ``actor="system"`` means no person."""
        events = self
        if action:
            events = events.filter(action=action)
        if actor == "system":
            events = events.filter(actor__isnull=True)
        elif actor:
            events = events.filter(actor_id=actor)
        if since:
            events = events.filter(created_at__date__gte=since)
        if until:
            events = events.filter(created_at__date__lte=until)
        if wall:
            events = events.filter(prayer__wall_id=wall)
        return events

    def for_listing(self) -> ModerationEventQuerySet:
        return self.select_related("actor", "prayer__wall")


class ModerationEvent(models.Model):
    """One moderation decision (system or moderator), written with the change it records."""

    action = models.CharField(max_length=60, db_index=True, help_text="e.g. prayer.held")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_events",
        help_text="Empty when the system decided.",
    )
    prayer = models.ForeignKey(
        "prayers.Prayer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_events",
    )
    target_repr = models.CharField(max_length=200, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    scores = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)

    objects = ModerationEventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        who = self.actor or "system"
        return f"{self.action} by {who}: {self.target_repr}"


def validate_thresholds(value: Any) -> None:
    """``{"hold": {label: bar}, "reject": {label: bar}, "uncertain_factor": f}``, all optional."""
    if not isinstance(value, dict):
        raise ValidationError('Write an object such as {"hold": {"insult": 0.5}}.')
    unknown = set(value) - {"hold", "reject", "uncertain_factor"}
    if unknown:
        raise ValidationError(
            f"Unknown keys {sorted(unknown)}: use hold, reject, uncertain_factor."
        )
    for key in ("hold", "reject"):
        bars = value.get(key, {})
        if not isinstance(bars, dict):
            raise ValidationError(f'"{key}" must map labels to numbers between 0 and 1.')
        for label, bar in bars.items():
            if label not in LABELS:
                raise ValidationError(f"Unknown label {label!r}; labels are {', '.join(LABELS)}.")
            if isinstance(bar, bool) or not isinstance(bar, int | float) or not 0 <= bar <= 1:
                raise ValidationError(f"{key}.{label} must be a number between 0 and 1.")
    factor = value.get("uncertain_factor", DEFAULT_THRESHOLDS.uncertain_factor)
    if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 < factor <= 1:
        raise ValidationError("uncertain_factor must be a number above 0 and at most 1.")


class WallPolicy(models.Model):
    """A wall's own classifier thresholds and what a ban does there.

    ``thresholds`` overrides ``DEFAULT_THRESHOLDS`` label by label; a label absent
    from it keeps the default bar. Walls without a policy use the defaults.
    """

    class BanAction(models.TextChoices):
        REJECT = "reject", "Reject posts from banned authors"
        HOLD = "hold", "Hold posts from banned authors for review"

    wall = models.OneToOneField(
        "prayers.Wall", on_delete=models.CASCADE, related_name="moderation_policy"
    )
    thresholds = models.JSONField(
        default=dict,
        blank=True,
        validators=[validate_thresholds],
        help_text='Overrides per label, e.g. {"hold": {"insult": 0.5}, "reject": {"obscene": 0.9}}',
    )
    ban_action = models.CharField(max_length=6, choices=BanAction.choices, default=BanAction.REJECT)

    class Meta:
        verbose_name_plural = "wall policies"

    def __str__(self) -> str:
        return f"Policy of {self.wall}"

    def as_thresholds(self) -> Thresholds:
        """The defaults with this wall's overrides applied."""
        return merge_thresholds(self.thresholds)


def merge_thresholds(overrides: dict[str, Any]) -> Thresholds:
    return Thresholds(
        hold={**DEFAULT_THRESHOLDS.hold, **overrides.get("hold", {})},
        reject={**DEFAULT_THRESHOLDS.reject, **overrides.get("reject", {})},
        uncertain_factor=overrides.get("uncertain_factor", DEFAULT_THRESHOLDS.uncertain_factor),
    )


def _bump_terms_version(**kwargs: object) -> None:
    from vigil.moderation.services import terms_changed

    terms_changed()


models.signals.post_save.connect(_bump_terms_version, sender=Term, dispatch_uid="terms-saved")
models.signals.post_delete.connect(_bump_terms_version, sender=Term, dispatch_uid="terms-deleted")


def _forget_wall_policy(instance: WallPolicy, **kwargs: object) -> None:
    from vigil.moderation.services import wall_policy_changed

    wall_policy_changed(instance.wall_id)


models.signals.post_save.connect(_forget_wall_policy, sender=WallPolicy, dispatch_uid="wp-saved")
models.signals.post_delete.connect(
    _forget_wall_policy, sender=WallPolicy, dispatch_uid="wp-deleted"
)
