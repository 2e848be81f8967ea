"""The word lists as a matcher: the shipped lists plus the moderators' ``Term`` rows,
built once per process and rebuilt when the terms change anywhere."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from vigil.core import conf, versions
from vigil.moderation.engine.terms import TermHit, TermMatcher, shipped_terms
from vigil.moderation.models import Term

VERSION_KEY = "vigil:moderation:terms-version"
_matchers: dict[str, tuple[int, float, TermMatcher]] = {}
_lock = threading.Lock()


def terms_changed() -> None:
    """Make every process rebuild its matcher (called when a Term is saved or deleted)."""
    versions.bump(VERSION_KEY)
    _matchers.clear()


def matcher(language: str = "en") -> TermMatcher:
    """The listed terms for ``language`` (database + shipped lists), cached per process.

    Rebuilt when the terms version in the shared cache changes, and at least every
    ``VIGIL_MODERATION_TERMS_TTL`` seconds, so processes with a private cache catch up.
    """
    version = versions.current(VERSION_KEY)
    cached = _matchers.get(language)
    if cached and cached[0] == version and time.monotonic() - cached[1] < conf.terms_ttl():
        return cached[2]
    with _lock:
        built = _build_matcher(language)
        _matchers[language] = (version, time.monotonic(), built)
    return built


def _build_matcher(language: str) -> TermMatcher:
    banned, suspect = shipped_terms(language) if conf.shipped_wordlists() else ([], [])
    rows = Term.objects.filter(language__in=["", language, "en"]).values_list("term", "kind")
    for term, kind in rows:
        (banned if kind == Term.Kind.BANNED else suspect).append(term)
    return TermMatcher(banned, suspect)


def find_terms(text: str, languages: Sequence[str] = ("en",)) -> list[TermHit]:
    """Listed terms in ``text`` for any of ``languages`` (plus English and every-language)."""
    if not text:
        return []
    found: set[TermHit] = set()
    for language in languages:
        found.update(matcher(language).find(text))
    return sorted(found, key=lambda hit: (hit.start, hit.kind != "banned", hit.end))
