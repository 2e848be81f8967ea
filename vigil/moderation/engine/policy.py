"""The moderation policy: every rule of the fast stage, as one pure function.

``decide`` reads only what it is given (word-list hits, classifier scores, the
language, the wall's thresholds, and what the caller knows of the author: bans,
trust, recent rejections, form timing). The Django side gathers those inputs for a
visitor's post; ``assess_text`` gathers them for a bare text (the evaluation and the
training reports); both then call ``decide``, so what is measured is what runs.

The rules, in order of strength:

1. A banned author is rejected (or held, where the wall says so).
2. A banned term in the text or the author's name rejects, with a message that
   says which rule was broken so the visitor can rewrite and resubmit.
3. Classifier scores reject only for high-confidence obscenity (the only label
   with a reject threshold by default), and only for a language the model was
   trained on. Attacks, insults, threats, sexual content and spam are held for
   a person to judge: a linear model is too blunt to refuse a prayer alone.
4. A suspect term, links from an untrusted author, recent rejections, a form
   posted too fast, a pre-moderated wall, or any score over its hold bar, holds.
5. For an untrained or unknown language the classifier can only hold, and it
   holds already when any score passes a lower "uncertain" bar.
6. What would be published waits as "pending" when a deeper stage runs after.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .classifier import Classifier, load_default
from .language import detect_language
from .terms import TermHit, TermMatcher
from .threats import threat_phrases

__all__ = [
    "DEFAULT_THRESHOLDS",
    "Action",
    "Circumstances",
    "Standing",
    "Thresholds",
    "Verdict",
    "assess_text",
    "decide",
    "find_links",
]

Action = Literal["publish", "pending", "hold", "reject"]
_SEVERITY: dict[str, int] = {"publish": 0, "pending": 0, "hold": 1, "reject": 2}
FAST_POST_SECONDS = 3.0
REWRITE_TEXT = (
    "Your text contains language this wall does not publish. "
    "Please rewrite it without insults or slurs and send it again."
)
REWRITE_NAME = (
    "The name you gave contains a word this wall does not publish. "
    "Please choose another name and send your prayer again."
)
BANNED_MESSAGE = "This wall does not accept posts from you."
BANNED_REASON = "author is banned"
HELD_MESSAGE = "Thank you, it will appear after review."
PENDING_MESSAGE = "Thank you, your prayer will appear in a moment, after a last check."

# Links: a scheme, "www.", or a bare domain with a common top-level domain.
LINK_RE = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://\S+)"
    r"|(?:\bwww\.\S+)"
    r"|(?:\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\."
    r"(?:com|net|org|info|biz|io|co|ru|cn|xyz|top|site|online|shop|me|ly|gg|tk|link|click)"
    r"\b(?:/\S*)?)",
    re.IGNORECASE,
)

_LABEL_WORDS = {
    "identity_attack": "attacking people for who they are",
    "insult": "insults",
    "threat": "threats",
    "obscene": "obscenity",
    "sexual": "sexual content",
    "spam": "advertising",
}


@dataclass(frozen=True)
class Thresholds:
    """Per-label score bars.

    ``hold`` and ``reject`` apply to languages the classifier was trained on.
    For other (or unknown) languages the classifier can only hold, and does so
    already at ``uncertain_factor`` times the hold bar, because its scores
    there are less reliable in both directions.
    """

    hold: dict[str, float]
    reject: dict[str, float]
    uncertain_factor: float = 0.6

    def uncertain(self, label: str) -> float:
        """The lower hold bar for ``label`` in an untrained language."""
        return self.hold.get(label, 1.0) * self.uncertain_factor


# Hold bars: per label, the lowest bar (0.05 steps) that holds at most 2 % of the
# benign own-words training lines in 5-fold out-of-fold predictions
# (``train.py --cv``; see MODEL_CARD.md). They were not tuned on the suite.
DEFAULT_THRESHOLDS = Thresholds(
    hold={
        "identity_attack": 0.55,
        "insult": 0.35,
        "threat": 0.40,
        "obscene": 0.10,
        "sexual": 0.05,
        "spam": 0.05,
    },
    reject={"obscene": 0.97},
)


@dataclass
class Verdict:
    """What to do with a text and why: the most severe action found, every reason
    (for moderators) and one message the author can act on."""

    action: Action = "publish"
    reasons: list[str] = field(default_factory=list)
    message: str = ""
    scores: dict[str, float] = field(default_factory=dict)
    language: str | None = None
    """The detected language (ISO 639-1), or ``None`` when too short or unclear."""

    def escalate(self, action: Action, reason: str, message: str = "") -> None:
        """Record a reason; keep the most severe action and the first message for it."""
        self.reasons.append(reason)
        if _SEVERITY[action] > _SEVERITY[self.action]:
            self.action = action
            self.message = message or self.message
        elif action == self.action and not self.message:
            self.message = message

    @property
    def is_ban(self) -> bool:
        """Rejected because the author is banned (not for what they wrote)."""
        return self.action == "reject" and self.message == BANNED_MESSAGE


def find_links(text: str) -> list[str]:
    return LINK_RE.findall(text)


def _reject_message(where: str, rule: str) -> str:
    return (
        f"Your {where} uses language that is not allowed on this wall ({rule}). "
        f"Please rewrite it without it and post again."
    )


def _over(scores: dict[str, float], bars: dict[str, float]) -> list[str]:
    return [label for label, bar in bars.items() if scores.get(label, 0.0) >= bar]


def _classifier_reasons(
    scores: dict[str, float], trained: bool, thresholds: Thresholds
) -> tuple[list[str], list[str]]:
    """(labels that reject, labels that hold) from the scores."""
    if not trained:
        return [], [
            label for label, score in scores.items() if score >= thresholds.uncertain(label)
        ]
    rejecting = _over(scores, thresholds.reject)
    return rejecting, [label for label in _over(scores, thresholds.hold) if label not in rejecting]


@dataclass(frozen=True)
class Standing:
    """What the caller knows of a text's author (all optional for a bare text)."""

    banned: bool = False
    trusted: bool = False
    first_post: bool = True
    recent_rejections: int = 0


