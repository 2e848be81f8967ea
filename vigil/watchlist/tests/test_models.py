"""Model rules: sphere sums, level bands, embargo, publication checks."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from vigil.watchlist.models import (
    Country,
    Edition,
    Entry,
    LevelBand,
    PrayerPoint,
    _duplicate_rank_problems,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition() -> Edition:
    edition = Edition.objects.create(year=2025, title="World Watch List 2025")
    for name, low, high in (("Extreme", 81, 100), ("Very high", 61, 80), ("High", 41, 60)):
        LevelBand.objects.create(
            edition=edition,
            name=name,
            slug=name.lower().replace(" ", "-"),
            score_min=Decimal(low),
            score_max=Decimal(high),
        )
    return edition


def make_entry(edition: Edition, code: str = "KZ", **fields: object) -> Entry:
    country, _ = Country.objects.get_or_create(code=code, defaults={"slug": code.lower()})
    return Entry.objects.create(edition=edition, country=country, **fields)


def test_sphere_scores_must_add_up_to_the_score(edition: Edition) -> None:
    entry = make_entry(
        edition,
        score=Decimal(87),
        private=Decimal("16.7"),
        family=Decimal("13.1"),
        community=Decimal("15.5"),
        national=Decimal("16.7"),
        church=Decimal("16.7"),
        violence=Decimal("8.9"),
    )
    entry.full_clean()  # 87.6 is within rounding of 87
    entry.violence = Decimal("2.0")
    with pytest.raises(ValidationError, match=r"add up to 80\.7"):
        entry.full_clean()


def test_partial_spheres_are_not_summed(edition: Edition) -> None:
    make_entry(edition, score=Decimal(90), violence=Decimal("16.1")).full_clean()


def test_a_sphere_cannot_exceed_its_block_maximum(edition: Edition) -> None:
    entry = make_entry(edition, violence=Decimal("17.0"))
    with pytest.raises(ValidationError, match="violence"):
        entry.full_clean()


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (Decimal(98), "Extreme"),
        (Decimal(81), "Extreme"),
        (Decimal("80.5"), "Very high"),
        (Decimal(49), "High"),
        (Decimal(30), ""),
        (None, ""),
    ],
)
def test_level_is_derived_from_the_edition_bands(
    edition: Edition, score: Decimal | None, level: str
) -> None:
    assert make_entry(edition, score=score).level == level


def test_stated_level_is_used_only_without_a_score(edition: Edition) -> None:
    assert make_entry(edition, "MM", stated_level="Extreme").level == "Extreme"
    assert make_entry(edition, "SY", score=Decimal(78), stated_level="Extreme").level == "Very high"


def test_embargoed_editions_are_not_published(edition: Edition) -> None:
    later = Edition.objects.create(
        year=2026, title="2026", publish_at=timezone.now() + timedelta(days=1)
    )
    edition.publish_at = timezone.now() - timedelta(days=1)
    edition.save()
    assert list(Edition.objects.published()) == [edition]
    assert not later.is_published


def test_publish_problems_name_what_blocks_publication(edition: Edition) -> None:
    assert edition.publish_problems() == ["The list is empty: import or add entries first."]
    make_entry(edition, "KZ", rank=1)
    entry = make_entry(edition, "KG", rank=2, narrative="Lorem ipsum dolor")
    PrayerPoint.objects.create(entry=entry, text="Pray for [...]")
    assert edition.publish_problems() == [
        "Kyrgyzstan: the narrative, 'most affected' or a prayer point has a placeholder."
    ]
    entry.narrative = "Christians in Kyrgyzstan."
    entry.save()
    PrayerPoint.objects.filter(entry=entry).update(text="Pray for the churches.")
    assert edition.publish_problems() == []


def test_duplicate_ranks_are_named(edition: Edition) -> None:
    kz, _ = Country.objects.get_or_create(code="KZ", defaults={"slug": "kz"})
    uz, _ = Country.objects.get_or_create(code="UZ", defaults={"slug": "uz"})
    entries = [
        Entry(edition=edition, country=kz, rank=3),
        Entry(edition=edition, country=uz, rank=3),
    ]
    assert _duplicate_rank_problems(entries) == [
        "Rank 3 is given to both Kazakhstan and Uzbekistan."
    ]


def test_an_edition_cannot_be_scheduled_while_blocked(edition: Edition) -> None:
    edition.publish_at = timezone.now()
    with pytest.raises(ValidationError, match="The list is empty"):
        edition.full_clean()
