"""A small compiled translation catalog for tests: the translators' real catalogs come
later, so tests that check the translation machinery install one of their own."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

RUSSIAN_PLURALS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);"
)

Messages = dict[str | tuple[str, str], str | list[str]]
"""msgid (``"context\\x04msgid"`` with a context) -> translation; (singular, plural) ->
one translation per plural form."""


def in_context(context: str, msgid: str) -> str:
    return f"{context}\x04{msgid}"


def mo_bytes(messages: Messages, plural_forms: str) -> bytes:
    """``messages`` as a GNU .mo file (the format ``msgfmt`` writes)."""
    header = f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: {plural_forms}\n"
    entries: dict[bytes, bytes] = {b"": header.encode()}
    for key, value in messages.items():
        msgid = "\x00".join(key) if isinstance(key, tuple) else key
        text = "\x00".join(value) if isinstance(value, list) else value
        entries[msgid.encode()] = text.encode()
    keys = sorted(entries)
    ids, strs, spans = b"", b"", []
    for key in keys:
        spans.append((len(ids), len(key), len(strs), len(entries[key])))
        ids += key + b"\x00"
        strs += entries[key] + b"\x00"
    count = len(keys)
    id_start = 7 * 4 + 16 * count
    str_start = id_start + len(ids)
    table: list[int] = []
    for id_at, id_len, _str_at, _str_len in spans:
        table += [id_len, id_start + id_at]
    for _id_at, _id_len, str_at, str_len in spans:
        table += [str_len, str_start + str_at]
    head = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    return head + struct.pack(f"<{len(table)}I", *table) + ids + strs


def install(
    settings: Any, directory: Path, language: str, messages: Messages, plural_forms: str
) -> None:
    """Write ``messages`` as the project catalog of ``language`` under ``directory`` and
    put it first in ``LOCALE_PATHS`` (changing the setting resets Django's catalogs)."""
    folder = directory / language / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "django.mo").write_bytes(mo_bytes(messages, plural_forms))
    settings.LOCALE_PATHS = [str(directory), *settings.LOCALE_PATHS]
