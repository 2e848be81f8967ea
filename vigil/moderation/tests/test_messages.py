"""A verdict's message to its author: the engine's English sentence, translated when
shown, and never changed in English."""

from __future__ import annotations

import pytest
from django.utils import translation

from vigil.moderation import messages
from vigil.moderation.engine import policy
from vigil.moderation.engine.policy import Verdict
from vigil.moderation.tests import catalog

FIXED = [
    policy.BANNED_MESSAGE,
    policy.HELD_MESSAGE,
    policy.PENDING_MESSAGE,
    policy.REWRITE_TEXT,
    policy.REWRITE_NAME,
]


def _classifier_rejection(*labels: str) -> Verdict:
    """A rejection worded as the engine words it (``decide`` with reject bars)."""
    scores = dict.fromkeys(labels, 1.0)
    bars = policy.Thresholds(hold={}, reject=dict.fromkeys(labels, 0.5))
    circumstances = policy.Circumstances(thresholds=bars)
    verdict = policy.decide(text="text", scores=scores, language="en", circumstances=circumstances)
    assert verdict.action == "reject"
    return verdict


@pytest.mark.parametrize("message", FIXED)
def test_every_fixed_engine_message_is_shown_unchanged_in_english(message):
    assert messages.verdict_message(Verdict("reject", [], message)) == message


def test_a_classifier_rejection_is_shown_unchanged_in_english():
    verdict = _classifier_rejection("insult", "threat")
    assert "(insults, threats)" in verdict.message
    assert messages.verdict_message(verdict) == verdict.message


def test_the_rule_words_are_the_engines():
    with translation.override(None):
        words = {label: str(text) for label, text in messages.RULE_WORDS.items()}
    assert words == policy._LABEL_WORDS


def test_an_unknown_message_is_shown_as_it_is():
    verdict = Verdict("reject", ["classifier.insult"], "Something the engine says now.")
    assert messages.verdict_message(verdict) == "Something the engine says now."
    assert messages.verdict_message(Verdict()) == ""


def test_messages_are_translated_when_shown(settings, tmp_path):
    catalog.install(
        settings, tmp_path, "ru",
        {
            "A moderator will read it before it appears.": "Модератор прочтёт её до публикации.",
            "insults": "оскорбления",
            "Your prayer uses language that is not allowed on this wall (%(rule)s). "
            "Please rewrite it without it and post again.": "Недопустимые слова (%(rule)s).",
        },
        catalog.RUSSIAN_PLURALS,
    )  # fmt: skip
    held = Verdict("hold", ["pattern.threat"], policy.HELD_MESSAGE)
    rejected = _classifier_rejection("insult")
    with translation.override("ru"):
        assert messages.verdict_message(held) == "Модератор прочтёт её до публикации."
        assert messages.held_message() == "Модератор прочтёт её до публикации."
        assert messages.verdict_message(rejected) == "Недопустимые слова (оскорбления)."
    assert held.message == policy.HELD_MESSAGE  # the verdict itself is unchanged
    assert messages.verdict_message(held) == policy.HELD_MESSAGE
