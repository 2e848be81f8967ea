"""Word-list matching over normalised text, aware of word boundaries.

Terms and text go through the same ``normalize`` and are compared as run
skeletons (doubled letters collapsed), with the extra rule that each letter run
in the text must be at least as long as in the term. So "fuuuuck" matches
"fuck", "asss" matches "ass", but "as" never matches "ass".

A term must start at a word start and end at a word end, optionally followed
by a common inflection (s, es, ed, er, ers, ing, in, y, ies), so "ass" does not
hit "class", "assist" or "Assyrian", and an obscenity hidden inside "Scunthorpe" is not a hit,
while a listed word still hits its plural. Multi-word terms work the same way.
A few ordinary words are spelled as a listed term and an inflection ("spicy" and
"spices", "cumin", "cocked", "spooky", "a damning report"): those words
(``ORDINARY_WORDS``) are never hits.

A word written with some of its letters masked ("f***", "b******s", "a**hole") is a
hit of kind "suspect" (it holds, never rejects) when a listed word of the same length
has its visible letters. A capitalised masked word is taken for a name kept private
("Pastor S***", "the village of K***", "S*** and his wife were arrested"), unless it
opens a sentence as an oath does: alone, or before "the", "this", "you", "off" and the
like ("F*** the Taliban", "S*** happens").

One Aho-Corasick automaton holds every term, so matching costs one pass over
the text regardless of how many terms are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from .normalize import normalize, normalize_with_offsets, skeleton

__all__ = [
    "ORDINARY_WORDS",
    "WORDLIST_DIR",
    "TermHit",
    "TermMatcher",
    "in_plain_words",
    "read_wordlist",
    "shipped_terms",
]

_RUNS = re.compile(r"([^\W\d])\1+")
# Visible letters either side of a run of mask characters, the whole word.
_MASKED = re.compile(r"(?<![\w*#])([^\W\d_]{1,3})([*#]+)([^\W\d_]{0,4})(?![\w*#])")
_SENTENCE_END = re.compile(r"(?:^|[.!?…:;\n\"“(])\s*$")
_NAME_BEFORE = re.compile(
    r"\b(?:pastor|brother|sister|mr|mrs|ms|miss|dr|father|mother|bishop|elder|deacon|"
    r"evangelist|imam|reverend|rev|of|in|from|near|named|called)\.?\s*$",
    re.IGNORECASE,
)
_OATH_AFTER = re.compile(
    r"\s*(?:[!?.]|$|(?:the|this|that|these|those|you|ya|off|them|him|her|it|em|all|"
    r"everyone|everybody|everything|happens|me|us|my|your|our|their|his|on|up|yeah)\b)",
    re.IGNORECASE,
)
WORDLIST_DIR = Path(__file__).resolve().parent / "wordlists"
SUFFIXES = frozenset({"", "s", "es", "ed", "er", "ers", "ing", "in", "y", "ies", "z"})
_KIND_RANK = {"banned": 0, "suspect": 1}
ORDINARY_WORDS = frozenset(
    {
        # spic
        "spicy", "spices", "spiced", "spicing", "spicer", "spicers",
        # spook
        "spooky", "spooked", "spooking",
        # cock
        "cocked", "cocking", "cocker", "cockers", "cocky",
        # cum
        "cumin",
        # crap
        "craps",
        # dick
        "dicker", "dickers",
        # damn
        "damning",
        # fag
        "fagged", "fagging",
        # heeb
        "heebies",
        # retard
        "retarder", "retarders",
    }
)  # fmt: skip
"""Words spelled as a listed term and one of ``SUFFIXES`` that mean something else
(a spice, a rooster's or a gun's "cocked", "a damning report"); each is never a hit."""

_PLAIN = {
    "cocking": "raising",
    "cocker": "springer",
    "cockers": "springers",
    "cumin": "caraway",
    "cumins": "caraways",
    "dicker": "haggle",
    "dickers": "haggles",
    "dickered": "haggled",
    "dickering": "haggling",
    "damning": "scathing",
    "retarder": "brake",
    "retarders": "brakes",
}
_PLAIN_WORDS = re.compile(r"\b(?:" + "|".join(_PLAIN) + r")\b", re.IGNORECASE)


def in_plain_words(text: str) -> str:
    """``text`` with the ordinary words whose word pieces a model reads as a listed term
    ("cum" in "cumin", "damn" in "damning") put as a plain word of the same sense
    ("caraway", "scathing"), for a model to read."""
    return _PLAIN_WORDS.sub(lambda found: _PLAIN[found.group(0).lower()], text)


@dataclass(frozen=True)
class TermHit:
    """A listed term found in a text; ``start``/``end`` index the original text."""

    term: str
    kind: str  # "banned" | "suspect"
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    term: str
    kind: str
    runs: tuple[int, ...]


def read_wordlist(path: Path) -> list[str]:
    """Terms from a one-term-per-line file; blank lines and ``#`` comments skipped."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


