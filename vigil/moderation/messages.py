"""What a verdict tells the author, in the language of the page they posted from.

The engine is plain Python shared with training and the evaluation, so it words its
messages in English, and those English sentences are what a ``Verdict`` carries. They are
never stored: they are translated here, when shown. An English message this module does
not know is shown as it is.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy

from vigil.moderation.engine import policy
from vigil.moderation.engine.policy import Verdict

_FIXED: dict[str, Promise] = {
    policy.BANNED_MESSAGE: gettext_lazy("This wall does not accept posts from you."),
    policy.HELD_MESSAGE: gettext_lazy("A moderator will read it before it appears."),
    policy.PENDING_MESSAGE: gettext_lazy(
        "Thank you. A last automatic check is running: your prayer appears once it passes."
    ),
    policy.REWRITE_TEXT: gettext_lazy(
        "Your text contains language this wall does not publish. "
        "Please rewrite it without insults or slurs and send it again."
    ),
    policy.REWRITE_NAME: gettext_lazy(
        "The name you gave contains a word this wall does not publish. "
        "Please choose another name and send your prayer again."
    ),
}

RULE_WORDS: dict[str, Promise] = {
    "identity_attack": gettext_lazy("attacking people for who they are"),
    "insult": gettext_lazy("insults"),
    "threat": gettext_lazy("threats"),
    "obscene": gettext_lazy("obscenity"),
    "sexual": gettext_lazy("sexual content"),
    "spam": gettext_lazy("advertising"),
}
"""What each classifier label forbids, as the rejection message names it."""


def held_message() -> str:
    """The message of a prayer held for a moderator."""
    return str(_FIXED[policy.HELD_MESSAGE])


def _classifier_rejection(rule: str) -> str:
    return gettext(
        "Your prayer uses language that is not allowed on this wall (%(rule)s). "
        "Please rewrite it without it and post again."
    ) % {"rule": rule}


def _rejected_labels(verdict: Verdict) -> list[str]:
    prefix = "classifier."
    return [
        reason.removeprefix(prefix)
        for reason in verdict.reasons
        if reason.startswith(prefix) and " " not in reason
    ]


def verdict_message(verdict: Verdict) -> str:
    """``verdict.message`` in the active language ("" when it has none)."""
    message = verdict.message
    if message in _FIXED:
        return str(_FIXED[message])
    labels = _rejected_labels(verdict)
    if not labels or verdict.action != "reject":
        return message
    with translation.override(None):
        english = _classifier_rejection(", ".join(str(RULE_WORDS.get(x, x)) for x in labels))
    if english != message:
        return message
    return _classifier_rejection(", ".join(str(RULE_WORDS.get(x, x)) for x in labels))
