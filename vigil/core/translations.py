"""Editorial content in every site language, with English as the fallback.

A translatable model keeps its English text in its own fields and the other languages
in one JSON column beside them, ``translations``::

    {"ru": {"narrative": "…", "most_affected": "…"}, "es": {"narrative": "…"}}

Reading a translation needs no join and no extra query, so pages keep their query
counts, on SQLite and PostgreSQL alike, and a new site language needs no migration.
``translated(field)`` gives the text in the active language, or the English text when
that translation is missing or empty; templates read ``obj.localized.<field>``. The
English fields stay English everywhere they are read directly (admin, imports, feeds).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import translation


def content_languages() -> list[str]:
    """The languages content is translated into: every site language except English."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def language_name(code: str) -> str:
    """A language's English name ("Russian"), or its code when Django does not know it."""
    try:
        return str(translation.get_language_info(code)["name"])
    except KeyError:
        return code


def _candidates(language: str | None) -> list[str]:
    """The codes to look up for ``language`` (the active one by default): "es-mx", "es"."""
    code = (language or translation.get_language() or settings.LANGUAGE_CODE).lower()
    return list(dict.fromkeys([code, code.split("-")[0]]))


def validate_translations(value: Any) -> None:
    """``{"<language>": {"<field>": "<text>"}}`` with text values only."""
    if not isinstance(value, dict):
        raise ValidationError("Translations must be an object keyed by language code.")
    for language, fields in value.items():
        if not isinstance(fields, dict) or not all(isinstance(t, str) for t in fields.values()):
            raise ValidationError(f"Translations for “{language}” must map field names to text.")


class Localized:
    """``obj.localized.title``: a translatable field in the active language (templates)."""

    __slots__ = ("_obj",)

    def __init__(self, obj: Translatable) -> None:
        self._obj = obj

    def __getattr__(self, name: str) -> str:
        if name in self._obj.translatable_fields:
            return self._obj.translated(name)
        raise AttributeError(name)

    def __getitem__(self, name: str) -> str:
        try:
            return self.__getattr__(name)
        except AttributeError:
            raise KeyError(name) from None


class Translatable(models.Model):
    """Adds ``translations`` for the fields named in ``translatable_fields``."""

    translatable_fields: ClassVar[tuple[str, ...]] = ()

    translations = models.JSONField(
        default=dict,
        blank=True,
        validators=[validate_translations],
        help_text="The text in other languages, by language code; English is the fallback.",
    )

    class Meta:
        abstract = True

    def translation(self, field: str, language: str) -> str:
        """The stored translation of ``field`` into ``language`` ("" when there is none)."""
        stored = self.translations or {}
        for code in _candidates(language):
            value = (stored.get(code) or {}).get(field)
            if isinstance(value, str) and value.strip():
                return value
        return ""

    def translated(self, field: str, language: str | None = None) -> str:
        """``field`` in ``language`` (the active language by default), else in English."""
        english: str = getattr(self, field)
        code = _candidates(language)[0]
        if code == settings.LANGUAGE_CODE or field not in self.translatable_fields:
            return english
        return self.translation(field, code) or english

    @property
    def localized(self) -> Localized:
        return Localized(self)

    def missing_fields(self, language: str) -> list[str]:
        """Fields with English text but no translation into ``language``."""
        return [
            field
            for field in self.translatable_fields
            if str(getattr(self, field)).strip() and not self.translation(field, language)
        ]

    def missing_languages(self) -> list[str]:
        """The content languages this object still lacks a translation into."""
        return [code for code in content_languages() if self.missing_fields(code)]

    @classmethod
    def missing_translation_q(cls, language: str) -> Q:
        """Rows with English text in some field but no translation of it into ``language``
        (a database filter for the admin's lists)."""
        condition = Q()
        for field in cls.translatable_fields:
            key = f"translations__{language}__{field}"
            absent = Q(**{f"{key}__isnull": True}) | Q(**{key: ""})
            condition |= ~Q(**{field: ""}) & absent
        return condition


def read_translation_files(directory: Path) -> dict[str, dict[str, Any]]:
    """``<directory>/<language>.json`` for each content language that has a file, by
    language: what a demo loader writes into ``translations``."""
    found = {}
    for code in content_languages():
        path = directory / f"{code}.json"
        if path.exists():
            found[code] = json.loads(path.read_text(encoding="utf-8"))
    return found


def translations_of(
    files: dict[str, dict[str, Any]],
    section: str,
    match: dict[str, Any],
    fields: Iterable[str],
) -> dict[str, dict[str, Any]]:
    """From every language's file, the ``fields`` of the row in ``section`` whose keys
    equal ``match`` (``{"slug": "…"}``): ``{"ru": {"title": "…"}, …}``; a language
    without that row is left out (English shows instead)."""
    found = {}
    for code, data in files.items():
        row = next((r for r in data.get(section, []) if _matches(r, match)), None)
        if row is not None:
            found[code] = {field: row[field] for field in fields if row.get(field)}
    return found


def _matches(row: dict[str, Any], match: dict[str, Any]) -> bool:
    return all(row.get(key) == value for key, value in match.items())
