from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Pages render without ``collectstatic``: no manifest needed in tests."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _fake_classifier(request, settings):
    """Prayer rules are tested against a predictable classifier (it flags only marker
    words such as ``fake-insult``); modules that set ``REAL_CLASSIFIER = True`` run the
    shipped model, which has its own fixed-set tests in the moderation app."""
    if not getattr(request.module, "REAL_CLASSIFIER", False):
        settings.VIGIL_CLASSIFIER = "vigil.moderation.engine.classifier.KeywordFakeClassifier"
