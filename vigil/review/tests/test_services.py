"""Keeping a reported prayer, undoing the last action, and reasons in plain words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model

from vigil.core.models import LogEntry
from vigil.moderation import bans
from vigil.moderation.models import Ban
from vigil.prayers.models import Prayer, Report, Wall
from vigil.prayers.services import lifecycle
from vigil.review import actions, queue, reasons, undo
from vigil.review.tests.factories import ModeratorFactory, PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator():
    return ModeratorFactory(first_name="Maria")


def reported(*, held: bool, reporters: int = 3, **kwargs):
    """A published prayer with ``reporters`` reports, held by them if ``held``."""
    prayer = PrayerFactory(client_hash="c-author", email_hash="e-author", **kwargs)
    for n in range(reporters):
        Report.objects.create(prayer=prayer, reason="offensive", reporter=f"r-{n}", weight=1.0)
    Prayer.objects.filter(pk=prayer.pk).update(report_count=reporters)
    prayer.refresh_from_db()
    if held:
        lifecycle.prayer_hold(prayer=prayer, reasons=[f"reported by {reporters} readers"])
    return prayer


def fresh(prayer):
    return Prayer.objects.get(pk=prayer.pk)


def moderate(prayer, action, actor, **kwargs):
    return actions.prayer_moderate(prayer=fresh(prayer), action=action, actor=actor, **kwargs)


# --- keep: dismiss reports ------------------------------------------------------------


def test_keeping_a_prayer_held_by_reports_publishes_it_and_clears_its_reports(moderator):
    prayer = reported(held=True)
    assert queue.tab_counts()["reported"] == 1
    published_before = Wall.objects.get(pk=prayer.wall_id).published_count
    entry = moderate(prayer, "dismiss", moderator)
    prayer = fresh(prayer)
    assert (prayer.status, prayer.report_count, prayer.reports.count()) == ("published", 0, 0)
    assert entry.action == "prayer.reports_dismissed" and entry.actor == moderator
    assert entry.reasons == ["3 report(s)", "Offensive"] and entry.data["was"] == "held"
    assert queue.tab_counts()["reported"] == 0
    assert Wall.objects.get(pk=prayer.wall_id).published_count == published_before + 1
    published = LogEntry.objects.for_object(prayer).get(action="prayer.published")
    assert published.actor == moderator and published.reasons == ["reports dismissed"]


def test_keeping_a_published_reported_prayer_takes_it_off_the_reported_tab(moderator):
    prayer = reported(held=False, reporters=1)
    moderate(prayer, "dismiss", moderator)
    assert fresh(prayer).status == "published"
    assert queue.tab_counts()["reported"] == 0
    assert not LogEntry.objects.for_object(prayer).filter(action="prayer.published").exists()


def test_a_prayer_without_reports_has_nothing_to_dismiss(moderator):
    with pytest.raises(actions.ActionRefused, match="no reports to dismiss"):
        moderate(PrayerFactory(), "dismiss", moderator)


# --- undo -------------------------------------------------------------------------------


def held():
    return PrayerFactory(status="held", published_at=None, client_hash="c-1", email_hash="e-1")


@pytest.mark.parametrize(
    ("start", "action", "after"),
    [
        ("held", "approve", "published"),
        ("held", "reject", "rejected"),
        ("published", "remove", "removed"),
        ("published", "reject", "rejected"),
        ("rejected", "approve", "published"),
    ],
)
def test_undo_puts_the_prayer_back_through_the_state_machine(moderator, start, action, after):
    prayer = PrayerFactory(status=start, client_hash="c-1")
    entry = moderate(prayer, action, moderator, reason="spam")
    assert fresh(prayer).status == after
    undone, what = undo.action_undo(entry_id=entry.pk, actor=moderator)
    assert undone.status == start == fresh(prayer).status
    assert what == undo.UNDO_LABELS[entry.action]
    last = LogEntry.objects.for_object(prayer).latest("id")
    assert (last.action, last.actor, last.data["undoes"]) == ("prayer.undone", moderator, entry.pk)


def test_undoing_a_ban_lifts_it_and_brings_the_prayer_back(moderator):
    prayer = held()
    entry = moderate(prayer, "ban", moderator, duration="forever", reason="threat")
    assert entry.action == "author.banned" and bans.is_banned(client_hash="c-1")
    assert fresh(prayer).status == "rejected"
    undo.action_undo(entry_id=entry.pk, actor=moderator)
    assert not bans.is_banned(client_hash="c-1", email_hash="e-1")
    assert Ban.objects.count() == 2  # kept on record, ended
    assert fresh(prayer).status == "held"


def test_undoing_a_dismissal_brings_the_reports_back(moderator):
    prayer = reported(held=True)
    entry = moderate(prayer, "dismiss", moderator)
    undo.action_undo(entry_id=entry.pk, actor=moderator)
    prayer = fresh(prayer)
    assert (prayer.status, prayer.report_count, prayer.reports.count()) == ("held", 3, 3)
    assert set(prayer.reports.values_list("reporter", flat=True)) == {"r-0", "r-1", "r-2"}
    assert queue.tab_counts()["reported"] == 1
    assert "report(s) restored" in " ".join(
        LogEntry.objects.for_object(prayer).latest("id").reasons
    )


def test_undo_is_refused_politely_after_a_minute(moderator):
    prayer = held()
    entry = moderate(prayer, "approve", moderator)
    LogEntry.objects.filter(pk=entry.pk).update(created_at=entry.created_at - timedelta(seconds=61))
    with pytest.raises(undo.UndoRefused, match="only possible for a minute"):
        undo.action_undo(entry_id=entry.pk, actor=moderator)
    assert fresh(prayer).status == "published"


def test_only_the_same_moderator_may_undo(moderator):
    entry = moderate(held(), "approve", moderator)
    with pytest.raises(undo.UndoRefused, match="Only the moderator who acted"):
        undo.action_undo(entry_id=entry.pk, actor=ModeratorFactory())


def test_undo_is_refused_once_the_prayer_has_changed_again(moderator):
    prayer = held()
    entry = moderate(prayer, "approve", moderator)
    moderate(prayer, "remove", ModeratorFactory())
    with pytest.raises(undo.UndoRefused, match="has changed since"):
        undo.action_undo(entry_id=entry.pk, actor=moderator)
    assert fresh(prayer).status == "removed"


def test_an_action_is_undone_once(moderator):
    entry = moderate(held(), "approve", moderator)
    undo.action_undo(entry_id=entry.pk, actor=moderator)
    with pytest.raises(undo.UndoRefused):
        undo.action_undo(entry_id=entry.pk, actor=moderator)


def test_entries_that_are_not_queue_actions_cannot_be_undone(moderator):
    prayer = held()
    lifecycle.prayer_publish(prayer=prayer, actor=moderator)  # the admin: no "was" recorded
    entry = LogEntry.objects.for_object(prayer).latest("id")
    with pytest.raises(undo.UndoRefused, match="cannot be undone"):
        undo.action_undo(entry_id=entry.pk, actor=moderator)
    with pytest.raises(undo.UndoRefused):
        undo.action_undo(entry_id=10**12, actor=moderator)


# --- plain words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("classifier.identity_attack", "attack people for their religion, ethnicity or belief"),
        ("classifier.insult (uncertain)", "but it is unsure"),
        ("language.untrained", "a language our automatic checks were not trained on"),
        ("link in a first post", "contains a link, and it is the first post from this sender"),
        ("banned term: idiots", "uses a banned word: “idiots”"),
        ("name: suspect term: snailfolk", "The sender's name uses a word on the watch list"),
        ("pattern.threat", "reads like a threat"),
        ("form token missing or invalid", "without its security token"),
        ("reported by 3 readers", "3 readers reported it"),
        ("reason: harassment", "Insults or harasses someone"),
        ("deep stage: classifier.threat", "The closer automatic check: The automatic check"),
    ],
)
def test_reason_codes_read_as_plain_words(code, words):
    assert words in reasons.reason_words(code)


def test_an_unknown_reason_is_shown_as_it_is():
    assert reasons.reason_words("something new") == "something new"


@pytest.mark.parametrize(
    ("codes", "suggested"),
    [
        (["classifier.identity_attack (uncertain)", "classifier.threat"], "identity_attack"),
        (["deep stage: classifier.threat"], "threat"),
        (["pattern.harassment"], "harassment"),
        (["name: banned term: idiots"], "language"),
        (["language.untrained", "3 links"], "spam"),
        (["reported by 2 readers", "Personal information"], "personal"),
        (["reason: sexual"], "sexual"),
        (["language.untrained", "reported by 1 reader", "Offensive"], ""),
        ([], ""),
    ],
)
def test_the_queue_suggests_a_reason_only_where_a_check_gives_one(codes, suggested):
    assert reasons.suggested_reason(codes) == suggested


def test_an_audit_entry_reads_as_a_sentence(moderator):
    prayer = held()
    Prayer.objects.filter(pk=prayer.pk).update(name="Anna", wall=WallFactory(title="Kazakhstan"))
    entry = moderate(prayer, "approve", moderator)
    prayer = Prayer.objects.select_related("wall").get(pk=prayer.pk)
    assert reasons.sentence(entry, prayer) == "Maria approved Anna's prayer on Kazakhstan's wall"
    system = LogEntry(action="prayer.held", target_repr="#9 (deleted by its author)")
    assert reasons.sentence(system, None) == (
        "Vigil held a prayer for a moderator, #9 (deleted by its author)"
    )
    user = get_user_model().objects.create(username="tomas", is_staff=True)
    banned = LogEntry(action="author.banned", actor=user)
    assert (
        reasons.sentence(banned, prayer, wall=False) == "tomas banned the author of Anna's prayer"
    )
    assert reasons.possessive("Philippines") == "Philippines'"
