"""Counting give clicks and publishing prisoners."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError

from vigil.campaigns.models import GiveClick
from vigil.campaigns.services import give_click_record, prisoner_publish
from vigil.campaigns.tests.factories import PrisonerFactory

pytestmark = pytest.mark.django_db


def test_clicks_are_counted_per_target_and_day() -> None:
    day = datetime.date(2026, 3, 1)
    give_click_record(key="campaign:a", day=day)
    give_click_record(key="campaign:a", day=day)
    give_click_record(key="campaign:a", day=day + datetime.timedelta(days=1))
    give_click_record(key="default", day=day)
    assert GiveClick.objects.get(key="campaign:a", day=day).count == 2
    assert GiveClick.objects.totals() == {"campaign:a": 3, "default": 1}


def test_a_click_stores_nothing_about_the_visitor() -> None:
    names = {field.name for field in GiveClick._meta.get_fields()}
    assert names == {"id", "key", "day", "count"}


def test_publishing_needs_consent() -> None:
    prisoner = PrisonerFactory(consent_recorded=False, published=False)
    with pytest.raises(ValidationError):
        prisoner_publish(prisoner=prisoner)
    prisoner.refresh_from_db()
    assert not prisoner.published
    prisoner.consent_recorded = True
    prisoner.save()
    assert prisoner_publish(prisoner=prisoner).published


def test_unpublishing_a_prisoner_deletes_the_wall_that_names_them() -> None:
    from vigil.campaigns.services import prisoner_unpublish
    from vigil.prayers.models import Wall, wall_for

    prisoner = PrisonerFactory(name="Pastor A")
    other = wall_for(PrisonerFactory())
    wall_for(prisoner)
    prisoner_unpublish(prisoner=prisoner)
    assert not Wall.objects.filter(title="Pastor A").exists()
    assert Wall.objects.filter(pk=other.pk).exists()
