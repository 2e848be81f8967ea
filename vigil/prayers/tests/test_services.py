from __future__ import annotations

import threading
from datetime import timedelta
from unittest.mock import patch

import pytest
from django.db import connection
from django.utils import timezone

from vigil.core import privacy, ratelimit
from vigil.core.models import LogEntry
from vigil.moderation.models import Ban, Term
from vigil.prayers.models import PrayedMark, Prayer, Report, Wall, WallPolicy
from vigil.prayers.services import lifecycle, reactions, reports, retention, submission
from vigil.prayers.services.common import SubmissionRefused
from vigil.prayers.services.submission import SubmissionRateLimited
from vigil.prayers.states import TransitionRefused
from vigil.prayers.tests.factories import PrayerFactory, WallFactory, confirmed_address

pytestmark = pytest.mark.django_db

CLIENT = "202501:" + "a" * 64
TEXT = "Lord, strengthen the believers who meet in secret, and comfort the families."


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    """Rate-limit windows must not roll over in the middle of a test."""
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)


def submit(wall: Wall, text: str = TEXT, **kwargs) -> submission.SubmitResult:
    kwargs.setdefault("name", "Anna")
    kwargs.setdefault("client_hash", CLIENT)
    kwargs.setdefault("seconds_to_submit", 30.0)
    return submission.prayer_submit(wall=wall, text=text, **kwargs)


def events(prayer: Prayer) -> list[tuple[str, list[str]]]:
    return [(e.action, e.reasons) for e in LogEntry.objects.for_object(prayer)]


def test_a_clean_prayer_is_published_counted_and_logged():
    wall = WallFactory()
    result = submit(wall, email="Anna@Example.org")
    prayer = result.prayer
    assert prayer.status == Prayer.Status.PUBLISHED
    assert prayer.published_at is not None
    assert prayer.email_hash and prayer.email_hash != "anna@example.org"
    assert prayer.edit_token_hash and result.edit_token not in prayer.edit_token_hash
    assert events(prayer) == [("prayer.published", [])]
    wall.refresh_from_db()
    assert wall.published_count == 1
    assert result.message == "Thank you — your prayer is published."


def test_text_is_normalised_before_it_is_stored():
    wall = WallFactory()
    text = "Cafe\u0301 church\u200b\x07 prays.\r\n\r\n\r\n\r\nAmen and amen, Lord of all."
    prayer = submit(wall, text=text, name="  Anna \u200b ").prayer
    assert prayer.text == "Café church prays.\n\nAmen and amen, Lord of all."
    assert prayer.name == "Anna"


def test_a_banned_term_rejects_with_a_reason_and_is_logged():
    Term.objects.create(term="vermintrash", kind=Term.Kind.BANNED)
    wall = WallFactory()
    result = submit(wall, text="You are vermintrash, all of you (fake-identity_attack).")
    assert result.prayer.status == Prayer.Status.REJECTED
    assert "rewrite" in result.message
    assert events(result.prayer) == [
        ("prayer.rejected", ["banned term: vermintrash", "classifier.identity_attack"])
    ]
    wall.refresh_from_db()
    assert wall.published_count == 0


def test_a_suspect_term_holds():
    Term.objects.create(term="wolfpack", kind=Term.Kind.SUSPECT)
    prayer = submit(WallFactory(), text="Protect them from the wolfpack in the village.").prayer
    assert prayer.status == Prayer.Status.HELD
    assert events(prayer) == [("prayer.held", ["suspect term: wolfpack"])]


def test_talking_about_persecution_is_published():
    text = (
        "Pray for the pastor who was beaten and jailed for his faith, "
        "and for the Muslim neighbours who hid his family."
    )
    assert submit(WallFactory(), text=text).prayer.status == Prayer.Status.PUBLISHED


def test_more_than_one_link_holds():
    wall = WallFactory()
    PrayerFactory(wall=wall, client_hash=CLIENT)  # not a first post
    text = "See https://example.org/a and www.example.net/b for news."
    prayer = submit(wall, text=text).prayer
    assert prayer.status == Prayer.Status.HELD
    assert events(prayer)[0][1] == ["2 links"]


