"""The review app's tests share the moderation tests' settings: the keyword fake
classifier, tasks run at once, and pages rendered without ``collectstatic``."""

from vigil.moderation.tests.conftest import _fake_classifier_and_plain_static

__all__ = ["_fake_classifier_and_plain_static"]