@dataclass(frozen=True)
class Circumstances:
    """How the text arrived and the rules of the wall it was posted to."""

    thresholds: Thresholds = DEFAULT_THRESHOLDS
    ban_holds: bool = False
    """A banned author's post is held instead of rejected."""
    pre_moderation: bool = False
    seconds_to_submit: float | None = None
    form_token_valid: bool = True
    deep_stage: bool = False
    """A heavier stage will check what this one would publish."""


def decide(
    *,
    text: str,
    scores: dict[str, float] | None,
    language: str | None,
    hits: Sequence[TermHit] = (),
    name_hits: Sequence[TermHit] = (),
    trained_languages: frozenset[str] = frozenset({"en"}),
    standing: Standing | None = None,
    circumstances: Circumstances | None = None,
) -> Verdict:
    """Apply every rule to the gathered inputs and say why (see the module docstring).

    ``hits`` are term hits in ``text`` and ``name_hits`` those in the author's name;
    ``scores`` None means no classifier ran; ``language`` None means unknown, which
    is treated as untrained.
    """
    author = standing or Standing()
    circumstances = circumstances or Circumstances()
    verdict = Verdict(scores={k: round(v, 4) for k, v in (scores or {}).items()})
    verdict.language = language
    _apply_ban(verdict, author, circumstances)
    _apply_terms(verdict, hits, REWRITE_TEXT, prefix="")
    _apply_terms(verdict, name_hits, REWRITE_NAME, prefix="name: ")
    _apply_links(verdict, text, author)
    _apply_author(verdict, author, circumstances)
    _apply_classifier(verdict, text, scores or {}, language in trained_languages, circumstances)
    if verdict.action == "publish" and circumstances.deep_stage:
        verdict.action, verdict.message = "pending", PENDING_MESSAGE
        verdict.reasons.append("deep stage pending")
    if verdict.action == "hold" and not verdict.message:
        verdict.message = HELD_MESSAGE
    return verdict


