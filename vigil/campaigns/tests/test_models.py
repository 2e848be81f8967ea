"""Campaign dates and status, prisoners' days held and consent."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError

from vigil.campaigns.models import Campaign, CampaignStatus, today
from vigil.campaigns.tests.factories import CampaignFactory, PrisonerFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_active_means_published_and_within_its_dates() -> None:
    running = CampaignFactory()
    open_ended = CampaignFactory(ends=None)
    CampaignFactory(status=CampaignStatus.DRAFT)
    CampaignFactory(starts=today() - 30 * DAY, ends=today() - DAY)
    upcoming = CampaignFactory(starts=today() + DAY)
    assert set(Campaign.objects.active()) == {running, open_ended}
    assert list(Campaign.objects.upcoming()) == [upcoming]


def test_public_never_includes_drafts() -> None:
    draft = CampaignFactory(status=CampaignStatus.DRAFT)
    archived = CampaignFactory(status=CampaignStatus.ARCHIVED)
    assert draft not in Campaign.objects.public()
    assert archived in Campaign.objects.public()


def test_a_campaign_cannot_end_before_it_starts() -> None:
    campaign = CampaignFactory.build(starts=today(), ends=today() - DAY)
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


# Goals, closing and letters ---------------------------------------------------------------


def prayed_on_wall(campaign: Campaign, prayed: int, published: int = 0) -> None:
    from vigil.prayers.models import Wall

    Wall.objects.filter(pk=Wall.objects.for_campaign(campaign).pk).update(
        prayed_count=prayed, published_count=published
    )


def test_prayers_counted_are_presses_and_published_prayers_of_the_campaign_wall() -> None:
    counted = CampaignFactory(prayer_goal=200)
    prayed_on_wall(counted, prayed=120, published=30)
    no_wall = CampaignFactory(prayer_goal=10)
    rows = {c.pk: c for c in Campaign.objects.with_prayer_counts()}
    assert rows[counted.pk].prayers_counted == 150
    assert rows[counted.pk].goal_percent == 75 and not rows[counted.pk].goal_reached
    assert rows[no_wall.pk].prayers_counted == 0 and rows[no_wall.pk].goal_percent == 0


def test_progress_stops_at_the_goal_and_says_it_is_reached() -> None:
    campaign = CampaignFactory(prayer_goal=100)
    prayed_on_wall(campaign, prayed=250)
    campaign = Campaign.objects.with_prayer_counts().get(pk=campaign.pk)
    assert campaign.goal_percent == 100 and campaign.goal_reached
    campaign.prayer_goal = None
    assert campaign.goal_percent == 0 and not campaign.goal_reached


def test_a_campaign_wall_closes_after_the_last_day_of_the_campaign() -> None:
    from vigil.prayers.models import Wall

    campaign = CampaignFactory(ends=today() - DAY)
    wall = Wall.objects.for_campaign(campaign)
    assert wall.closes_on == today() - DAY and wall.has_closed() and campaign.has_ended()
    campaign.ends = today() + DAY  # extended by an editor
    campaign.save()
    assert not Wall.objects.for_campaign(campaign).has_closed()


def test_a_prisoners_wall_counts_i_prayed_only() -> None:
    from vigil.prayers.models import wall_for

    prisoner = PrisonerFactory(slug="pastor-a", name="Pastor A")
    wall = wall_for(prisoner)
    assert wall.key == "prisoner:pastor-a" and wall.title == "Pastor A"
    assert not wall.is_open and not wall.takes_prayers and not wall.has_closed()
    assert wall.get_absolute_url() == "/prisoners/pastor-a/"


def test_letters_need_an_address() -> None:
    prisoner = PrisonerFactory.build(letters_allowed=True, letter_address="  ")
    with pytest.raises(ValidationError, match="address letters go to"):
        prisoner.full_clean(exclude=["country"])
    prisoner.letter_address = "PO Box 1, Astana"
    prisoner.full_clean(exclude=["country"])