def test_a_link_in_a_first_post_holds_but_not_later():
    wall = WallFactory()
    first = submit(wall, text="News at https://example.org/news about the church.").prayer
    assert first.status == Prayer.Status.HELD
    assert events(first)[0][1] == ["link in a first post"]
    confirmed_address("anna@mailbox.test")
    PrayerFactory(wall=wall, email_hash=privacy.email_hash("anna@mailbox.test"))
    later = submit(
        wall, text="Later news at https://example.org/later about them.", email="anna@mailbox.test"
    ).prayer
    assert later.status == Prayer.Status.PUBLISHED


def test_trust_comes_only_from_a_confirmed_address():
    """Published prayers under a typed address, or from the same network, earn nothing:
    anyone can type anyone's address, and strangers share networks."""
    wall = WallFactory()
    for _ in range(3):
        PrayerFactory(wall=wall, email_hash=privacy.email_hash("anna@mailbox.test"))
        PrayerFactory(wall=wall, client_hash=CLIENT)
    text = "Read the church's letter at https://example.org/letter and pray."
    typed = submit(wall, text=text, email="anna@mailbox.test").prayer
    assert typed.status == Prayer.Status.HELD
    assert "link in a first post" in events(typed)[0][1]
    confirmed_address("anna@mailbox.test")
    trusted = submit(wall, text=text + " Amen.", email="anna@mailbox.test").prayer
    assert trusted.status == Prayer.Status.PUBLISHED


def test_pre_moderated_walls_hold_everything():
    wall = WallFactory(moderation_mode=Wall.Mode.PRE)
    result = submit(wall)
    assert result.prayer.status == Prayer.Status.HELD
    assert result.message == "A moderator will read it before it appears."


def test_posting_within_three_seconds_holds_as_a_likely_bot():
    prayer = submit(WallFactory(), seconds_to_submit=1.2).prayer
    assert prayer.status == Prayer.Status.HELD
    assert "after the form loaded" in events(prayer)[0][1][0]


def test_a_missing_form_token_holds():
    prayer = submit(WallFactory(), seconds_to_submit=None, form_token_valid=False).prayer
    assert prayer.status == Prayer.Status.HELD


def test_the_honeypot_marks_spam_and_logs_it():
    result = submit(WallFactory(), honeypot="http://spam.example")
    assert result.prayer.status == Prayer.Status.SPAM
    assert result.message == "A moderator will read it before it appears."
    assert events(result.prayer) == [("prayer.spam", ["honeypot field filled"])]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "\u200b \u200d"}, "name"),
        ({"name": "x" * 61}, "name"),
        ({"text": ""}, "text"),
        ({"text": "y" * 2001}, "text"),
        ({"email": "not-an-email"}, "email"),
    ],
)
def test_invalid_fields_are_refused_and_nothing_is_saved(fields, field):
    with pytest.raises(SubmissionRefused) as refused:
        submit(WallFactory(), **{"text": TEXT, **fields})
    assert refused.value.code == "invalid"
    assert field in refused.value.errors
    assert not Prayer.objects.exists()


def test_limits_are_inclusive():
    text = ("Lord, keep them safe and strong. " * 70)[:2000]
    prayer = submit(WallFactory(), name="n" * 60, text=text).prayer
    assert prayer.status == Prayer.Status.PUBLISHED


def test_a_closed_wall_refuses():
    with pytest.raises(SubmissionRefused) as refused:
        submit(WallFactory(is_open=False))
    assert refused.value.code == "closed"


@pytest.mark.django_db(transaction=True)
def test_a_wall_deleted_while_its_form_was_sent_refuses_as_closed():
    wall = WallFactory()
    stale = Wall.objects.get(pk=wall.pk)
    Wall.objects.filter(pk=wall.pk).delete()
    with pytest.raises(SubmissionRefused) as refused:
        submit(stale)
    assert refused.value.code == "closed"
    assert not Prayer.objects.exists()


