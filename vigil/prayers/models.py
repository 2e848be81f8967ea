"""Prayer walls, the prayers on them, "I prayed" marks and reader reports."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from django.core import signing
from django.core.validators import MinLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries

from vigil.core import privacy
from vigil.moderation.engine.policy import Thresholds
from vigil.moderation.policy import merge_thresholds, validate_thresholds

if TYPE_CHECKING:
    from vigil.watchlist.models import Country

_MANAGE_SALT = "vigil.prayers.manage-link"
COUNTRY_KEY_PREFIX = "country:"
NAME_MAX = 60
TEXT_MAX = 2000
EDIT_WINDOW = timedelta(minutes=30)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class WallQuerySet(models.QuerySet["Wall"]):
    def for_country(self, country: Country) -> Wall:
        """The country's wall (one across editions), created on first use."""
        wall, _created = self.get_or_create(
            key=f"{COUNTRY_KEY_PREFIX}{country.code}",
            defaults={"country": country, "title": country.name},
        )
        wall.country = country
        return wall

    def for_campaign(self, campaign: Any) -> Wall:
        """The wall of a page that owns one (a campaign, a prisoner), created on first use.

        The owner names it with ``wall_key`` ("campaign:<slug>"; the primary key without
        one); its page URL is remembered for redirects and feeds, and its optional
        ``wall_closes_on`` (the last day it takes prayers, e.g. a campaign's end) is kept
        up to date. ``wall_takes_prayers = False`` makes a wall that only counts
        "I prayed" (closed to written prayers when created)."""
        url = campaign.get_absolute_url() if hasattr(campaign, "get_absolute_url") else ""
        key = getattr(campaign, "wall_key", "") or f"campaign:{campaign.pk}"
        closes_on = getattr(campaign, "wall_closes_on", None)
        titles = campaign.wall_titles() if hasattr(campaign, "wall_titles") else {}
        wall, created = self.get_or_create(
            key=key,
            defaults={
                "title": str(campaign)[:200],
                "title_translations": titles,
                "page_url": url,
                "closes_on": closes_on,
                "is_open": getattr(campaign, "wall_takes_prayers", True),
            },
        )
        changed: dict[str, Any] = {"page_url": url} if url and wall.page_url != url else {}
        if wall.closes_on != closes_on:
            changed["closes_on"] = closes_on
        if wall.title_translations != titles:
            changed["title_translations"] = titles
        if not created and changed:
            for field, value in changed.items():
                setattr(wall, field, value)
            wall.save(update_fields=list(changed))
        return wall


