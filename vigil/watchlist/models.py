"""Watch-list editions, countries and their entries, with the provenance of every figure."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField

from vigil.core.translations import Translatable, content_languages

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

if TYPE_CHECKING:
    from collections.abc import Iterable

SPHERES = ("private", "family", "community", "national", "church", "violence")
SPHERE_LABELS = {
    "private": _("Private life"),
    "family": _("Family life"),
    "community": _("Community life"),
    "national": _("National life"),
    "church": _("Church life"),
    "violence": _("Violence"),
}
SPHERE_MAX = Decimal("16.7")
# The six blocks are published rounded to one decimal, so their sum may drift from the total.
SPHERE_SUM_TOLERANCE = Decimal("0.6")
PLACEHOLDER_RE = re.compile(
    r"\bTODO\b|\bTBD\b|lorem ipsum|\[\s*(?:…|\.\.\.)\s*\]|XXX", re.IGNORECASE
)


class Confidence(models.TextChoices):
    EXPLICIT = "explicit", _("Explicit")
    CROSS_REFERENCED = "cross-referenced", _("Cross-referenced")
    INFERRED = "inferred", _("Inferred")
    INFERRED_YEAR = "inferred-year", _("Year inferred")
    UNDATED = "undated", _("Undated")


class Source(models.Model):
    """A document a figure was read in (``S09``: an archived country page)."""

    code = models.CharField(max_length=16, unique=True)
    title = models.CharField(max_length=300, blank=True)
    publisher = models.CharField(
        max_length=200, blank=True, help_text="Who published it: a site or an organisation."
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year it was published, or the year it is about."
    )
    url = models.CharField(max_length=500, blank=True)
    used_for = models.TextField(blank=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        """``S09 · Archived Open Doors USA country page…`` (pickers show the title)."""
        return f"{self.code} · {self.title}" if self.title else self.code

    @property
    def urls(self) -> list[str]:
        """The source's web addresses: the dataset sometimes lists several, with " ; "."""
        return [part.strip() for part in self.url.split(";") if part.strip()]

    @property
    def citation(self) -> str:
        """What the public reads instead of a bare code: title, publisher and year."""
        details = ", ".join(str(part) for part in (self.publisher, self.year) if part)
        title = self.title or self.used_for or self.code
        return f"{title} ({details})" if details else title


class EditionQuerySet(models.QuerySet["Edition"]):
    def published(self, now: object = None) -> EditionQuerySet:
        """Editions whose embargo has passed."""
        return self.filter(publish_at__isnull=False, publish_at__lte=now or timezone.now())

    def complete(self) -> EditionQuerySet:
        """Editions that list every ranked country; the others are partial."""
        return self.filter(complete=True)

    def current(self, now: object = None) -> EditionQuerySet:
        """Candidates for the current edition, newest first: published, and either
        complete or listing its whole top ten (ranks 1 to 10, what the home page and
        the daily prayer focus show).

        A partial edition (fewer than ten leading ranks, like a first release of a
        handful of countries) is never current, however new: it does not drive the
        home page, the "Watch list" link or the daily prayer focus.
        """
        top_ten = models.Count(
            "entries__rank", filter=models.Q(entries__rank__range=(1, 10)), distinct=True
        )
        return (
            self.published(now)
            .annotate(top_ten=top_ten)
            .filter(models.Q(complete=True) | models.Q(top_ten=10))
            .order_by("-year")
        )

    def visible_to(self, user: object) -> EditionQuerySet:
        """Staff preview embargoed editions; everyone else sees published ones."""
        if getattr(user, "is_staff", False):
            return self.all()
        return self.published()


