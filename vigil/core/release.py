"""Which release of Vigil this process runs: a digest of the code, templates, message
catalogues and static sources it serves from.

Rendered answers kept in the shared cache (pages, the walls' lists, share images, kept
answers) carry it in their keys, so after an upgrade no process serves what the
previous release rendered, while a restart of the same code keeps every answer.
``VIGIL_RELEASE`` names the release instead (a deploy's commit, say).
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
SUFFIXES = frozenset({".py", ".html", ".txt", ".mo", ".css", ".js", ".svg"})
# Moderation data and its tools change no page; tests change nothing served.
SKIPPED = frozenset({"tests", "evaluation", "training", "__pycache__"})


@cache
def release() -> str:
    """A short name for the running release, the same in every process of it."""
    named = os.environ.get("VIGIL_RELEASE", "").strip()
    if named:
        return named
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix not in SUFFIXES or SKIPPED.intersection(path.parts):
            continue
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