def test_a_banned_client_is_rejected_with_the_reason_logged():
    Ban.objects.create(kind=Ban.Kind.CLIENT, value=CLIENT, reason="abuse")
    result = submit(WallFactory())
    assert result.prayer.status == Prayer.Status.REJECTED
    assert result.message == "This wall does not accept posts from you."
    assert events(result.prayer) == [("prayer.rejected", ["author is banned"])]


def test_a_wall_can_hold_banned_authors_instead():
    wall = WallFactory()
    WallPolicy.objects.create(wall=wall, ban_action=WallPolicy.BanAction.HOLD)
    Ban.objects.create(kind=Ban.Kind.CLIENT, value=CLIENT, reason="abuse")
    assert submit(wall).prayer.status == Prayer.Status.HELD


def test_an_expired_ban_no_longer_applies():
    past = timezone.now() - timedelta(days=1)
    Ban.objects.create(kind=Ban.Kind.CLIENT, value=CLIENT, reason="abuse", until=past)
    assert submit(WallFactory()).prayer.status == Prayer.Status.PUBLISHED


def test_three_a_minute_per_client_then_429_with_retry_after():
    wall = WallFactory()
    for n in range(3):
        submit(wall, text=f"{TEXT} {n}")
    with pytest.raises(SubmissionRateLimited) as limited:
        submit(wall, text=f"{TEXT} 4")
    assert limited.value.status == 429
    assert limited.value.retry_after == 40  # the clock is 20 s into its minute
    assert "minute" in limited.value.message
    assert Prayer.objects.count() == 3
    # Another client is not affected.
    assert submit(wall, text=f"{TEXT} 5", client_hash="other").prayer.pk


def test_twenty_a_day_per_client(monkeypatch):
    wall = WallFactory()
    clock = [1_000_000_040.0]
    monkeypatch.setattr(ratelimit, "_now", lambda: clock[0])
    for n in range(20):
        clock[0] += 61  # a new minute each time
        submit(wall, text=f"{TEXT} {n}")
    clock[0] += 61
    with pytest.raises(SubmissionRateLimited) as limited:
        submit(wall, text=f"{TEXT} 21")
    assert "today" in limited.value.message


def test_a_flooded_wall_holds_new_prayers_instead_of_refusing_them(settings):
    settings.VIGIL_PRAYER_RATES = {"wall-minute": (2, 60)}
    wall = WallFactory()
    submit(wall, text=f"{TEXT} 1", client_hash="one")
    submit(wall, text=f"{TEXT} 2", client_hash="two")
    result = submit(wall, text=f"{TEXT} 3", client_hash="three")
    prayer = result.prayer
    assert prayer.pk and prayer.status == Prayer.Status.HELD and result.flooded
    assert prayer.text == f"{TEXT} 3" and result.edit_token
    assert result.message == (
        "Many prayers are arriving on this wall right now, so each new one waits for review. "
        "A moderator will read it before it appears."
    )
    assert events(prayer) == [("prayer.held", ["flood: more than 2 prayers a minute on this wall"])]
    other = submit(WallFactory(), text=f"{TEXT} 4", client_hash="four")
    assert other.prayer.status == Prayer.Status.PUBLISHED and not other.flooded


def test_in_a_flood_a_rejection_stays_a_rejection_and_one_client_is_still_refused(settings):
    settings.VIGIL_PRAYER_RATES = {"wall-minute": (1, 60)}
    Term.objects.create(term="vermintrash", kind=Term.Kind.BANNED)
    wall = WallFactory()
    submit(wall, text=f"{TEXT} 1", client_hash="one")
    text = "You are vermintrash, all of you (fake-identity_attack)."
    rejected = submit(wall, text=text, client_hash="two")
    assert rejected.prayer.status == Prayer.Status.REJECTED
    for n in range(3):  # the client's own limit: three a minute
        assert submit(wall, text=f"{TEXT} {n + 2}").prayer.status == Prayer.Status.HELD
    with pytest.raises(SubmissionRateLimited) as limited:
        submit(wall, text=f"{TEXT} 9")
    assert "Please wait a minute" in limited.value.message
    assert not Prayer.objects.filter(text=f"{TEXT} 9").exists()