class Edition(models.Model):
    """One year's watch list, published at an embargo time."""

    year = models.PositiveSmallIntegerField(unique=True)
    title = models.CharField(max_length=200)
    period_start = models.DateField(null=True, blank=True, help_text="Reporting period start.")
    period_end = models.DateField(null=True, blank=True, help_text="Reporting period end.")
    publish_at = models.DateTimeField(
        null=True, blank=True, help_text="Embargo: invisible to the public before this time."
    )
    methodology = models.TextField(blank=True, help_text="Markdown.")
    coverage_note = models.TextField(blank=True, help_text="What this edition's data covers.")
    complete = models.BooleanField(
        default=False,
        help_text="Every ranked country is listed, so a country absent from it was not ranked.",
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="editions")

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["-year"]

    def __str__(self) -> str:
        return self.title or str(self.year)

    def get_absolute_url(self) -> str:
        return reverse("watchlist:edition-detail", args=[self.year])

    @property
    def display_title(self) -> str:
        """The title in the page's language when it is the list's usual name ("World
        Watch List 2025"); any other title as the editors wrote it."""
        if " ".join(self.title.split()) == f"World Watch List {self.year}":
            # Translators: the title of a year's edition of the watch list.
            return gettext("World Watch List %(year)s") % {"year": self.year}
        return self.title or str(self.year)

    @property
    def is_published(self) -> bool:
        return self.publish_at is not None and self.publish_at <= timezone.now()

    def clean(self) -> None:
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValidationError(
                {"period_end": gettext("The reporting period ends before it starts.")}
            )
        if self.pk and self.publish_at:
            problems = self.publish_problems()
            if problems:
                raise ValidationError({"publish_at": problems})

    def publish_problems(self) -> list[str]:
        """Everything that blocks publication, in words an editor can act on."""
        problems: list[str] = []
        if not self.title.strip():
            problems.append(gettext("The edition has no title."))
        entries = list(self.entries.select_related("country").prefetch_related("prayer_points"))
        if not entries:
            problems.append(gettext("The list is empty: import or add entries first."))
        problems += _duplicate_rank_problems(entries)
        for entry in entries:
            problems += [
                gettext("%(country)s: %(problem)s") % {"country": entry.country.name, "problem": p}
                for p in entry.content_problems()
            ]
        if _placeholder(self.methodology):
            problems.append(gettext("The methodology note contains a placeholder."))
        return problems

    def level_for(self, score: Decimal | None) -> LevelBand | None:
        """The band a score falls in (prefetch ``bands``): the one with the highest
        lower bound at or below the score, so 80.5 is "very high" under 61–80 / 81–100."""
        if score is None:
            return None
        bands = [b for b in self.bands.all() if b.score_min is not None and b.score_min <= score]
        return max(bands, key=lambda band: band.score_min or 0, default=None)


def _placeholder(text: str) -> bool:
    return bool(text and PLACEHOLDER_RE.search(text))


def _duplicate_rank_problems(entries: Iterable[Entry]) -> list[str]:
    seen: dict[int, str] = {}
    problems = []
    for entry in entries:
        if entry.rank is None:
            continue
        if entry.rank in seen:
            problems.append(
                gettext("Rank %(rank)d is given to both %(first)s and %(second)s.")
                % {"rank": entry.rank, "first": seen[entry.rank], "second": entry.country.name}
            )
        seen[entry.rank] = entry.country.name
    return problems