class Wall(models.Model):
    """Where visitors leave prayers: one per country (across editions) and per campaign.

    ``key`` names the owner ("country:KZ", "campaign:12"), so new kinds of owners
    need no migration here.
    """

    class Mode(models.TextChoices):
        POST = "post", _("Post-moderation (publish unless held)")
        PRE = "pre", _("Pre-moderation (hold everything)")

    key = models.CharField(max_length=100, unique=True)
    title = models.CharField(
        max_length=200, help_text=_("What visitors pray for, e.g. Kazakhstan.")
    )
    country = models.OneToOneField(
        "watchlist.Country",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="wall",
    )
    page_url = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("The page that shows this wall, when not a country."),
    )
    is_open = models.BooleanField(default=True, help_text=_("Closed walls accept no new prayers."))
    closes_on = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "The last day the wall takes prayers and “I prayed” (a campaign's end); "
            "empty for no end. Set from the campaign."
        ),
    )
    # The title in other languages, by language code, kept from the owner's page.
    title_translations = models.JSONField(default=dict, blank=True, editable=False)
    moderation_mode = models.CharField(max_length=4, choices=Mode.choices, default=Mode.POST)
    prayed_count = models.PositiveIntegerField(default=0, editable=False)
    published_count = models.PositiveIntegerField(default=0, editable=False)
    # Published prayers per detected language ({"en": 812, "ru": 40}; none for ""), kept
    # exact with published_count, so the language filter costs no query however many
    # prayers the wall holds.
    language_counts = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = WallQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        """The page that carries the wall (country or campaign page), else the wall's own."""
        country = self.country if self.country_id else None
        if country is not None:
            return country.get_absolute_url()
        return self.page_url or reverse("prayers:wall-detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        """The title in the active language: a country's wall is named as the language
        writes the country ("Казахстан"), a campaign's by its translated title; else the
        stored title."""
        code = self.key.removeprefix(COUNTRY_KEY_PREFIX)
        if code != self.key and code:
            name = str(countries.name(code))
            if name:
                return name
        language = (translation.get_language() or "").lower()
        titles = self.title_translations or {}
        found = titles.get(language) or titles.get(language.split("-")[0])
        return str(found) if found else self.title

    @property
    def anchor(self) -> str:
        return f"wall-{self.pk}"

    @property
    def is_pre_moderated(self) -> bool:
        return self.moderation_mode == self.Mode.PRE

    def has_closed(self, on: date | None = None) -> bool:
        """Past its last day (``closes_on``): no prayers and no "I prayed" any more."""
        return self.closes_on is not None and self.closes_on < (on or timezone.localdate())

    @property
    def takes_prayers(self) -> bool:
        """Whether visitors may write a prayer here today."""
        return self.is_open and not self.has_closed()


class WallPolicy(models.Model):
    """A wall's own classifier thresholds and what a ban does there.

    ``thresholds`` overrides the default bars label by label; a label absent from it
    keeps the default. Walls without a policy use the defaults.
    """

    class BanAction(models.TextChoices):
        REJECT = "reject", _("Reject posts from banned authors")
        HOLD = "hold", _("Hold posts from banned authors for review")

    wall = models.OneToOneField(Wall, on_delete=models.CASCADE, related_name="policy")
    thresholds = models.JSONField(
        default=dict,
        blank=True,
        validators=[validate_thresholds],
        help_text=_(
            'Overrides per label, e.g. {"hold": {"insult": 0.5}, "reject": {"obscene": 0.9}}'
        ),
    )
    ban_action = models.CharField(max_length=6, choices=BanAction.choices, default=BanAction.REJECT)

    class Meta:
        verbose_name_plural = _("wall policies")

    def __str__(self) -> str:
        return f"Policy of {self.wall}"

    def as_thresholds(self) -> Thresholds:
        """The defaults with this wall's overrides applied."""
        return merge_thresholds(self.thresholds)

    @property
    def ban_holds(self) -> bool:
        return self.ban_action == self.BanAction.HOLD


def wall_for(owner: Any) -> Wall:
    """The wall of a country or a campaign (any object with a pk), created on first use.

    A country is recognised as an instance of the model ``Wall.country`` points to, so
    this app never imports the watch list."""
    country_model = Wall._meta.get_field("country").related_model
    if isinstance(owner, country_model):  # type: ignore[arg-type]
        return Wall.objects.for_country(cast("Country", owner))
    return Wall.objects.for_campaign(owner)


class Cursor:
    """A keyset position in "newest first" order: (published_at, id), encoded for URLs."""

    def __init__(self, published_at: datetime, pk: int) -> None:
        self.published_at = published_at
        self.pk = pk

    def encode(self) -> str:
        micros = (self.published_at - _EPOCH) // timedelta(microseconds=1)
        return f"{micros}.{self.pk}"

    @classmethod
    def decode(cls, value: str | None) -> Cursor | None:
        """The cursor in ``value``, or ``None`` for an empty or malformed value."""
        try:
            micros, pk = (int(part) for part in (value or "").split("."))
            return cls(_EPOCH + timedelta(microseconds=micros), pk)
        except (ValueError, OverflowError):
            return None


class PrayerQuerySet(models.QuerySet["Prayer"]):
    def visible(self) -> PrayerQuerySet:
        """What the public may see: published prayers only."""
        return self.filter(status=Prayer.Status.PUBLISHED)

    def for_wall(self, wall: Wall | int) -> PrayerQuerySet:
        return self.filter(wall=wall)

    def newest_first(self) -> PrayerQuerySet:
        return self.order_by("-published_at", "-id")

    def after(self, cursor: Cursor | None) -> PrayerQuerySet:
        """Prayers after ``cursor`` in newest-first order (keyset pagination)."""
        if cursor is None:
            return self
        # The first condition is implied by the second; it lets the database seek
        # the keyset index to the cursor instead of filtering the wall from its top.
        return self.filter(published_at__lte=cursor.published_at).filter(
            Q(published_at__lt=cursor.published_at)
            | Q(published_at=cursor.published_at, id__lt=cursor.pk)
        )

    def for_display(self) -> PrayerQuerySet:
        """The columns a wall shows: never the email or hashes."""
        return self.only(
            "id", "wall_id", "name", "text", "language", "published_at", "prayed_count"
        )

    def for_email_hash(self, email_hash: str) -> PrayerQuerySet:
        """Everything posted under one (hashed) email, whatever its status."""
        if not email_hash:
            return self.none()
        return self.filter(email_hash=email_hash)

    def for_author_link(self, pk: int, token: str) -> Prayer | None:
        """The prayer a private author link opens, or ``None`` for a wrong or spent token.

        The token is compared with its stored hash in constant time."""
        prayer = self.select_related("wall__country").filter(pk=pk).first()
        if prayer is None or not prayer.edit_token_hash or not prayer.author_token_matches(token):
            return None
        return prayer

    def page(self, cursor: Cursor | None, size: int) -> tuple[list[Prayer], Cursor | None]:
        """One page of visible prayers, newest first, and the cursor of the next page."""
        rows = list(self.visible().newest_first().after(cursor).for_display()[: size + 1])
        if len(rows) <= size:
            return rows, None
        last = rows[size - 1]
        assert last.published_at is not None
        return rows[:size], Cursor(last.published_at, last.pk)


class Prayer(models.Model):
    """A prayer or comment on a wall. ``email`` is never displayed or served."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("prayer status", "Pending")
        PUBLISHED = "published", pgettext_lazy("prayer status", "Published")
        HELD = "held", pgettext_lazy("prayer status", "Held for review")
        REJECTED = "rejected", pgettext_lazy("prayer status", "Rejected")
        REMOVED = "removed", pgettext_lazy("prayer status", "Removed")
        SPAM = "spam", pgettext_lazy("prayer status", "Spam")

    wall = models.ForeignKey(Wall, on_delete=models.CASCADE, related_name="prayers")
    name = models.CharField(max_length=NAME_MAX, validators=[MinLengthValidator(1)])
    email = models.EmailField(blank=True, help_text=_("Private: never displayed or served."))
    email_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    text = models.TextField(max_length=TEXT_MAX, validators=[MinLengthValidator(1)])
    text_hash = models.CharField(max_length=64, db_index=True, editable=False)
    language = models.CharField(
        max_length=8,
        blank=True,
        help_text="As moderation detected it (ISO 639-1); empty when it could not tell.",
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    client_hash = models.CharField(max_length=80, blank=True, db_index=True, editable=False)
    edit_token_hash = models.CharField(max_length=64, blank=True, editable=False)
    prayed_count = models.PositiveIntegerField(default=0, editable=False)
    report_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    edited_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = PrayerQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["wall", "status", "-published_at", "-id"], name="prayer_wall_keyset"
            ),
            models.Index(fields=["status", "-published_at", "-id"], name="prayer_keyset"),
            # A wall's prayers in one language (``?lang=``), and the languages it has.
            models.Index(
                fields=["wall", "status", "language", "-published_at", "-id"],
                name="prayer_wall_language_keyset",
            ),
            # The moderators' "reported" tab: a few rows among millions.
            models.Index(fields=["-id"], condition=Q(report_count__gt=0), name="prayer_reported"),
        ]

    def __str__(self) -> str:
        snippet = self.text[:40].replace("\n", " ")
        return f"#{self.pk} {self.name}: {snippet}"

    def get_absolute_url(self) -> str:
        return f"{self.wall.get_absolute_url()}#prayer-{self.pk}"

    def author_token_matches(self, token: str) -> bool:
        """The raw token shown after posting (its hash is stored), or the signed token of the
        emailed link (see ``emailed_author_token``)."""
        token = token or ""
        if constant_time_compare(privacy.token_hash(token), self.edit_token_hash):
            return True
        try:
            data = signing.loads(token, salt=_MANAGE_SALT)
        except signing.BadSignature:
            return False
        return data == [self.pk, self.edit_token_hash[:20]]

    def emailed_author_token(self) -> str:
        """A signed token for the emailed private link, so the background task that sends it
        needs only the prayer's id (the raw token is never stored, not even in a queue)."""
        return signing.dumps([self.pk, self.edit_token_hash[:20]], salt=_MANAGE_SALT)

    def manage_url(self, token: str) -> str:
        """The author's private link (path only); ``token`` is the raw edit token."""
        return reverse("prayers:prayer-manage", args=[self.pk, token])

    def edit_window_closes_at(self) -> datetime:
        return self.created_at + EDIT_WINDOW

    def is_editable(self, now: datetime | None = None) -> bool:
        """The author may edit for ``EDIT_WINDOW`` after posting, unless a moderator
        removed it or it was rejected or marked as spam."""
        if self.status in {self.Status.REMOVED, self.Status.SPAM, self.Status.REJECTED}:
            return False
        return (now or timezone.now()) < self.edit_window_closes_at()


class PrayedMark(models.Model):
    """One visitor key counted once a day for one target ("I prayed" or "Pray with")."""

    class Target(models.TextChoices):
        WALL = "wall", pgettext_lazy("what was prayed for", "Wall")
        PRAYER = "prayer", pgettext_lazy("what was prayed for", "Prayer")

    target_type = models.CharField(max_length=6, choices=Target.choices)
    target_id = models.PositiveBigIntegerField()
    visitor = models.CharField(max_length=90)
    day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id", "day", "visitor"], name="one_mark_a_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.target_type} {self.target_id} on {self.day}"


