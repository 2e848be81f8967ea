"""Campaigns, the giving call to action and its click counts, and prisoners of faith."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vigil.core.translations import Translatable, content_languages
from vigil.prayers.models import Wall
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
        """What a list of campaign cards shows: countries prefetched and the prayers
        counted, soonest ending first."""
        return (
            self.prefetch_related("countries")
            .with_prayer_counts()
            .order_by(models.F("ends").asc(nulls_last=True), "-starts", "title")
        )

    def with_prayer_counts(self) -> CampaignQuerySet:
        """Annotate ``prayers_counted``: the "I prayed" presses and published prayers on
        each campaign's wall (0 before the wall exists), in the same query."""
        key = Concat(Value("campaign:"), OuterRef("slug"), output_field=models.CharField())
        total = Wall.objects.filter(key=key).values(total=F("prayed_count") + F("published_count"))
        return self.annotate(prayers_counted=Coalesce(Subquery(total[:1]), 0))


class Campaign(Translatable):
    """A time-bound call to pray and give for one or more countries, with its own wall."""

    translatable_fields = ("title", "summary", "body", "giving_label", "image_alt")

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.CharField(max_length=300, help_text="One or two sentences for cards.")
    body = models.TextField(blank=True, help_text="Markdown; sanitised when shown.")
    countries = models.ManyToManyField(Country, blank=True, related_name="campaigns")
    image = models.ImageField(
        upload_to="campaigns/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text="Stored locally (under the media folder); shown on the card and the page.",
    )
    image_alt = models.CharField(
        max_length=200, blank=True, help_text="Describe the image for people who cannot see it."
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    prayer_goal = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="How many prayers the campaign asks for (“I prayed” presses and published "
        "prayers on its wall together); empty for no goal.",
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

    def wall_titles(self) -> dict[str, str]:
        """The campaign's title in each language it is translated into, for its wall."""
        return {
            code: text for code in content_languages() if (text := self.translation("title", code))
        }

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

    def has_started(self, on: datetime.date | None = None) -> bool:
        return self.starts <= (on or today())

    def has_ended(self, on: datetime.date | None = None) -> bool:
        """Past its end date: the campaign is closed and its wall takes no prayers."""
        return self.ends is not None and self.ends < (on or today())

    @property
    def wall_closes_on(self) -> datetime.date | None:
        """The campaign's wall takes prayers until its last day (see ``prayers.Wall``)."""
        return self.ends

    @property
    def goal_percent(self) -> int:
        """How far the prayers counted (``with_prayer_counts``) are towards the goal, 0–100."""
        if not self.prayer_goal:
            return 0
        counted = getattr(self, "prayers_counted", 0)
        return min(100, counted * 100 // self.prayer_goal)

    @property
    def goal_reached(self) -> bool:
        goal = self.prayer_goal
        return goal is not None and goal > 0 and getattr(self, "prayers_counted", 0) >= goal

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
    letters_allowed = models.BooleanField(
        default=False,
        help_text="Visitors may write to this person: the family and our partners agree "
        "and it is safe for them. Shows the letter-writing guide on the page.",
    )
    letter_address = models.TextField(
        blank=True,
        help_text="Where letters go: the prison's address, or ours if we forward them. "
        "Shown on the page when letters are allowed.",
    )
    letter_notes = models.TextField(
        blank=True,
        help_text="Anything else a writer needs: the language to write in, what may be "
        "enclosed (cards, photos), the name to put on the envelope.",
    )

    objects = PrisonerQuerySet.as_manager()

    wall_takes_prayers = False
    """A prisoner's wall only counts "I prayed"; visitors write no prayers on it."""

    class Meta:
        ordering = ["-arrested", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("campaigns:prisoner-detail", args=[self.slug])

    @property
    def wall_key(self) -> str:
        """The key of the wall counting "I prayed" for this person in ``vigil.prayers``."""
        return f"prisoner:{self.slug}"

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
        if self.letters_allowed and not self.letter_address.strip():
            raise ValidationError(
                {
                    "letter_address": gettext(
                        "Give the address letters go to, or do not allow letters."
                    )
                }
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