class LevelBand(models.Model):
    """A persecution level of an edition, e.g. 81–100 extreme."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="bands")
    name = models.CharField(max_length=60)
    slug = models.SlugField(max_length=60)
    score_min = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    score_max = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    scheme = models.CharField(max_length=120, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    sources = models.ManyToManyField(Source, blank=True, related_name="level_bands")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["edition", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "slug"], name="unique_band_per_edition"),
        ]

    def __str__(self) -> str:
        return self.name


class PersecutionEngine(models.Model):
    """A controlled-vocabulary name for a driver of persecution.

    Names differ between editions ("Islamic extremism" in 2013, "Islamic oppression"
    later); ``aliases`` holds other spellings of the same name so imports map them.
    """

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    aliases = models.TextField(blank=True, help_text="Other spellings, one per line.")
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.splitlines() if a.strip()]


class Country(models.Model):
    code = CountryField(unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    region = models.CharField(max_length=80, blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return str(self.name)

    def get_absolute_url(self) -> str:
        return reverse("watchlist:country-detail", args=[self.slug])

    @property
    def name(self) -> str:
        return str(countries.name(self.code))

    @property
    def iso3(self) -> str:
        return str(countries.alpha3(self.code))


class EntryQuerySet(models.QuerySet["Entry"]):
    def published(self) -> EntryQuerySet:
        return self.filter(edition__in=Edition.objects.published())

    def for_edition(self, year: int) -> EntryQuerySet:
        return self.filter(edition__year=year)

    def ranked(self) -> EntryQuerySet:
        return self.order_by(models.F("rank").asc(nulls_last=True), "country__slug")

    def for_table(self) -> EntryQuerySet:
        """What the list page shows: country, engines, in rank order."""
        return (
            self.select_related("country", "edition").prefetch_related("engines__engine").ranked()
        )


def _sphere_field(label: StrOrPromise) -> models.DecimalField:
    return models.DecimalField(
        label,
        max_digits=5,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(SPHERE_MAX)],
    )


class Entry(Translatable):
    """A country in an edition: rank, score, spheres, facts, narrative and prayer points.

    The narrative and "who is most affected" are translatable, and so is each prayer point.
    """

    translatable_fields = ("narrative", "most_affected")

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="entries")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="entries")
    rank = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Empty for an unranked profile."
    )
    score = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
    )
    private = _sphere_field(_("private life"))
    family = _sphere_field(_("family life"))
    community = _sphere_field(_("community life"))
    national = _sphere_field(_("national life"))
    church = _sphere_field(_("church life"))
    violence = _sphere_field(_("violence"))
    stated_level = models.CharField(
        max_length=60, blank=True, help_text="Level as published, when no score gives it."
    )
    narrative = models.TextField(blank=True, help_text="Markdown; sanitised when shown.")
    most_affected = models.TextField(blank=True)
    confidence = models.CharField(
        max_length=20, choices=Confidence.choices, default=Confidence.EXPLICIT
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="entries")
    note = models.TextField(blank=True, help_text="Provenance note for rank and score.")

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["edition", "rank"]
        verbose_name_plural = _("entries")
        constraints = [
            models.UniqueConstraint(fields=["edition", "country"], name="one_entry_per_country"),
            models.UniqueConstraint(
                fields=["edition", "rank"],
                condition=Q(rank__isnull=False),
                name="unique_rank_per_edition",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.edition.year}"

    def get_absolute_url(self) -> str:
        return f"{self.country.get_absolute_url()}?edition={self.edition.year}"

    @property
    def spheres(self) -> list[tuple[str, StrOrPromise, Decimal | None]]:
        return [(name, SPHERE_LABELS[name], getattr(self, name)) for name in SPHERES]

    @property
    def has_all_spheres(self) -> bool:
        return all(value is not None for _, _, value in self.spheres)

    @property
    def level(self) -> str:
        band = self.edition.level_for(self.score)
        return band.name if band else self.stated_level

    def clean(self) -> None:
        if self.has_all_spheres and self.score is not None:
            total = sum((value for _, _, value in self.spheres if value is not None), Decimal(0))
            if abs(total - self.score) > SPHERE_SUM_TOLERANCE:
                message = gettext(
                    "The six sphere scores add up to %(total)s, but the score is %(score)s."
                )
                raise ValidationError({"score": message % {"total": total, "score": self.score}})

    def missing_languages(self) -> list[str]:
        """Languages the profile text or a prayer point still lacks (prefetch the points)."""
        points = list(self.prayer_points.all())
        return [
            code
            for code in content_languages()
            if self.missing_fields(code) or any(point.missing_fields(code) for point in points)
        ]

    @classmethod
    def missing_translation_q(cls, language: str) -> Q:
        """Entries whose profile text or any prayer point lacks a ``language`` translation."""
        points = PrayerPoint.objects.filter(entry=OuterRef("pk"))
        untranslated = points.filter(PrayerPoint.missing_translation_q(language))
        return super().missing_translation_q(language) | Q(Exists(untranslated))

    def content_problems(self) -> list[str]:
        """Placeholders or missing fields that block publication of the edition."""
        problems = []
        texts = [self.narrative, self.most_affected, *(p.text for p in self.prayer_points.all())]
        if any(_placeholder(text) for text in texts):
            problems.append(
                gettext("the narrative, 'most affected' or a prayer point has a placeholder.")
            )
        return problems


FACT_FIELDS = ("leader", "government", "main_religion", "population", "christians")


class CountryRecordQuerySet(models.QuerySet):
    def for_year(self, year: int) -> CountryRecordQuerySet:
        return self.filter(year=year)

    def as_of(self, year: int) -> CountryRecordQuerySet:
        """The dated records of ``year`` and the years before, newest first (in import
        order within a year): what was known by then. Undated records are left out."""
        return self.filter(year__lte=year).order_by("-year", "position", "id")


class FactSheet(models.Model):
    """One published set of country facts (leader, government, religion, population,
    Christians), with the year it describes, who published it and how sure we are.

    A profile shows, fact by fact, the newest value published for the edition's year
    or a year before it; each fact keeps the source and year of the sheet it came from.
    """

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="fact_sheets")
    year = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Empty when undated.")
    publisher = models.CharField(max_length=200, blank=True)
    leader = models.CharField(max_length=200, blank=True)
    government = models.CharField(max_length=200, blank=True)
    main_religion = models.CharField(max_length=200, blank=True)
    population = models.CharField(max_length=100, blank=True)
    christians = models.CharField(max_length=100, blank=True)
    christian_share = models.CharField(max_length=100, blank=True)
    confidence = models.CharField(
        max_length=20, choices=Confidence.choices, default=Confidence.EXPLICIT
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="fact_sheets")
    note = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0, help_text="Order within the import.")

    objects = CountryRecordQuerySet.as_manager()

    class Meta:
        ordering = ["country", "year", "position", "id"]

    def __str__(self) -> str:
        return f"{self.country} {self.year or 'undated'} ({self.publisher})"


class SphereProfile(models.Model):
    """Per-sphere percentages as published ("Profile of Persecution")."""

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="sphere_profiles")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    score = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    private_pct = models.PositiveSmallIntegerField(null=True, blank=True)
    family_pct = models.PositiveSmallIntegerField(null=True, blank=True)
    community_pct = models.PositiveSmallIntegerField(null=True, blank=True)
    national_pct = models.PositiveSmallIntegerField(null=True, blank=True)
    church_pct = models.PositiveSmallIntegerField(null=True, blank=True)
    violence_pct = models.PositiveSmallIntegerField(null=True, blank=True)
    confidence = models.CharField(
        max_length=20, choices=Confidence.choices, default=Confidence.EXPLICIT
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="sphere_profiles")
    note = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)

    objects = CountryRecordQuerySet.as_manager()

    class Meta:
        ordering = ["country", "year", "position", "id"]

    def __str__(self) -> str:
        return f"{self.country} {self.year or 'undated'} sphere profile"

    @property
    def percentages(self) -> list[tuple[StrOrPromise, int | None]]:
        return [(SPHERE_LABELS[name], getattr(self, f"{name}_pct")) for name in SPHERES]


class EngineListing(models.Model):
    """An engine as listed in one published vocabulary (the 9-engine list, …)."""

    scheme = models.CharField(max_length=120)
    engine = models.ForeignKey(
        "PersecutionEngine", on_delete=models.CASCADE, related_name="listings"
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="engine_listings")
    note = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["scheme", "engine"], name="engine_once_per_scheme"),
        ]

    def __str__(self) -> str:
        return f"{self.engine} ({self.scheme})"


class EntryEngine(models.Model):
    """An engine of persecution named for an entry, with its published strength."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="engines")
    engine = models.ForeignKey(PersecutionEngine, on_delete=models.PROTECT, related_name="uses")
    published_name = models.CharField(max_length=120, blank=True)
    strength = models.CharField(max_length=40, blank=True)
    role = models.CharField(max_length=80, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    confidence = models.CharField(
        max_length=20, choices=Confidence.choices, default=Confidence.EXPLICIT
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="entry_engines")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["entry", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["entry", "engine"], name="engine_once_per_entry"),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.published_name or self.engine.name


class PrayerPoint(Translatable):
    translatable_fields = ("text",)

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="prayer_points")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField()

    class Meta:
        ordering = ["entry", "order", "id"]

    def __str__(self) -> str:
        return self.text[:60]


class DatasetImport(models.Model):
    """One run of the all-or-nothing CSV import from the admin: who, when, which files,
    and either what was imported or every problem found (nothing is written then)."""

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    files = models.JSONField(default=list, blank=True, help_text="Names of the uploaded files.")
    succeeded = models.BooleanField("imported", default=False)
    summary = models.TextField(blank=True, help_text="What was imported, by kind.")
    errors = models.JSONField(
        default=list, blank=True, help_text="Each problem: file, row, column, message."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "dataset import"

    def __str__(self) -> str:
        outcome = "imported" if self.succeeded else f"failed ({len(self.errors)} problems)"
        return f"Import of {self.created_at:%Y-%m-%d %H:%M} UTC, {outcome}"
