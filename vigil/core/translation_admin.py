"""The admin side of ``vigil.core.translations``: one input per language and field on
change forms, a "Missing translations" column and a filter on list pages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Field, Model, QuerySet
from django.http import HttpRequest
from django.utils import translation

from vigil.core.translations import Translatable, content_languages, language_name


def field_name(field: str, language: str) -> str:
    """The form field holding the ``language`` translation of ``field``."""
    return f"{field}__{language}"


def translation_field_names(model: type[Translatable], language: str | None = None) -> list[str]:
    languages = [language] if language else content_languages()
    return [field_name(f, code) for code in languages for f in model.translatable_fields]


def _widget_attrs(language: str, css_class: str) -> dict[str, str]:
    bidi = translation.get_language_info(language).get("bidi", False)
    return {"class": css_class, "lang": language, "dir": "rtl" if bidi else "ltr"}


def _translation_input(model: type[Translatable], field: str, language: str) -> forms.Field:
    source = model._meta.get_field(field)
    assert isinstance(source, Field), f"{model.__name__}.{field} is not a translatable field"
    label = f"{str(source.verbose_name).capitalize()} ({language_name(language)})"
    help_text = "Empty: visitors reading this language see the English text."
    max_length = getattr(source, "max_length", None)
    if source.get_internal_type() == "TextField":
        widget: forms.Widget = forms.Textarea(attrs=_widget_attrs(language, "vLargeTextField"))
    else:
        widget = forms.TextInput(attrs=_widget_attrs(language, "vTextField"))
    return forms.CharField(
        label=label, required=False, max_length=max_length, widget=widget, help_text=help_text
    )


class TranslationFormMixin(forms.BaseForm):
    """Fills the translation inputs from ``instance.translations`` and writes them back
    on save; languages and fields without an input are kept as they were."""

    instance: Translatable

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for language in content_languages():
            for field in self.instance.translatable_fields:
                name = field_name(field, language)
                if name in self.fields:
                    self.initial.setdefault(name, self.instance.translation(field, language))

    def translations_from_input(self) -> dict[str, dict[str, str]]:
        merged = {code: dict(texts) for code, texts in (self.instance.translations or {}).items()}
        for language in content_languages():
            texts = merged.setdefault(language, {})
            for field in self.instance.translatable_fields:
                name = field_name(field, language)
                if name not in self.cleaned_data:
                    continue
                value = (self.cleaned_data[name] or "").strip()
                if value:
                    texts[field] = value
                else:
                    texts.pop(field, None)
        return {code: texts for code, texts in merged.items() if texts}

    def save(self, commit: bool = True) -> Any:
        self.instance.translations = self.translations_from_input()
        return super().save(commit)  # type: ignore[misc]


@cache
def translation_form(
    model: type[Translatable], base: type[forms.ModelForm] = forms.ModelForm
) -> type[forms.ModelForm]:
    """``base`` with an input for each translatable field in each content language."""
    inputs = {
        field_name(field, code): _translation_input(model, field, code)
        for code in content_languages()
        for field in model.translatable_fields
    }
    name = f"{model.__name__}TranslationForm"
    return type(name, (TranslationFormMixin, base), inputs)


def missing_label(languages: Sequence[str]) -> str:
    return ", ".join(language_name(code) for code in languages) if languages else "None"


class MissingTranslationFilter(admin.SimpleListFilter):
    """Rows lacking a translation into one language (or into any)."""

    title = "missing translation"
    parameter_name = "missing_translation"
    ANY = "any"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(self.ANY, "Any language")] + [
            (code, language_name(code)) for code in content_languages()
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        value = self.value()
        if value == self.ANY:
            languages = content_languages()
        elif value in content_languages():
            languages = [value]
        else:
            return queryset
        model: Any = queryset.model
        condition = model.missing_translation_q(languages[0])
        for code in languages[1:]:
            condition |= model.missing_translation_q(code)
        return queryset.filter(condition)


class TranslationAdminMixin:
    """For a ``ModelAdmin`` of a translatable model: a section of inputs per language on
    the change form (named for what is still missing), the raw JSON hidden, and a
    "Missing translations" column and filter for the list page (add them to
    ``list_display`` and ``list_filter``)."""

    model: type[Translatable]
    form: type[forms.ModelForm]

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> type[forms.ModelForm]:
        kwargs["form"] = translation_form(self.model, kwargs.get("form", self.form))
        return super().get_form(request, obj, change=change, **kwargs)  # type: ignore[misc]

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> list[tuple[Any, Any]]:
        hidden = {"translations", *translation_field_names(self.model)}
        fieldsets = []
        for title, options in super().get_fieldsets(request, obj):  # type: ignore[misc]
            fields = [f for f in options["fields"] if f not in hidden]
            if fields:
                fieldsets.append((title, {**options, "fields": fields}))
        for code in content_languages():
            fieldsets.append(self._language_fieldset(code, obj))
        return fieldsets

    def _language_fieldset(self, code: str, obj: Model | None) -> tuple[str, dict[str, Any]]:
        missing = obj.missing_fields(code) if isinstance(obj, Translatable) else []
        title = f"{language_name(code)} translation"
        if missing:
            title += " (missing: " + ", ".join(f.replace("_", " ") for f in missing) + ")"
        fields = translation_field_names(self.model, code)
        return (title, {"fields": fields, "classes": ["collapse"] if not missing else []})

    @admin.display(description="Missing translations")
    def missing_translations(self, obj: Translatable) -> str:
        return missing_label(obj.missing_languages())