class Report(models.Model):
    """A reader's report of a prayer; three distinct reporters hold it for moderators."""

    class Reason(models.TextChoices):
        OFFENSIVE = "offensive", pgettext_lazy("report reason", "Offensive")
        SPAM = "spam", pgettext_lazy("report reason", "Spam")
        PERSONAL = "personal", pgettext_lazy("report reason", "Personal information")
        OTHER = "other", pgettext_lazy("report reason", "Other")

    prayer = models.ForeignKey(Prayer, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(max_length=10, choices=Reason.choices)
    note = models.CharField(max_length=500, blank=True)
    reporter = models.CharField(max_length=90, editable=False)
    weight = models.FloatField(
        default=1.0,
        editable=False,
        help_text=_("How much this report counts towards holding the prayer (reporter trust)."),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["prayer", "reporter"], name="one_report_per_reporter"),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} report of #{self.prayer_id}"

    def logged_reason(self) -> str:
        """The reason as the audit trail keeps it: in English whatever the reader's
        language, so the record is the same for everyone (translated when shown)."""
        with translation.override(None):
            return self.get_reason_display()


class SubscriptionQuerySet(models.QuerySet["Subscription"]):
    def confirmed(self) -> SubscriptionQuerySet:
        return self.filter(confirmed_at__isnull=False)

    def wall_digests(self) -> SubscriptionQuerySet:
        return self.filter(kind=Subscription.Kind.WALL_DIGEST)

    def for_email_hash(self, email_hash: str) -> SubscriptionQuerySet:
        if not email_hash:
            return self.none()
        return self.filter(email_hash=email_hash)

    def for_confirm_link(self, pk: int, token: str) -> Subscription | None:
        """The subscription a confirmation link names, or ``None`` (constant-time compare)."""
        subscription = self.select_related("wall__country").filter(pk=pk).first()
        if subscription is None or not constant_time_compare(
            privacy.token_hash(token or ""), subscription.token_hash
        ):
            return None
        return subscription

    def for_unsubscribe_link(self, pk: int, token: str) -> Subscription | None:
        subscription = self.select_related("wall__country").filter(pk=pk).first()
        if subscription is None or not constant_time_compare(
            token or "", subscription.unsubscribe_token()
        ):
            return None
        return subscription