class TermMatcher:
    """Finds banned and suspect terms in a text (see module docstring)."""

    def __init__(self, banned: Iterable[str], suspect: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        self._ordinary = frozenset(skeleton(normalize(word))[0] for word in ORDINARY_WORDS)
        self._words: list[str] = []  # single listed words, for masked spellings
        for kind, terms in (("banned", banned), ("suspect", suspect)):
            for term in terms:
                self._add(term, kind)
                if term.isalpha():
                    self._words.append(term.casefold())
        if self.size:
            self._automaton.make_automaton()

    def _add(self, term: str, kind: str) -> None:
        skel, runs, _ = skeleton(normalize(term))
        if not skel.strip():
            return
        key = " " + skel
        entries: list[_Entry] = self._automaton.get(key, [])
        entries.append(_Entry(term, kind, tuple(runs)))
        entries.sort(key=lambda entry: _KIND_RANK[entry.kind])
        self._automaton.add_word(key, entries)
        self.size += 1

    @classmethod
    def default(cls, language: str = "en") -> TermMatcher:
        """The shipped lists for ``language`` plus the English lists (cached)."""
        return _default_matcher(language)

    def find(self, text: str) -> list[TermHit]:
        """Every listed term in ``text``, ordered by position; banned wins a tie."""
        if not self.size:
            return []
        hits = self._listed(text)
        if "*" in text or "#" in text:
            listed = [(hit.start, hit.end) for hit in hits]
            masked = [
                hit
                for hit in self._masked(text)
                if not any(start < hit.end and hit.start < end for start, end in listed)
            ]
            hits = sorted(hits + masked, key=lambda hit: (hit.start, _KIND_RANK[hit.kind], hit.end))
        return hits

    def _masked(self, text: str) -> list[TermHit]:
        """Words with masked letters that a listed word of the same length would fill
        ("f***", "sh*t"), as suspect hits named as written; not a private name."""
        hits = []
        for match in _MASKED.finditer(text):
            head, mask, tail = match.groups()
            if len(mask) == 1 and not tail:
                continue  # a footnote's or a closing emphasis's star
            # (what stands before is read only near the word: a text may hold many)
            near = max(0, match.start() - 24)
            if head[0].isupper() and (
                not _SENTENCE_END.search(text, near, match.start())
                or _NAME_BEFORE.search(text, near, match.start())
                or not _OATH_AFTER.match(text, match.end())
            ):
                continue
            size = len(match.group(0))
            head, tail = head.casefold(), tail.casefold()
            if any(
                len(form) == size and form.startswith(head) and form.endswith(tail)
                for word in self._words
                for form in (word + suffix for suffix in SUFFIXES)
            ):
                hits.append(TermHit(match.group(0), "suspect", match.start(), match.end()))
        return hits

    def _listed(self, text: str) -> list[TermHit]:
        norm = normalize(text)
        padded = " " + _RUNS.sub(r"\1", norm) + " "
        candidates = list(self._automaton.iter(padded))
        if not candidates:  # the common case: skip the run bookkeeping
            return []
        _, runs, starts = skeleton(norm)
        found = [
            (begin, stop, entry)
            for end, entries in candidates
            for begin, stop, entry in self._accept(padded, runs, end, entries)
        ]
        if not found:
            return []
        return self._to_hits(text, norm, runs, starts, found)

    def _accept(
        self, padded: str, runs: list[int], end: int, entries: list[_Entry]
    ) -> list[tuple[int, int, _Entry]]:
        """Check word end (plus inflection) and run lengths; return skeleton spans."""
        length = len(entries[0].runs)
        begin = end - length  # skeleton index of the term's first letter
        word_end = padded.find(" ", end + 1)
        if padded[end + 1 : word_end] not in SUFFIXES:
            return []
        if padded[begin + 1 : word_end] in self._ordinary:
            return []
        text_runs = runs[begin : begin + length]
        for entry in entries:
            if all(have >= need for have, need in zip(text_runs, entry.runs, strict=True)):
                return [(begin, word_end - 1, entry)]
        return []

    @staticmethod
    def _to_hits(
        text: str,
        norm: str,
        runs: list[int],
        starts: list[int],
        found: list[tuple[int, int, _Entry]],
    ) -> list[TermHit]:
        mapped, origins = normalize_with_offsets(text)
        if mapped != norm or not origins:
            origins = list(range(len(norm)))
        hits = []
        for begin, stop, entry in found:
            first = starts[begin]
            last = starts[stop - 1] + runs[stop - 1] - 1
            start, end = (
                origins[min(first, len(origins) - 1)],
                origins[min(last, len(origins) - 1)] + 1,
            )
            hits.append(TermHit(entry.term, entry.kind, start, end))
        return sorted(set(hits), key=lambda hit: (hit.start, _KIND_RANK[hit.kind], hit.end))


def shipped_terms(language: str = "en") -> tuple[list[str], list[str]]:
    """The shipped (banned, suspect) lists for ``language`` plus the English ones."""
    languages = dict.fromkeys([language, "en"])
    banned = [t for lang in languages for t in read_wordlist(WORDLIST_DIR / f"banned_{lang}.txt")]
    suspect = [t for lang in languages for t in read_wordlist(WORDLIST_DIR / f"suspect_{lang}.txt")]
    return banned, suspect


@lru_cache(maxsize=32)
def _default_matcher(language: str) -> TermMatcher:
    return TermMatcher(*shipped_terms(language))
