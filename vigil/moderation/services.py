"""The moderation interface: ``assess(text, author, context)`` returns a ``Verdict``.

This module only gathers what the engine's ``decide`` reads: bans, word-list hits
in the text and the author's name (database and shipped lists), the language, the
classifier's scores and trust. The caller passes what it knows of the author's
history and of the wall (``Author``, ``Context``); nothing here knows about prayers.
The rules themselves live in ``engine.policy``, so the evaluation measures them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vigil.core import conf
from vigil.moderation import modelserver
from vigil.moderation.bans import is_banned
from vigil.moderation.engine import classifier as engine_classifier
from vigil.moderation.engine.language import detect_language
from vigil.moderation.engine.policy import (
    BANNED_MESSAGE,
    DEFAULT_THRESHOLDS,
    HELD_MESSAGE,
    PENDING_MESSAGE,
    Circumstances,
    Standing,
    Thresholds,
    Verdict,
    claimed_languages,
    decide,
    default_classifier,
    detect_language_mended,
    model_scores,
    score,
)
from vigil.moderation.messages import held_message, verdict_message
from vigil.moderation.terms import find_terms

__all__ = [
    "BANNED_MESSAGE",
    "HELD_MESSAGE",
    "PENDING_MESSAGE",
    "Author",
    "Context",
    "Verdict",
    "assess",
    "deep_assess",
    "deep_stage_enabled",
    "held_message",
    "verdict_message",
]


@dataclass(frozen=True)
class Author:
    """Who wrote the text, as the caller knows them."""

    name: str
    email_hash: str = ""
    client_hash: str = ""
    prior_published_count: int = 0
    recent_rejections: int = 0
    """Of the author's posts, how many were rejected recently (the caller counts)."""

    @property
    def is_trusted(self) -> bool:
        return self.prior_published_count >= conf.trusted_after()


@dataclass(frozen=True)
class Context:
    """Where and how the text was posted, and the rules of that place."""

    is_first_post: bool = True
    pre_moderation: bool = False
    language: str = "en"
    """The language the visitor chose or the site's; the detected one is added to it."""
    seconds_to_submit: float | None = None
    """Time between rendering the form and posting it; ``None`` when not measured (API)."""
    form_token_valid: bool = True
    thresholds: Thresholds = DEFAULT_THRESHOLDS
    """The wall's classifier bars."""
    ban_holds: bool = False
    """On this wall a banned author's post is held, not rejected."""


def text_language(text: str) -> str:
    """The language ``assess`` detects in ``text`` (ISO 639-1), "" when it cannot tell: for
    texts saved without a verdict (demo content, prayers posted before it was stored)."""
    return detect_language(text) or ""


def assess(text: str, author: Author, context: Context) -> Verdict:
    """Decide whether a text is published, held for a moderator or rejected (with a reason
    the author can act on). Talking about persecution is fine; attacking people is not.

    With ``VIGIL_MODERATION_IN_WORKER`` the models are not run here: the word lists and
    the author's rules decide at once, and what they would publish waits as "pending"
    for ``deep_assess`` in the task worker."""
    in_worker = conf.moderation_in_worker()
    scored = Scored(None, None, frozenset())
    if not in_worker:
        scored = _scored(text, default_language=context.language or "en")
    language = scored.language
    languages = list(dict.fromkeys(code for code in (context.language or "en", language) if code))
    return decide(
        text=text,
        scores=scored.scores,
        language=language,
        hits=find_terms(text, languages),
        name_hits=find_terms(author.name, languages),
        trained_languages=scored.trusted,
        standing=Standing(
            banned=is_banned(client_hash=author.client_hash, email_hash=author.email_hash),
            trusted=author.is_trusted,
            first_post=context.is_first_post,
            recent_rejections=author.recent_rejections,
        ),
        circumstances=Circumstances(
            thresholds=context.thresholds,
            ban_holds=context.ban_holds,
            pre_moderation=context.pre_moderation,
            seconds_to_submit=context.seconds_to_submit,
            form_token_valid=context.form_token_valid,
            deep_stage=deep_stage_enabled(),
        ),
        classify=not in_worker,
    )


# --- the heavier stage -----------------------------------------------------------------


