"""Cleaning of text typed by visitors: one normal form before it is checked or stored.

Unicode NFC; control, format and zero-width characters stripped (line breaks and
tabs in multi-line text survive as newlines and spaces); trailing spaces trimmed;
runs of blank lines collapsed to one blank line.
"""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n)+")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Kept although category Cf: joiners used inside words of some scripts (ZWJ in
# emoji sequences and Indic scripts, ZWNJ in Persian) would change meaning.
_KEPT_FORMAT = {"\u200c", "\u200d"}
_LOOSE_JOINERS = re.compile(r"(?<!\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\S)")


def _drop_invisible(text: str, keep_newlines: bool) -> str:
    out = []
    for char in text:
        if char == "\n" and keep_newlines:
            out.append(char)
        elif char == "\t" or char == "\n":
            out.append(" ")
        elif char in _KEPT_FORMAT:
            out.append(char)
        elif unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            continue
        else:
            out.append(char)
    # A joiner only means something between two visible characters.
    return _LOOSE_JOINERS.sub("", "".join(out))


def clean_text(text: str) -> str:
    """Multi-line text (a prayer): line breaks kept, blank-line runs collapsed, ends trimmed."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", text or ""))
    text = _drop_invisible(text, keep_newlines=True)
    lines = [_SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines))
    return text.strip()


def clean_line(text: str) -> str:
    """Single-line text (a name): every run of whitespace becomes one space."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub(" ", text or ""))
    text = _drop_invisible(text, keep_newlines=False)
    return _SPACES.sub(" ", text).strip()


# Letters of other scripts that look like Latin ones, as used to dodge filters
# ("Muslіms" with a Cyrillic і). Only folded inside words that also hold Latin
# letters, so Russian or Greek prose is left as it is.
_CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
        "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "һ": "h", "ӏ": "l", "ᴦ": "r",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԍ": "G",
        # Greek
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H",
        "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y",
        "Χ": "X",
    }
)  # fmt: skip
_WORD = re.compile(r"\w+")
_NOT_WORD = re.compile(r"[\W_]+")


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def fold_confusables(text: str) -> str:
    """``text`` with look-alike Cyrillic and Greek letters turned Latin inside words
    that also contain Latin letters (mixed-script words); other words unchanged."""

    def fold(match: re.Match[str]) -> str:
        word = match.group()
        if word.isascii() or not any(c.isalpha() and _is_latin(c) for c in word):
            return word
        return word.translate(_CONFUSABLES)

    return _WORD.sub(fold, unicodedata.normalize("NFKC", text))


def comparison_key(text: str) -> str:
    """What two texts share when they say the same thing in the same words:
    compatibility-normalised, look-alike letters folded, case folded, and every
    space, punctuation mark and symbol removed. Used to spot duplicates."""
    return _NOT_WORD.sub("", fold_confusables(text).casefold())


def sort_key(text: str) -> tuple[str, str]:
    """A key that puts names in alphabetical order in the site's languages: accents and
    other marks ignored ("Árabe" among the A's, "Ёлка" among the Е's), case folded;
    the text itself breaks ties, so the order is stable."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return (bare.casefold(), text)
