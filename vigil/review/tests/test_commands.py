"""moderate_text, moderation_report and the held-prayer digest."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from vigil.core.models import LogEntry, log_action
from vigil.moderation.engine.evaluate import Case, Outcome
from vigil.moderation.engine.policy import Verdict
from vigil.moderation.management.commands.moderation_report import read_by_policy
from vigil.review.actions import ReviewAction
from vigil.review.digest import held_digest, held_digest_send
from vigil.review.tests.factories import ModeratorFactory, PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db


def moderate(lines: str, *args: str) -> list[str]:
    out = io.StringIO()
    call_command("moderate_text", *args, stdin=io.StringIO(lines), stdout=out)
    return out.getvalue().splitlines()


def test_moderate_text_writes_one_verdict_per_line(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(
        "Lord, keep the church in Kazakhstan safe.\n"
        "\n"
        "This is fake-obscene talk.\n"
        "This is fake-insult talk, plainly.\n"
    ))  # fmt: skip
    out = io.StringIO()
    call_command("moderate_text", stdout=out)
    assert out.getvalue().splitlines() == [
        "publish\t",
        "hold\tclassifier.obscene",
        "hold\tclassifier.insult",
    ]


def test_moderate_text_checks_the_name_and_uses_a_walls_thresholds(monkeypatch):
    from vigil.prayers.models import WallPolicy

    wall = WallFactory()
    WallPolicy.objects.create(wall=wall, thresholds={"hold": {"insult": 1.0}})
    text = "This is fake-insult talk, plainly.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    out = io.StringIO()
    call_command("moderate_text", "--wall", str(wall.pk), "--name", "shit", stdout=out)
    assert out.getvalue().splitlines() == ["reject\tname: banned term: shit"]


def test_moderate_text_names_a_missing_wall():
    with pytest.raises(CommandError, match="--wall 999999: no wall"):
        call_command("moderate_text", "--wall", "999999")


def test_moderation_report_prints_categories_throughput_and_memory(settings, tmp_path):
    settings.VIGIL_CLASSIFIER = None
    suite = tmp_path / "suite.csv"
    suite.write_text(
        "text,expected,category\n"
        "Lord keep the church in Kazakhstan safe,benign,benign_religion_mention\n"
        "you are a piece of shit,hateful,obscene\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    # (two texts of each set: what is checked here is the report's shape; the figures over
    # every text are the command's own output, minutes of CPU)
    call_command("moderation_report", "--suite", str(suite), "--suite-only", "--stage", "both",
                 "--limit", "2", stdout=out)  # fmt: skip
    report = out.getvalue()
    assert "== suite, full assess()" in report
    assert "== suite, engine, no language detection" in report
    # the sets written apart from the project's data are measured beside the suite
    assert "== forms A (read), full assess()" in report
    assert "== forms B (read), full assess()" in report
    # and the sets only counted, never read, are summed in one line
    counted = "D, F, G, I, K, M, N, O, S, T, X, Z, AB, AD, AF, AH, AJ, AL, AN, AP, AR, AT, AV, AX"
    counted += ", AZ, BB, BD, BF, BH, BJ"
    assert f"== the forms sets only counted ({counted}): " in report
    assert "== cost per stage" in report and "vigil-contextual" in report
    assert "benign_religion_mention" in report and "hateful caught" in report
    assert "obscene" in report and "1/1 100.0%" in report
    assert "texts/CPU-s" in report and "peak extra RSS" in report


def test_every_set_the_report_lists_is_there_and_labelled():
    from collections import Counter

    from vigil.moderation.engine.evaluate import read_suite
    from vigil.moderation.management.commands.moderation_report import FORMS

    for name, path in FORMS.items():
        cases = read_suite(path)
        assert cases, name
        assert {case.expected for case in cases} <= {"benign", "hateful"}, name
        if name.startswith("forms ") and "(counted" in name:
            # every counted set has as many texts in each of the 16 forms
            per_form = Counter(case.category for case in cases)
            assert len(per_form) == 16 and len(set(per_form.values())) == 1, name


def test_moderation_report_counts_a_sample_read_against_the_policy(tmp_path):
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    labels = tmp_path / "labels.csv"
    labels.write_text(
        "sha256,verdict,category\n"
        f"{digest('a fine text')},publish,fine\n"
        f"{digest('another fine text')},publish,fine\n"
        f"{digest('you are a clown')},remove,insult_person\n",
        encoding="utf-8",
    )
    outcomes = [
        Outcome(Case("a fine text", "benign", "x"), Verdict()),
        Outcome(Case("another fine text", "benign", "x"), Verdict(action="hold")),
        Outcome(Case("you are a clown", "benign", "x"), Verdict()),
        Outcome(Case("not in the sample", "benign", "x"), Verdict(action="hold")),
    ]
    report = read_by_policy(outcomes, labels)
    assert "3 read against the wall's policy: it would remove 1 (33.3%)" in report
    assert "Vigil published 1/2 of the rest (50.0%)" in report
    assert "as insult_person: 1, of which Vigil published 1" in report
    assert read_by_policy(outcomes, tmp_path / "missing.csv") == ""


# --- the digest ---------------------------------------------------------------------


def _held(text: str):
    prayer = PrayerFactory(status="held", published_at=None, text=text)
    log_action("prayer.held", target=prayer, reasons=["classifier.threat"])
    return prayer


def test_the_digest_goes_to_moderators_and_superusers_once(mailoutbox):
    ModeratorFactory(email="mod@example.org")
    get_user_model().objects.create(username="root", email="root@example.org", is_superuser=True)
    get_user_model().objects.create(username="editor", email="ed@example.org", is_staff=True)
    _held("A prayer that waits for review")
    PrayerFactory(status="published", text="A published prayer")
    held_digest.enqueue()
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert sorted(mail.to) == ["mod@example.org", "root@example.org"]
    assert "1 prayer held" in mail.subject
    assert "A prayer that waits for review" in mail.body and "classifier.threat" in mail.body
    assert "A published prayer" not in mail.body
    assert LogEntry.objects.filter(action=ReviewAction.DIGEST_SENT).count() == 1
    assert held_digest_send() == 0  # nothing new since the last digest
    _held("Another one")
    assert held_digest_send() == 1
    assert "Another one" in mailoutbox[-1].body and "waits for review" not in mailoutbox[-1].body


def test_no_digest_when_nothing_is_held(mailoutbox):
    ModeratorFactory()
    assert held_digest_send() == 0
    assert mailoutbox == []


def test_the_digest_command_sends_or_schedules(mailoutbox):
    ModeratorFactory()
    _held("Waiting")
    out = io.StringIO()
    call_command("moderation_digest", stdout=out)
    assert "Digest enqueued" in out.getvalue()
    assert len(mailoutbox) == 1
    call_command("moderation_digest", "--schedule", stdout=out)
    assert "Daily digest enqueued" in out.getvalue()


@pytest.mark.parametrize("option", ["--limit", "--failures"])
def test_moderation_report_refuses_a_negative_count(option):
    with pytest.raises(CommandError, match=f"{option}: '-1' is not a whole number of 0 or more"):
        call_command("moderation_report", option, "-1", "--suite-only")
