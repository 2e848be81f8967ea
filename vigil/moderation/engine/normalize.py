"""Text normalisation shared by the word-list matcher and the classifier.

The goal is that the spellings people use to slip past a filter collapse onto
the plain spelling, while ordinary prose stays readable for the classifier:

* casefold and strip accents (NFKD, combining marks dropped), so "Çöçük" and
  "cocuk" compare equal;
* map leetspeak (``0->o 1->i 3->e 4->a 5->s 7->t 8->b 9->g @->a $->s !->i
  |->l +->t``) only inside tokens that also contain a letter, so "sh1t" becomes
  "shit" but "Psalm 23" and "3 children" keep their numbers, and a trailing
  "!" stays punctuation;
* join single characters split by one separator ("k i l l", "k.i.l.l",
  "k-i-l-l", "k_i_l_l", "k*i*l*l"): three or more singles joined by spaces, or
  two or more joined by ``. - _ * ~``. Tradeoff: a real list such as
  "a b c" is joined too, which is harmless for moderation; a word split at
  single spaces from its neighbour ("k i l l t h e m") joins into one token;
* drop symbols inside words ("f*ck" -> "fck", "s#it" -> "sit"): the word
  lists carry the common shortened spellings;
* squeeze a letter repeated three or more times to two ("fuuuuck" ->
  "fuuck", "cooool" -> "cool"). Squeezing to one would turn "asss" into
  the harmless "as" and "goood" into "god"; instead the matcher compares run
  skeletons (see ``skeleton``), so "fuuck" still matches "fuck" while "as"
  never matches "ass";
* everything that is not a letter or digit becomes a single space.

``normalize`` is the fast path (a handful of compiled regex passes, cached for
the last few hundred texts because the matcher and classifier both call it).
``normalize_with_offsets`` runs the same passes while tracking, for every
output character, the index of the input character it came from, so term hits
can be highlighted in the original text. It is slower and only needed when a
term was found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["normalize", "normalize_with_offsets", "skeleton"]

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "9": "g",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "+": "t",
        "€": "e",
    }
)
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670]"
)
# Single characters separated by one space (3+ of them) or one of . - _ * ~ (2+).
_SPACED = re.compile(r"(?<![^\W_])[^\W_](?: [^\W_](?![^\W_])){2,}")
_DOTTED = re.compile(r"(?<![^\W_])[^\W_$@](?:[.\-_*~][^\W_$@](?![^\W_$@])){1,}")
# A token starts where the run of token characters does: without the look-behind, a long
# run with no digit in it was tried from every position (quadratic: 2,000 letters took
# 50 ms, 20,000 nearly 5 s).
_LEET_TOKEN = re.compile(r"(?<![\w@$!|+€])[\w@$!|+€]*[0-9@$!|+€][\w@$!|+€]*")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_IN_WORD_SYMBOL = re.compile(r"(?<=[^\W\d_])[*#%^~\"`.]+(?=[^\W\d_])")
_NON_WORD = re.compile(r"[\W_]+")
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")

Repl = Callable[[re.Match[str]], str]


def _join_chars(match: re.Match[str]) -> str:
    return _NON_WORD.sub("", match.group(0))


def _map_leet(match: re.Match[str]) -> str:
    token = match.group(0)
    core = token.rstrip("!")
    if not _HAS_LETTER.search(core):
        return token
    return core.translate(_LEET) + " " * (len(token) - len(core))


def _squeeze(match: re.Match[str]) -> str:
    return match.group(1) * 2


_STEPS: tuple[tuple[re.Pattern[str], Repl | str], ...] = (
    (_SPACED, _join_chars),
    (_DOTTED, _join_chars),
    (_LEET_TOKEN, _map_leet),
    (_IN_WORD_SYMBOL, ""),
    (_NON_WORD, " "),
    (_REPEAT, _squeeze),
)


def _fold(text: str) -> str:
    """Casefold and strip accents (NFKD, combining marks dropped)."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


@lru_cache(maxsize=512)
def normalize(text: str) -> str:
    """Return the canonical matching form of ``text`` (see module docstring)."""
    out = _fold(text)
    for pattern, repl in _STEPS:
        out = pattern.sub(repl, out)
    return out.strip()


def _fold_tracked(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = _fold(char)
        chars.append(folded)
        origins.extend([index] * len(folded))
    return "".join(chars), origins


def _sub_tracked(
    pattern: re.Pattern[str], repl: Repl | str, text: str, origins: list[int]
) -> tuple[str, list[int]]:
    """``pattern.sub`` that also carries each output character's origin index."""
    parts: list[str] = []
    new_origins: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        replacement = repl if isinstance(repl, str) else repl(match)
        parts.append(text[last:start] + replacement)
        new_origins.extend(origins[last:start])
        new_origins.extend(_spread(match.group(0), replacement, origins[start:end]))
        last = end
    parts.append(text[last:])
    new_origins.extend(origins[last:])
    return "".join(parts), new_origins


def _spread(matched: str, replacement: str, span_origins: list[int]) -> list[int]:
    """Origins for ``replacement`` of ``matched``: characters kept from the match
    keep their own origin; anything else takes the match start."""
    if len(replacement) == len(matched):
        return span_origins
    result: list[int] = []
    cursor = 0
    for char in replacement:
        found = matched.find(char, cursor)
        if found < 0:
            result.append(span_origins[min(cursor, len(span_origins) - 1)])
            continue
        result.append(span_origins[found])
        cursor = found + 1
    return result


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return ``(normalize(text), origins)`` where ``origins[i]`` is the index in
    ``text`` that normalised character ``i`` came from (best effort)."""
    out, origins = _fold_tracked(text)
    for pattern, repl in _STEPS:
        out, origins = _sub_tracked(pattern, repl, out, origins)
    stripped = out.lstrip()
    skip = len(out) - len(stripped)
    stripped = stripped.rstrip()
    return stripped, origins[skip : skip + len(stripped)]


def skeleton(normalized: str) -> tuple[str, list[int], list[int]]:
    """Collapse runs of the same letter to one.

    Returns ``(skel, runs, starts)``: ``runs[i]`` is how many times ``skel[i]``
    was repeated (1 or 2 after ``normalize``) and ``starts[i]`` its index in
    ``normalized``. Comparing skeletons plus "text run >= term run" lets
    "fuuck" match "fuck" while "as" does not match "ass".
    """
    skel: list[str] = []
    runs: list[int] = []
    starts: list[int] = []
    previous = ""
    for index, char in enumerate(normalized):
        if char == previous and char != " " and not char.isdigit():
            runs[-1] += 1
            continue
        skel.append(char)
        runs.append(1)
        starts.append(index)
        previous = char
    return "".join(skel), runs, starts
