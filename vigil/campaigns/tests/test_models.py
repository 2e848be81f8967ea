"""Campaign dates and status, prisoners' days held and consent."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError

from vigil.campaigns.models import Campaign, CampaignStatus
from vigil.campaigns.tests.factories import CampaignFactory, PrisonerFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()
DAY = datetime.timedelta(days=1)


def test_active_means_published_and_within_its_dates() -> None:
    running = CampaignFactory()
    open_ended = CampaignFactory(ends=None)
    CampaignFactory(status=CampaignStatus.DRAFT)
    CampaignFactory(starts=TODAY - 30 * DAY, ends=TODAY - DAY)
    upcoming = CampaignFactory(starts=TODAY + DAY)
    assert set(Campaign.objects.active()) == {running, open_ended}
    assert list(Campaign.objects.upcoming()) == [upcoming]


def test_public_never_includes_drafts() -> None:
    draft = CampaignFactory(status=CampaignStatus.DRAFT)
    archived = CampaignFactory(status=CampaignStatus.ARCHIVED)
    assert draft not in Campaign.objects.public()
    assert archived in Campaign.objects.public()


def test_a_campaign_cannot_end_before_it_starts() -> None:
    campaign = CampaignFactory.build(starts=TODAY, ends=TODAY - DAY)
    with pytest.raises(ValidationError, match="ends before it starts"):
        campaign.full_clean()


def test_days_held_counts_the_day_of_arrest_and_of_release() -> None:
    prisoner = PrisonerFactory.build(
        arrested=datetime.date(2013, 5, 17), released=datetime.date(2014, 2, 17)
    )
    assert prisoner.days_held() == 277


def test_days_held_so_far_for_someone_still_detained() -> None:
    prisoner = PrisonerFactory.build(arrested=datetime.date(2026, 1, 1), released=None)
    assert prisoner.days_held(on=datetime.date(2026, 1, 10)) == 10
    assert prisoner.is_held


def test_a_prisoner_cannot_be_published_without_consent() -> None:
    prisoner = PrisonerFactory.build(consent_recorded=False, published=True)
    with pytest.raises(ValidationError, match="Record consent"):
        prisoner.full_clean(exclude=["country"])
