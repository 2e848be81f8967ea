"""Every stylesheet parses as a whole: braces balance, so no rule after a slip ends up
inside an unclosed @media block (where it would apply only at some widths)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS_DIR = Path(__file__).resolve().parents[2] / "static" / "css"
STYLESHEETS = sorted(CSS_DIR.glob("*.css"))


def unclosed_blocks(css: str) -> int:
    """The depth of ``{`` left open at the end (negative: a ``}`` closed nothing)."""
    depth = 0
    for char in re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return depth
    return depth


def test_unclosed_blocks_are_counted() -> None:
    assert unclosed_blocks("@media (x) { a { b: c; }") == 1
    assert unclosed_blocks("a { b: c; } }") == -1
    assert unclosed_blocks("/* { */ a { b: c; }") == 0


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda path: path.name)
def test_braces_balance(path: Path) -> None:
    assert unclosed_blocks(path.read_text("utf-8")) == 0