def _apply_ban(verdict: Verdict, author: Standing, circumstances: Circumstances) -> None:
    if not author.banned:
        return
    if circumstances.ban_holds:
        verdict.escalate("hold", BANNED_REASON)
    else:
        verdict.escalate("reject", BANNED_REASON, BANNED_MESSAGE)


def _apply_terms(verdict: Verdict, hits: Sequence[TermHit], message: str, prefix: str) -> None:
    for hit in hits:
        if hit.kind == "banned":
            verdict.escalate("reject", f"{prefix}banned term: {hit.term}", message)
        else:
            verdict.escalate("hold", f"{prefix}suspect term: {hit.term}")


def _apply_links(verdict: Verdict, text: str, author: Standing) -> None:
    """A trusted author may post links; otherwise more than one link, or a link in a
    first post, is held for a moderator."""
    links = find_links(text)
    if not links or author.trusted:
        return
    if len(links) > 1:
        verdict.escalate("hold", f"{len(links)} links")
    elif author.first_post:
        verdict.escalate("hold", "link in a first post")


def _apply_author(verdict: Verdict, author: Standing, circumstances: Circumstances) -> None:
    """Recent rejections, the form's timing and a pre-moderated wall hold."""
    if author.recent_rejections:
        verdict.escalate("hold", f"author has {author.recent_rejections} recent rejection(s)")
    seconds = circumstances.seconds_to_submit
    if not circumstances.form_token_valid:
        verdict.escalate("hold", "form token missing or invalid")
    elif seconds is not None and seconds < FAST_POST_SECONDS:
        verdict.escalate("hold", f"posted {seconds:.1f}s after the form loaded")
    if circumstances.pre_moderation:
        verdict.escalate("hold", "wall is pre-moderated")


def _apply_classifier(
    verdict: Verdict,
    text: str,
    scores: dict[str, float],
    trained: bool,
    circumstances: Circumstances,
) -> None:
    """Scores against the wall's bars, the threat patterns, and the language caveat."""
    rejecting, holding = _classifier_reasons(scores, trained, circumstances.thresholds)
    if rejecting:
        rule = ", ".join(_LABEL_WORDS.get(label, label) for label in rejecting)
        message = _reject_message("prayer", rule)
        for label in rejecting:
            verdict.escalate("reject", f"classifier.{label}", message)
        return
    for label in holding:
        verdict.escalate("hold", f"classifier.{label}")
    if threat_phrases(text):
        verdict.escalate("hold", "pattern.threat")
    if holding and not trained:
        language = verdict.language
        verdict.escalate("hold", "language.untrained" if language else "language.unknown")


def assess_text(
    text: str,
    author_name: str = "",
    *,
    classifier: Classifier | None = None,
    matcher: TermMatcher | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    language: str | None = None,
    detect: Callable[[str], str | None] | None = detect_language,
    trained_languages: frozenset[str] = frozenset({"en"}),
) -> Verdict:
    """Gather the inputs of a bare text (shipped word lists, the classifier, the
    language) for an anonymous author's second post, and ``decide``.

    The language is ``language`` if given, else ``detect(text)``; pass
    ``detect=None`` to skip detection and treat the text as English.
    """
    classifier = classifier or load_default()
    if language is None:
        language = detect(text) if detect else "en"
    matcher = matcher or TermMatcher.default(language or "en")
    return decide(
        text=text,
        scores=classifier.predict([text])[0],
        language=language,
        hits=matcher.find(text),
        name_hits=matcher.find(author_name) if author_name else (),
        trained_languages=trained_languages,
        standing=Standing(first_post=False),
    )