def test_identical_text_from_the_same_client_within_a_day_is_a_duplicate():
    submit(WallFactory())
    with pytest.raises(SubmissionRefused) as refused:
        submit(WallFactory(), text=TEXT.upper() + "  ")
    assert refused.value.code == "duplicate"


def test_identical_long_text_on_the_same_wall_is_held_as_a_copy_but_amen_is_not():
    wall = WallFactory()
    assert submit(wall, client_hash="one").prayer.status == Prayer.Status.PUBLISHED
    copy = submit(wall, client_hash="two")
    assert copy.prayer.status == Prayer.Status.HELD
    assert copy.verdict.reasons == [submission.COPY_REASON]
    assert copy.message == "A moderator will read it before it appears."
    # the copier's own second send is theirs: a duplicate
    with pytest.raises(SubmissionRefused):
        submit(wall, client_hash="two")
    # a copy on another wall is no copy
    assert submit(WallFactory(), client_hash="three").prayer.status == Prayer.Status.PUBLISHED
    submit(wall, text="Amen.", client_hash="three")
    assert submit(wall, text="Amen.", client_hash="four").prayer.status == Prayer.Status.PUBLISHED


def test_a_duplicate_after_24_hours_is_accepted():
    first = submit(WallFactory()).prayer
    Prayer.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(hours=25))
    assert submit(WallFactory()).prayer.pk


def test_moderator_transitions_keep_the_count_exact_and_log_the_actor(django_user_model):
    moderator = django_user_model.objects.create(username="mod")
    wall = WallFactory(moderation_mode=Wall.Mode.PRE)
    prayer = submit(wall).prayer
    lifecycle.prayer_publish(prayer=prayer, actor=moderator)
    with pytest.raises(TransitionRefused):  # publishing twice is refused, the count kept
        lifecycle.prayer_publish(prayer=prayer, actor=moderator)
    wall.refresh_from_db()
    assert wall.published_count == 1
    lifecycle.prayer_remove(prayer=prayer, actor=moderator, reasons=["harassment"])
    wall.refresh_from_db()
    assert wall.published_count == 0
    last = LogEntry.objects.for_object(prayer).first()
    assert (last.action, last.actor, last.reasons) == ("prayer.removed", moderator, ["harassment"])


def test_three_distinct_reporters_hold_a_prayer():
    wall = WallFactory()
    prayer = submit(wall).prayer
    for reporter in ("r1", "r2", "r3"):  # participants: their own prayers are published
        PrayerFactory(client_hash=reporter)
    reports.prayer_report(prayer=prayer, reason="offensive", reporter="r1")
    reports.prayer_report(prayer=prayer, reason="offensive", reporter="r1")  # same reader
    reports.prayer_report(prayer=prayer, reason="spam", reporter="r2")
    prayer.refresh_from_db()
    assert prayer.status == Prayer.Status.PUBLISHED
    _, held = reports.prayer_report(prayer=prayer, reason="personal", reporter="r3")
    prayer.refresh_from_db()
    wall.refresh_from_db()
    assert held and prayer.status == Prayer.Status.HELD
    assert prayer.report_count == 3
    assert wall.published_count == 0
    actions = [action for action, _ in events(prayer)]
    assert actions.count("prayer.reported") == 3
    assert actions[0] == "prayer.held"


def test_i_prayed_counts_once_a_day_per_visitor():
    wall = WallFactory()
    assert reactions.wall_pray(wall=wall, visitor_keys=["v:1", "c:1"]) == (True, 1)
    assert reactions.wall_pray(wall=wall, visitor_keys=["v:1", "c:1"]) == (False, 1)
    # Same cookie from another network, or cleared cookie on the same client: not again.
    assert reactions.wall_pray(wall=wall, visitor_keys=["v:1", "c:2"]) == (False, 1)
    assert reactions.wall_pray(wall=wall, visitor_keys=["v:9", "c:1"]) == (False, 1)
    assert reactions.wall_pray(wall=wall, visitor_keys=["v:2", "c:2"]) == (True, 2)
    PrayedMark.objects.update(day=timezone.localdate() - timedelta(days=1))
    assert reactions.wall_pray(wall=wall, visitor_keys=["v:1", "c:1"]) == (True, 3)