class Subscription(models.Model):
    """An email address that asked for mail: the notice that one prayer is published, or a
    wall's daily digest. Nothing is sent until the address confirms (double opt-in).

    The email is private: it is used to send these emails and is never shown or served.
    """

    class Kind(models.TextChoices):
        PUBLISH_NOTICE = "publish_notice", _("Email when my prayer is published")
        WALL_DIGEST = "wall_digest", _("Daily digest of a wall")

    email = models.EmailField(help_text=_("Private: never displayed or served."))
    email_hash = models.CharField(max_length=64, db_index=True, editable=False)
    kind = models.CharField(max_length=14, choices=Kind.choices)
    wall = models.ForeignKey(
        Wall, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    prayer = models.ForeignKey(
        Prayer,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        help_text=_("The prayer whose publication is announced (publish notices only)."),
    )
    token_hash = models.CharField(max_length=64, editable=False)
    language = models.CharField(
        max_length=8,
        blank=True,
        editable=False,
        help_text=_("The language of the page it was asked from: its emails are written in it."),
    )
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_sent_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("When the last digest was sent.")
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["email_hash", "wall"],
                condition=Q(kind="wall_digest"),
                name="one_digest_per_email_and_wall",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def unsubscribe_token(self) -> str:
        """A keyed token for the one-click unsubscribe link in every email; derived from the
        stored token hash, so the link works in every later email and needs no storage."""
        message = f"{self.pk}:{self.token_hash}"
        return salted_hmac("vigil.prayers.unsubscribe", message, algorithm="sha256").hexdigest()

    def confirm_url(self, token: str) -> str:
        return reverse("prayers:subscription-confirm", args=[self.pk, token])

    def unsubscribe_url(self) -> str:
        return reverse("prayers:subscription-unsubscribe", args=[self.pk, self.unsubscribe_token()])


class EmailAddressQuerySet(models.QuerySet["EmailAddress"]):
    def confirmed(self) -> EmailAddressQuerySet:
        return self.filter(confirmed_at__isnull=False)


class EmailAddress(models.Model):
    """An address that proved it belongs to the person using it (double opt-in): it
    clicked the link of a confirmation email. Until then Vigil sends it nothing but
    that confirmation, and trusts nothing typed with it. Only the keyed hash is kept."""

    email_hash = models.CharField(max_length=64, unique=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = EmailAddressQuerySet.as_manager()

    class Meta:
        verbose_name_plural = _("email addresses")

    def __str__(self) -> str:
        state = "confirmed" if self.confirmed_at else "unconfirmed"
        return f"Address {self.email_hash[:8]}… ({state})"
