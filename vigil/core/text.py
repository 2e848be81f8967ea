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
