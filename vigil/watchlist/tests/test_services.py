"""Publishing and withdrawing an edition."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from vigil.watchlist.models import Entry
from vigil.watchlist.services import edition_publish, edition_unpublish
from vigil.watchlist.tests.factories import EditionFactory, EntryFactory, PrayerPointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    edition = EditionFactory(year=2027, publish_at=None)
    EntryFactory(edition=edition, rank=1)
    EntryFactory(edition=edition, rank=2)
    return edition


def test_publish_sets_publish_at_now(draft):
    edition = edition_publish(edition=draft)

    assert edition.is_published
    draft.refresh_from_db()
    assert draft.publish_at == edition.publish_at


def test_publish_at_a_future_embargo(draft):
    at = datetime(2099, 1, 15, 9, tzinfo=UTC)

    edition = edition_publish(edition=draft, at=at)

    assert edition.publish_at == at
    assert not edition.is_published


def test_publish_is_keyword_only(draft):
    with pytest.raises(TypeError):
        edition_publish(draft)  # type: ignore[misc]


def test_publish_is_blocked_by_an_empty_list():
    edition = EditionFactory(year=2027, publish_at=None)

    with pytest.raises(ValidationError) as error:
        edition_publish(edition=edition)

    assert error.value.messages == ["The list is empty: import or add entries first."]
    edition.refresh_from_db()
    assert edition.publish_at is None


def test_publish_is_blocked_by_placeholders(draft):
    draft.methodology = "TBD"
    draft.save()
    PrayerPointFactory(entry=draft.entries.first(), text="TODO write the prayer")

    with pytest.raises(ValidationError) as error:
        edition_publish(edition=draft)

    assert "The methodology note contains a placeholder." in error.value.messages
    assert any("prayer point has a placeholder" in m for m in error.value.messages)
    draft.refresh_from_db()
    assert draft.publish_at is None


def test_publish_is_blocked_by_duplicate_ranks(draft):
    """Rows that bypassed the database constraint (e.g. a raw import) still block publication."""
    with connection.cursor() as cursor:  # rolled back with the test's transaction
        cursor.execute('DROP INDEX "unique_rank_per_edition"')
    Entry.objects.filter(edition=draft, rank=2).update(rank=1)

    with pytest.raises(ValidationError) as error:
        edition_publish(edition=draft)

    assert any(m.startswith("Rank 1 is given to both") for m in error.value.messages)


def test_unpublish_clears_the_embargo():
    edition = EditionFactory(year=2020)
    EntryFactory(edition=edition, rank=1)

    edition_unpublish(edition=edition)

    edition.refresh_from_db()
    assert edition.publish_at is None
    assert not edition.is_published


def test_publishing_messages_read_as_sentences() -> None:
    from vigil.watchlist.admin import sentences

    assert sentences(["The edition has no title.", "The list is empty"]) == (
        "The edition has no title. The list is empty."
    )
