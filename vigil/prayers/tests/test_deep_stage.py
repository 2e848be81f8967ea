"""The heavier stage: pending until a task has run a second model, then published or held."""

from __future__ import annotations

import pytest

from vigil.core.models import LogEntry
from vigil.prayers.models import Prayer
from vigil.prayers.services import lifecycle, submission
from vigil.prayers.tests.factories import WallFactory

pytestmark = pytest.mark.django_db
FAKE = "vigil.moderation.engine.classifier.KeywordFakeClassifier"


@pytest.fixture
def deep_stage(settings):
    settings.VIGIL_CLASSIFIER = FAKE
    settings.VIGIL_MODERATION_DEEP_CLASSIFIER = FAKE
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def submit(text: str) -> submission.SubmitResult:
    return submission.prayer_submit(
        wall=WallFactory(), name="Anna", text=text, client_hash="c:1", seconds_to_submit=30.0
    )


def test_without_a_deep_model_the_fast_stage_publishes(settings) -> None:
    settings.VIGIL_CLASSIFIER = FAKE
    assert submit("Lord, keep the believers in Iran.").prayer.status == Prayer.Status.PUBLISHED


def test_a_prayer_is_pending_until_the_task_publishes_it(
    deep_stage, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = submit("Lord, keep the believers in Iran.")
    assert result.prayer.status == Prayer.Status.PENDING
    assert "last automatic check" in result.message
    assert not Prayer.objects.visible().exists()
    for callback in callbacks:
        callback()
    prayer = Prayer.objects.get(pk=result.prayer.pk)
    assert prayer.status == Prayer.Status.PUBLISHED
    actions = list(
        LogEntry.objects.for_object(prayer).order_by("pk").values_list("action", flat=True)
    )
    assert actions == ["prayer.pending", "prayer.published"]


def test_the_deep_stage_holds_but_never_rejects(
    deep_stage, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        # The fast model would flag it too, so use a text only the deep model flags.
        result = submit("Lord, keep them safe.")
    assert Prayer.objects.get(pk=result.prayer.pk).status == Prayer.Status.PUBLISHED
    prayer = Prayer.objects.create(
        wall=WallFactory(), name="Ben", text="fake-obscene words", status=Prayer.Status.PENDING
    )
    assert lifecycle.prayer_deep_check(prayer_id=prayer.pk) == "hold"
    assert Prayer.objects.get(pk=prayer.pk).status == Prayer.Status.HELD


# --- every model in the task worker (VIGIL_MODERATION_IN_WORKER) ---------------------


@pytest.fixture
def in_worker(settings):
    settings.VIGIL_MODERATION_IN_WORKER = True
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def test_in_the_worker_a_prayer_waits_then_is_published_with_its_language(
    in_worker, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = submit("Господи, укрепи верующих в Казахстане.")
    assert result.prayer.status == Prayer.Status.PENDING and result.prayer.language == ""
    for callback in callbacks:
        callback()
    prayer = Prayer.objects.get(pk=result.prayer.pk)
    # Russian: no stage was trained on it, so the worker holds it for a person.
    assert (prayer.status, prayer.language) == (Prayer.Status.HELD, "ru")
    english = submit_and_run("Lord, keep the believers of Kazakhstan steady tonight.")
    assert (english.status, english.language) == (Prayer.Status.PUBLISHED, "en")


def test_in_the_worker_an_attack_the_word_lists_miss_is_held_not_published(
    in_worker,
) -> None:
    prayer = submit_and_run("Lord, those fake-insult neighbours of ours.")
    assert prayer.status == Prayer.Status.HELD
    reasons = LogEntry.objects.for_object(prayer).latest("pk").reasons
    assert any(reason.startswith("deep stage: classifier.") for reason in reasons), reasons


def test_in_the_worker_a_banned_term_is_held_at_once(in_worker) -> None:
    """Without the model to confirm an attack, a banned term holds (never publishes)."""
    result = submit("You are a kike.")
    assert result.prayer.status == Prayer.Status.HELD
    assert "A moderator will read it" in result.message


def submit_and_run(text: str) -> Prayer:
    result = submit(text)
    lifecycle.prayer_deep_check(prayer_id=result.prayer.pk)
    return Prayer.objects.get(pk=result.prayer.pk)


def test_in_the_worker_the_request_runs_no_model(in_worker, monkeypatch) -> None:
    """The request's stage never detects a language or loads a classifier: app workers
    load no model (the task worker does)."""
    from vigil.moderation import services

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model was used in the request")

    for name in ("detect_language", "get_classifier"):
        monkeypatch.setattr(services, name, refuse)
    monkeypatch.setattr(services.engine_classifier, "load_default", refuse)
    assert submit("Lord, keep the believers steady.").prayer.status == Prayer.Status.PENDING
