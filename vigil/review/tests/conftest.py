from __future__ import annotations

import pytest

FAKE = "vigil.moderation.engine.classifier.KeywordFakeClassifier"


@pytest.fixture(autouse=True)
def _fake_classifier_and_plain_static(settings):
    """Unit tests score with the keyword fake ("fake-<label>" scores 0.99); a test of
    the shipped model sets ``settings.VIGIL_CLASSIFIER = None``. Tasks run at once (the
    immediate backend), and pages render without ``collectstatic``."""
    settings.VIGIL_CLASSIFIER = FAKE
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