def deep_stage_enabled() -> bool:
    """A stage that runs in the task worker after the request: a slower model
    (``VIGIL_MODERATION_DEEP_CLASSIFIER``, a dotted path) that checks what the fast stage
    would publish, or every model (``VIGIL_MODERATION_IN_WORKER``). Off by default: the
    shipped fast stage is the policy."""
    return bool(conf.deep_classifier_path()) or conf.moderation_in_worker()


def deep_assess(
    text: str, *, language: str | None, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> Verdict:
    """The task worker's verdict on a text the request's stage would publish: ``publish``
    or ``hold`` (this stage never rejects; a person decides). The caller applies it.

    With ``VIGIL_MODERATION_IN_WORKER`` it is the rest of the policy the request left:
    the language (detected here), the classifiers and the word lists of that language;
    otherwise the slower model's scores."""
    if conf.moderation_in_worker():
        verdict = _models_verdict(text, thresholds)
    else:
        model = _load_classifier(conf.deep_classifier_path())
        verdict = decide(
            text=text,
            scores=model_scores(model, text),
            language=language,
            trained_languages=trained_languages(model),
            circumstances=Circumstances(thresholds=thresholds),
        )
    if verdict.action == "reject":
        verdict.action = "hold"
    return verdict


def _models_verdict(text: str, thresholds: Thresholds) -> Verdict:
    scored = _scored(text, default_language="en")
    return decide(
        text=text,
        scores=scored.scores,
        language=scored.language,
        hits=find_terms(text, [scored.language or "en"]),
        trained_languages=scored.trusted,
        circumstances=Circumstances(thresholds=thresholds),
    )


@dataclass(frozen=True)
class Scored:
    """What the models said of a text: its language (``None``: unknown), the scores,
    and the languages whose scores the policy trusts (none when the text's is not one)."""

    language: str | None
    scores: dict[str, float] | None
    trusted: frozenset[str]

    def to_json(self) -> dict[str, Any]:
        return {"language": self.language, "scores": self.scores, "trusted": sorted(self.trusted)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scored:
        scores = data.get("scores")
        return cls(
            language=data.get("language"),
            scores={str(k): float(v) for k, v in scores.items()} if scores is not None else None,
            trusted=frozenset(data.get("trusted") or ()),
        )


def _scored(text: str, *, default_language: str) -> Scored:
    """What the models say of ``text``: asked of the model process when one is set
    (``VIGIL_MODERATION_MODELS_SOCKET``), else, or when it cannot answer, here."""
    path = conf.models_socket()
    if path:
        answer = modelserver.ask(path, text, default_language)
        if answer is not None:
            try:
                return Scored.from_json(answer)
            except (AttributeError, TypeError, ValueError):
                modelserver.logger.warning("the moderation model process answered %r", answer)
    return _scored_here(text, default_language=default_language)


def scored_json(text: str, default_language: str) -> dict[str, Any]:
    """The model process's answer: what the models here say of ``text``."""
    return _scored_here(text, default_language=default_language).to_json()


def load_models() -> None:
    """Load every model ``assess`` may run, before the first text needs them."""
    _scored_here("Lord, keep them safe.", default_language="en")
    engine_classifier.load_default()


def _scored_here(text: str, *, default_language: str) -> Scored:
    """The language (detected, unless detection is off) and the configured model's
    scores, or the linear model's where the language is not one it was trained on."""
    language: str | None = default_language
    if conf.detect_language():
        language = detect_language_mended(text, detect_language)
    model = get_classifier()
    scores, trained = score(
        text, language, model=model, fallback=engine_classifier.load_default(),
        trained_languages=trained_languages(model),
    )  # fmt: skip
    return Scored(language, scores, trained_languages(model) if trained else frozenset())


# --- classifiers, loaded once per process ------------------------------------------------

_classifiers: dict[str, engine_classifier.Classifier] = {}


def get_classifier() -> engine_classifier.Classifier:
    """The model named by ``VIGIL_CLASSIFIER`` (a dotted path), else the shipped stage
    (the contextual model; the linear one where the contextual files are absent)."""
    return _load_classifier(conf.classifier_path())


def _load_classifier(dotted: str) -> engine_classifier.Classifier:
    model = _classifiers.get(dotted)
    if model is None:
        model = engine_classifier.load(dotted) if dotted else default_classifier()
        _classifiers[dotted] = model
    return model


def trained_languages(model: engine_classifier.Classifier) -> frozenset[str]:
    """Languages whose scores the policy trusts: the model's own claim, else English."""
    return claimed_languages(model)
