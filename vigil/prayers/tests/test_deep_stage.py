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
    assert "a last check" in result.message
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
