"""State changes of campaigns, giving and prisoners. Views, admin and the demo call these."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext

from vigil.campaigns.models import GiveClick, Prisoner, today
from vigil.prayers.models import Wall


@transaction.atomic
def give_click_record(*, key: str, day: datetime.date | None = None) -> None:
    """Count one followed "Give" link for ``key`` on ``day``; nothing about the visitor."""
    row, _created = GiveClick.objects.get_or_create(key=key, day=day or today())
    GiveClick.objects.filter(pk=row.pk).update(count=F("count") + 1)


@transaction.atomic
def prisoner_publish(*, prisoner: Prisoner) -> Prisoner:
    """Publish a prisoner's page; refused unless consent is on record."""
    if not prisoner.consent_recorded:
        raise ValidationError(gettext("Record consent before publishing a prisoner's page."))
    prisoner.published = True
    prisoner.full_clean()
    prisoner.save(update_fields=["published"])
    return prisoner


@transaction.atomic
def prisoner_unpublish(*, prisoner: Prisoner) -> Prisoner:
    """Take a prisoner's page down, and with it the wall that counted "I prayed" for them."""
    prisoner.published = False
    prisoner.save(update_fields=["published"])
    prisoner_wall_delete(prisoner=prisoner)
    return prisoner


@transaction.atomic
def prisoner_wall_delete(*, prisoner: Prisoner) -> None:
    """Delete the prisoner's "I prayed" wall, which carries their name, once their page is
    not shown (unpublished, or consent withdrawn): no wall page names them any more. A
    page published again starts a new count."""
    Wall.objects.filter(key=prisoner.wall_key).delete()
