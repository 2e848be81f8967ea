"""The moderation interface: ``assess`` returns a ``Verdict`` for a text; ``record_event``
writes the audit trail. Nothing here imports the prayers app.

The first stage (this module) applies the word lists and link rules. Later stages
(classifier, thresholds) plug in behind the same ``assess`` signature.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from django.conf import settings
from django.core.cache import cache

from vigil.moderation.engine.terms import TermHit, TermMatcher
from vigil.moderation.models import Ban, ModerationEvent, Term

Action = Literal["publish", "hold", "reject"]
_SEVERITY: dict[str, int] = {"publish": 0, "hold": 1, "reject": 2}
FAST_POST_SECONDS = 3.0
_TERMS_VERSION_KEY = "vigil:moderation:terms-version"

# Links: a scheme, "www.", or a bare domain with a common top-level domain.
LINK_RE = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://\S+)"
    r"|(?:\bwww\.\S+)"
    r"|(?:\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\."
    r"(?:com|net|org|info|biz|io|co|ru|cn|xyz|top|site|online|shop|me|ly|gg|tk|link|click)"
    r"\b(?:/\S*)?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Author:
    name: str
    email_hash: str = ""
    client_hash: str = ""
    prior_published_count: int = 0


@dataclass(frozen=True)
class Context:
    wall_id: int | None = None
    is_first_post: bool = True
    pre_moderation: bool = False
    language: str = "en"
    seconds_to_submit: float | None = None
    """Time between rendering the form and posting it; ``None`` when not measured (API)."""
    form_token_valid: bool = True


@dataclass
class Verdict:
    action: Action = "publish"
    reasons: list[str] = field(default_factory=list)
    message: str = ""
    scores: dict[str, float] = field(default_factory=dict)

    def escalate(self, action: Action, reason: str, message: str = "") -> None:
        """Record a reason; keep the most severe action and the first message for it."""
        self.reasons.append(reason)
        if _SEVERITY[action] > _SEVERITY[self.action]:
            self.action = action
            self.message = message or self.message
        elif action == self.action and not self.message:
            self.message = message


def find_links(text: str) -> list[str]:
    return LINK_RE.findall(text)


def assess(text: str, author: Author, context: Context) -> Verdict:
    """Decide whether a text is published, held for a moderator or rejected (with a reason
    the author can act on). Talking about persecution is fine; attacking people is not."""
    verdict = Verdict()
    _apply_terms(verdict, matcher(context.language).find(text))
    _apply_links(verdict, text, context)
    _apply_timing(verdict, context)
    if context.pre_moderation:
        verdict.escalate("hold", "wall is pre-moderated")
    if verdict.action == "hold" and not verdict.message:
        verdict.message = "Thank you, it will appear after review."
    return verdict


def _apply_terms(verdict: Verdict, hits: Iterable[TermHit]) -> None:
    for hit in hits:
        if hit.kind == "banned":
            verdict.escalate(
                "reject",
                f"banned term: {hit.term}",
                "Your text contains language this wall does not publish. "
                "Please rewrite it without insults or slurs and send it again.",
            )
        else:
            verdict.escalate("hold", f"suspect term: {hit.term}")


def _apply_links(verdict: Verdict, text: str, context: Context) -> None:
    links = find_links(text)
    if len(links) > 1:
        verdict.escalate("hold", f"{len(links)} links")
    elif links and context.is_first_post:
        verdict.escalate("hold", "link in a first post")


def _apply_timing(verdict: Verdict, context: Context) -> None:
    if not context.form_token_valid:
        verdict.escalate("hold", "form token missing or invalid")
    elif context.seconds_to_submit is not None and context.seconds_to_submit < FAST_POST_SECONDS:
        verdict.escalate("hold", f"posted {context.seconds_to_submit:.1f}s after the form loaded")


def is_banned(*, client_hash: str = "", email_hash: str = "") -> bool:
    return Ban.objects.matching(client_hash=client_hash, email_hash=email_hash).exists()


def record_event(
    *,
    action: str,
    prayer: Any = None,
    actor: Any = None,
    reasons: Iterable[str] = (),
    scores: dict[str, float] | None = None,
) -> ModerationEvent:
    """Write one audit-trail entry; call it inside the transaction of the change."""
    event = ModerationEvent(
        action=action,
        prayer=prayer,
        actor=actor if actor is not None and actor.pk else None,
        target_repr=str(prayer)[:200] if prayer is not None else "",
        reasons=list(reasons),
        scores=dict(scores or {}),
    )
    event.full_clean()
    event.save()
    return event


# --- the word-list matcher, rebuilt when terms change ---------------------------------

_matchers: dict[str, tuple[object, float, TermMatcher]] = {}
_lock = threading.Lock()


def terms_changed() -> None:
    """Make every process rebuild its matcher (called when a Term is saved or deleted)."""
    if not cache.add(_TERMS_VERSION_KEY, 1, timeout=None):
        try:
            cache.incr(_TERMS_VERSION_KEY)
        except ValueError:
            cache.set(_TERMS_VERSION_KEY, 1, timeout=None)
    _matchers.clear()


def matcher(language: str = "en") -> TermMatcher:
    """The listed terms for ``language`` (database + shipped lists), cached per process.

    Rebuilt when the terms version in the shared cache changes, and at least every
    ``VIGIL_MODERATION_TERMS_TTL`` seconds, so processes with a private cache catch up.
    """
    version = cache.get(_TERMS_VERSION_KEY, 0)
    ttl = getattr(settings, "VIGIL_MODERATION_TERMS_TTL", 60)
    cached = _matchers.get(language)
    if cached and cached[0] == version and time.monotonic() - cached[1] < ttl:
        return cached[2]
    with _lock:
        built = _build_matcher(language)
        _matchers[language] = (version, time.monotonic(), built)
    return built


def _build_matcher(language: str) -> TermMatcher:
    banned: list[str] = []
    suspect: list[str] = []
    if getattr(settings, "VIGIL_MODERATION_SHIPPED_WORDLISTS", True):
        from vigil.moderation.engine.terms import WORDLIST_DIR, read_wordlist

        for lang in dict.fromkeys([language, "en"]):
            banned += read_wordlist(WORDLIST_DIR / f"banned_{lang}.txt")
            suspect += read_wordlist(WORDLIST_DIR / f"suspect_{lang}.txt")
    rows = Term.objects.filter(language__in=["", language, "en"]).values_list("term", "kind")
    for term, kind in rows:
        (banned if kind == Term.Kind.BANNED else suspect).append(term)
    return TermMatcher(banned, suspect)
