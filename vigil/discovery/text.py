"""Folding, query terms and snippets: how search compares and quotes text.

Text is compared *folded*: case-folded (``ß`` → ``ss``, ``Σ`` → ``σ``) and stripped of
combining marks after compatibility decomposition, so ``eglise`` finds "Église",
``ёлка`` finds "елка" and a query typed without Arabic vowel marks finds a text
written with them. The same function folds the query and the text, in Python and
(as a registered SQLite function) in the database.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import strip_tags

from vigil.core.markdown import render_markdown

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MIN_TERM_LENGTH = 2
SNIPPET_LENGTH = 180
_SPACE = re.compile(r"\s+")
_TATWEEL = "\u0640"
_WORD = re.compile(r"[^\W_]+")


def _common(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words too common to narrow a search, per language (folded). PostgreSQL's own lists
# apply there as well; these keep the SQLite fallback from requiring every one.
STOP_WORDS = {
    "en": _common("an and are as at be by for from in is it of on or our the to we with"),
    "ru": _common("и в во не что на с со как а то все так но да к у же за бы по от о из для"),
    "es": _common("el la los las de del en un una por para con se su al lo como que"),
    "ar": _common("في من على الى عن ان ما هذا هذه التي الذي مع"),
}


def fold(text: str | None) -> str | None:
    """``text`` case-folded and without accents or vowel marks (None stays None)."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace(_TATWEEL, ""))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def terms(query: str, language: str = "en") -> list[str]:
    """The words of a query worth looking for, folded, in order, without repeats: no
    single letters, and no common words ("the", "и", "de", "في") unless the query has
    nothing else."""
    words = _WORD.findall(fold(query[:MAX_QUERY_LENGTH]) or "")
    kept = list(dict.fromkeys(word for word in words if len(word) >= MIN_TERM_LENGTH))
    common = STOP_WORDS.get(language, frozenset()) | STOP_WORDS["en"]
    return ([word for word in kept if word not in common] or kept)[:MAX_TERMS]


def plain(markdown: str) -> str:
    """Editor Markdown as one line of plain text."""
    return _SPACE.sub(" ", html.unescape(strip_tags(render_markdown(markdown)))).strip()


@dataclass(frozen=True)
class Segment:
    text: str
    match: bool


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character, with the original index of each result."""
    out: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char) or ""
        out.append(folded)
        positions += [index] * len(folded)
    return "".join(out), positions


def _matches(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` (original indices) where a folded term occurs, merged."""
    folded, positions = _folded_with_positions(text)
    spans = []
    for word in words:
        for found in re.finditer(re.escape(word), folded):
            start, end = positions[found.start()], positions[found.end() - 1] + 1
            spans.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """About ``SNIPPET_LENGTH`` characters around the first match, cut between words."""
    if len(text) <= SNIPPET_LENGTH:
        return 0, len(text)
    first = spans[0][0] if spans else 0
    start = max(0, min(first - SNIPPET_LENGTH // 3, len(text) - SNIPPET_LENGTH))
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > (spans[0][1] if spans else start) else end
    return start, end


def snippet(text: str, words: list[str]) -> list[Segment]:
    """A short quote of ``text`` around the first match, the matched parts marked."""
    spans = _matches(text, words)
    start, end = _window(text, spans)
    segments = [Segment("…", False)] if start else []
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start > cursor:
            segments.append(Segment(text[cursor:span_start], False))
        segments.append(Segment(text[span_start:span_end], True))
        cursor = span_end
    if cursor < end:
        segments.append(Segment(text[cursor:end], False))
    if end < len(text):
        segments.append(Segment("…", False))
    return segments


def matches(text: str, words: list[str]) -> bool:
    folded = fold(text) or ""
    return any(word in folded for word in words)
