"""Factories for review tests (prayers come from the prayers app's factories)."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from vigil.accounts.groups import sync_group_permissions
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

__all__ = ["ModeratorFactory", "PrayerFactory", "WallFactory"]


class ModeratorFactory(factory.django.DjangoModelFactory):
    """A staff member in the Moderators group."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"moderator{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    is_staff = True

    @factory.post_generation
    def moderators_group(self, create, extracted, **kwargs):
        if create:
            sync_group_permissions()
            self.groups.add(Group.objects.get(name="Moderators"))