def test_pray_with_counts_per_prayer_and_only_published():
    prayer = PrayerFactory()
    other = PrayerFactory(wall=prayer.wall)
    held = PrayerFactory(wall=prayer.wall, status=Prayer.Status.HELD)
    keys = ["v:1", "c:1"]
    assert reactions.prayer_pray_with(prayer=prayer, visitor_keys=keys) == (True, 1)
    assert reactions.prayer_pray_with(prayer=prayer, visitor_keys=keys) == (False, 1)
    assert reactions.prayer_pray_with(prayer=other, visitor_keys=keys) == (True, 1)
    assert reactions.prayer_pray_with(prayer=held, visitor_keys=keys) == (False, 0)
    prayer.wall.refresh_from_db()
    assert prayer.wall.prayed_count == 0


def _in_threads(count: int, work) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run(n: int) -> None:
        try:
            barrier.wait()
            work(n)
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_i_prayed_are_counted_exactly():
    wall = WallFactory()
    errors = _in_threads(
        50,
        lambda n: reactions.wall_pray(wall=Wall.objects.get(pk=wall.pk), visitor_keys=[f"v:{n}"]),
    )
    assert errors == []
    wall.refresh_from_db()
    assert wall.prayed_count == 50
    assert PrayedMark.objects.filter(target_id=wall.pk).count() == 50


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_i_prayed_by_one_visitor_count_once():
    wall = WallFactory()
    prayer = PrayerFactory(wall=wall)
    errors = _in_threads(
        50,
        lambda n: (
            reactions.wall_pray(wall=Wall.objects.get(pk=wall.pk), visitor_keys=["v:same"]),
            reactions.prayer_pray_with(
                prayer=Prayer.objects.get(pk=prayer.pk), visitor_keys=["v:same"]
            ),
        ),
    )
    assert errors == []
    wall.refresh_from_db()
    prayer.refresh_from_db()
    assert (wall.prayed_count, prayer.prayed_count) == (1, 1)


def test_purge_deletes_old_rejected_and_spam_and_forgets_client_hashes():
    wall = WallFactory()
    old = timezone.now() - timedelta(days=31)
    old_rejected = PrayerFactory(wall=wall, status="rejected", client_hash="h")
    old_spam = PrayerFactory(wall=wall, status="spam", client_hash="h")
    old_published = PrayerFactory(wall=wall, client_hash="h")
    new_rejected = PrayerFactory(wall=wall, status="rejected", client_hash="h")
    Prayer.objects.filter(pk__in=[old_rejected.pk, old_spam.pk, old_published.pk]).update(
        created_at=old
    )
    report = Report.objects.create(prayer=old_published, reason="spam", reporter="r")
    Report.objects.filter(pk=report.pk).update(created_at=old)
    PrayedMark.objects.create(target_type="wall", target_id=wall.pk, visitor="v", day=old.date())

    counts = retention.prayers_purge()

    assert counts == {"prayers": 2, "client_hashes": 1, "reports": 1, "marks": 1}
    remaining = dict(Prayer.objects.values_list("pk", "client_hash"))
    assert remaining == {old_published.pk: "", new_rejected.pk: "h"}


def test_the_daily_purge_task_purges_once_a_day_and_schedules_the_next_run():
    purge_daily = retention.purge_daily

    prayer = PrayerFactory(status="spam")
    Prayer.objects.filter(pk=prayer.pk).update(created_at=timezone.now() - timedelta(days=40))
    with patch.object(type(purge_daily), "using") as using:
        assert purge_daily.call()["prayers"] == 1
        assert purge_daily.call() == {}  # a second chain on the same day stops here
    assert not Prayer.objects.exists()
    if purge_daily.get_backend().supports_defer:
        run_after = using.call_args.kwargs["run_after"]
        assert timedelta(hours=23) < run_after - timezone.now() <= timedelta(days=1)
        using.return_value.enqueue.assert_called_once_with()
