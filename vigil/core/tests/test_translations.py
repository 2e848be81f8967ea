"""The interface catalogs (vigil/locale/<language>/LC_MESSAGES/django.po) are complete:
every message the code and templates mark is there, translated with every plural form
its language has, and the compiled .mo files say the same as the .po files."""

from __future__ import annotations

import ast
import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.translation.template import templatize

LOCALE = Path(settings.BASE_DIR) / "vigil" / "locale"
SOURCE = Path(settings.BASE_DIR) / "vigil"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
KEYWORDS = [
    "--keyword=gettext_noop",
    "--keyword=gettext_lazy",
    "--keyword=ngettext_lazy:1,2",
    "--keyword=pgettext:1c,2",
    "--keyword=npgettext:1c,2,3",
    "--keyword=pgettext_lazy:1c,2",
    "--keyword=npgettext_lazy:1c,2,3",
]
Key = tuple[str, str]  # (context, msgid)


def _unquote(lines: list[str]) -> str:
    return "".join(ast.literal_eval(line) for line in lines)


def parse_po(text: str) -> dict[Key, list[str]]:
    """Each entry of a .po file: (msgctxt, msgid) → its msgstr forms."""
    entries: dict[Key, list[str]] = {}
    for block in text.strip().split("\n\n"):
        fields: dict[str, list[str]] = {}
        current = ""
        for line in block.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith('"'):
                fields[current].append(line)
                continue
            name, _space, rest = line.partition(" ")
            current = name
            fields[current] = [rest]
        if "msgid" not in fields:
            continue
        msgid = _unquote(fields["msgid"])
        if not msgid:
            continue  # the header
        context = _unquote(fields.get("msgctxt", ['""']))
        forms = [_unquote(v) for k, v in sorted(fields.items()) if k.startswith("msgstr")]
        entries[(context, msgid)] = forms
    return entries


def plural_count(text: str) -> int:
    found = re.search(r"nplurals=(\d+)", text)
    assert found, "the catalog's header names no Plural-Forms"
    return int(found.group(1))


def catalog(language: str) -> tuple[str, dict[Key, list[str]]]:
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text("utf-8")
    return text, parse_po(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_every_plural_form(language: str) -> None:
    text, entries = catalog(language)
    assert "#, fuzzy" not in text
    plurals = plural_count(text)
    assert len(entries) > 500
    empty = [msgid for (_c, msgid), forms in entries.items() if not all(forms)]
    assert empty == []
    short = [msgid for (_c, msgid), forms in entries.items() if len(forms) not in (1, plurals)]
    assert short == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    _text, entries = catalog(language)
    pattern = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
    wrong = [
        msgid
        for (_c, msgid), forms in entries.items()
        for form in forms
        if not set(pattern.findall(form)) <= set(pattern.findall(msgid)) | {"%(counter)s"}
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_says_what_the_po_file_says(language: str) -> None:
    _text, entries = catalog(language)
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for (context, msgid), forms in entries.items():
        if len(forms) == 1:
            got = compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)
            assert got == forms[0], msgid


def _marked_messages(tmp_path: Path) -> set[Key]:
    """What makemessages would extract: templates through Django's templatize, then
    xgettext over them and the Python modules, with makemessages' keywords."""
    files: list[str] = []
    for path in sorted(SOURCE.rglob("*")):
        if "tests" in path.parts or "migrations" in path.parts or not path.is_file():
            continue
        if path.suffix == ".py":
            files.append(str(path))
        elif path.suffix in (".html", ".txt") and "templates" in path.parts:
            out = tmp_path / (str(path.relative_to(SOURCE)).replace("/", "__") + ".py")
            out.write_text(templatize(path.read_text("utf-8"), origin=str(path)), "utf-8")
            files.append(str(out))
    done = subprocess.run(
        ["xgettext", "-d", "django", "--language=Python", "--from-code=UTF-8", *KEYWORDS,
         "--output=-", *files],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return set(parse_po(done.stdout))


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext is not installed")
def test_every_marked_message_is_in_every_catalog(tmp_path: Path) -> None:
    marked = _marked_messages(tmp_path)
    assert len(marked) > 500
    for language in LANGUAGES:
        _text, entries = catalog(language)
        missing = sorted(msgid for _c, msgid in marked - set(entries))
        assert missing == [], f"{language}: run `make messages` and translate these"
