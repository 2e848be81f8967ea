"""Campaigns, the giving call to action and its click counts, and prisoners of faith."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vigil.core.translations import Translatable
from vigil.watchlist.models import Confidence, Country, PrayerPoint, Source


def today() -> datetime.date:
    return timezone.localdate()


class CampaignStatus(models.TextChoices):
    DRAFT = "draft", _("Draft (not shown)")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived (shown as past)")


class CampaignQuerySet(models.QuerySet["Campaign"]):
    def public(self) -> CampaignQuerySet:
        """Campaigns a visitor may open: published or archived, never drafts."""
        return self.exclude(status=CampaignStatus.DRAFT)

    def active(self, on: datetime.date | None = None) -> CampaignQuerySet:
        """Published campaigns running on ``on`` (today by default)."""
        day = on or today()
        return self.filter(status=CampaignStatus.PUBLISHED, starts__lte=day).filter(
            Q(ends__isnull=True) | Q(ends__gte=day)
        )

    def upcoming(self, on: datetime.date | None = None) -> CampaignQuerySet:
        return self.filter(status=CampaignStatus.PUBLISHED, starts__gt=on or today())

    def for_country(self, country: Country) -> CampaignQuerySet:
        return self.filter(countries=country)

    def for_cards(self) -> CampaignQuerySet:
        """What a list of campaign cards shows: countries prefetched, soonest ending first."""
        return self.prefetch_related("countries").order_by(
            models.F("ends").asc(nulls_last=True), "-starts", "title"
        )


class Campaign(Translatable):
    """A time-bound call to pray and give for one or more countries, with its own wall."""

    translatable_fields = ("title", "summary", "body", "giving_label")

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.CharField(max_length=300, help_text="One or two sentences for cards.")
    body = models.TextField(blank=True, help_text="Markdown; sanitised when shown.")
    countries = models.ManyToManyField(Country, blank=True, related_name="campaigns")
    image = models.ImageField(upload_to="campaigns/", blank=True, help_text="Stored locally.")
    image_alt = models.CharField(
        max_length=200, blank=True, help_text="Describe the image for people who cannot see it."
    )
    giving_url = models.URLField(
        blank=True, help_text="Leave empty to use the site's default giving link."
    )
    giving_label = models.CharField(max_length=120, blank=True)
    starts = models.DateField()
    ends = models.DateField(null=True, blank=True, help_text="Empty for an open-ended campaign.")
    status = models.CharField(
        max_length=12, choices=CampaignStatus.choices, default=CampaignStatus.DRAFT
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-starts", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("campaigns:campaign-detail", args=[self.slug])

    @property
    def wall_key(self) -> str:
        """The key of this campaign's prayer wall in ``vigil.prayers``."""
        return f"campaign:{self.slug}"

    @property
    def give_key(self) -> str:
        return f"campaign:{self.slug}"

    def is_running(self, on: datetime.date | None = None) -> bool:
        day = on or today()
        started = self.starts <= day
        return self.status == CampaignStatus.PUBLISHED and started and not self.has_ended(day)

    def has_ended(self, on: datetime.date | None = None) -> bool:
        return self.ends is not None and self.ends < (on or today())

    def clean(self) -> None:
        if self.ends and self.starts and self.ends < self.starts:
            raise ValidationError({"ends": gettext("The campaign ends before it starts.")})
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": gettext("Describe the image for screen-reader users.")}
            )


class CountryGiving(Translatable):
    """A country's own giving link, used instead of the site's default."""

    translatable_fields = ("label",)

    country = models.OneToOneField(Country, on_delete=models.CASCADE, related_name="giving")
    url = models.URLField()
    label = models.CharField(max_length=120, blank=True)

    class Meta:
        verbose_name = "country giving link"

    def __str__(self) -> str:
        return f"Giving link for {self.country}"


class GiveClickQuerySet(models.QuerySet["GiveClick"]):
    def totals(self) -> dict[str, int]:
        """Clicks per target key, all days together."""
        rows = self.values("key").annotate(total=models.Sum("count")).order_by("key")
        return {row["key"]: row["total"] for row in rows}


class GiveClick(models.Model):
    """How many times a "Give" link was followed on a day: a count, nothing about who."""

    key = models.CharField(max_length=140, help_text="default, campaign:<slug> or country:<slug>")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    objects = GiveClickQuerySet.as_manager()

    class Meta:
        ordering = ["-day", "key"]
        verbose_name = "give click count"
        constraints = [models.UniqueConstraint(fields=["key", "day"], name="one_count_per_day")]

    def __str__(self) -> str:
        return f"{self.key} {self.day}: {self.count}"


class PrisonerStatus(models.TextChoices):
    DETAINED = "detained", _("Detained")
    IMPRISONED = "imprisoned", _("Imprisoned (sentenced)")
    RELEASED = "released", _("Released")
    UNKNOWN = "unknown", _("Whereabouts unknown")


class PrisonerQuerySet(models.QuerySet["Prisoner"]):
    def publishable(self) -> PrisonerQuerySet:
        """Cases a visitor may see: published, and consent to publish is on record."""
        return self.filter(published=True, consent_recorded=True)

    def for_country(self, country: Country) -> PrisonerQuerySet:
        return self.filter(country=country)


class Prisoner(Translatable):
    """A person held because of their faith. Never shown without recorded consent."""

    translatable_fields = ("summary", "charges", "outcome")

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="prisoners")
    church = models.CharField(max_length=200, blank=True)
    arrested = models.DateField()
    released = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=PrisonerStatus.choices)
    charges = models.TextField(blank=True)
    outcome = models.TextField(blank=True)
    summary = models.TextField(blank=True, help_text="Markdown, in the project's own words.")
    consent_recorded = models.BooleanField(
        default=False, help_text="The person or their family agreed to this page."
    )
    consent_note = models.TextField(blank=True, help_text="Who consented, when and how.")
    published = models.BooleanField(default=False)
    prayer_points = models.ManyToManyField(PrayerPoint, blank=True, related_name="prisoners")
    confidence = models.CharField(
        max_length=20, choices=Confidence.choices, default=Confidence.EXPLICIT
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="prisoners")
    note = models.TextField(blank=True, help_text="Provenance note.")

    objects = PrisonerQuerySet.as_manager()

    class Meta:
        ordering = ["-arrested", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("campaigns:prisoner-detail", args=[self.slug])

    def days_held(self, on: datetime.date | None = None) -> int:
        """Days in custody, counting the day of arrest and the day of release."""
        end = self.released or on or today()
        return (end - self.arrested).days + 1

    @property
    def is_held(self) -> bool:
        return self.released is None and self.status != PrisonerStatus.RELEASED

    def clean(self) -> None:
        if self.released and self.released < self.arrested:
            raise ValidationError(
                {"released": gettext("The release date is before the arrest date.")}
            )
        if self.published and not self.consent_recorded:
            raise ValidationError(
                {"published": gettext("Record consent before publishing a prisoner's page.")}
            )


class PrisonerUpdate(models.Model):
    """A dated development in a prisoner's case."""

    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField()
    text = models.TextField()
    sources = models.ManyToManyField(Source, blank=True, related_name="prisoner_updates")

    class Meta:
        ordering = ["prisoner", "date", "id"]

    def __str__(self) -> str:
        return f"{self.prisoner} {self.date}"
