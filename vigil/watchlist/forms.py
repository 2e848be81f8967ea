"""The editors' upload form for the watch-list CSV files."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vigil.watchlist.csvformat import COLUMNS

SOURCES_FILE = "SOURCES.md"
DATASET_FILES = (SOURCES_FILE, *COLUMNS)
MAX_FILE_BYTES = 10 * 1024 * 1024


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files at once (Django's documented pattern)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".csv,.md"}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single = super().clean
        if not data and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class DatasetUploadForm(forms.Form):
    dataset = MultipleFileField(
        label=_("Dataset files"),
        help_text=format_lazy(
            _(
                "Any of: {files}. Files you do not upload are taken from what Vigil holds "
                "now, so you may send only the files you changed."
            ),
            files=", ".join(DATASET_FILES),
        ),
    )

    def clean_dataset(self) -> dict[str, bytes]:
        """The uploads by name, refusing unknown names, repeats and oversized files."""
        contents: dict[str, bytes] = {}
        problems = []
        for upload in self.cleaned_data["dataset"]:
            name = upload.name or ""
            if name not in DATASET_FILES:
                problems.append(
                    gettext("%(name)s is not one of the dataset's files.") % {"name": name}
                )
            elif name in contents:
                problems.append(
                    gettext("%(name)s was chosen twice; send it once.") % {"name": name}
                )
            elif upload.size and upload.size > MAX_FILE_BYTES:
                size = MAX_FILE_BYTES // 1024 // 1024
                message = gettext("%(name)s is larger than %(size)d MB.")
                problems.append(message % {"name": name, "size": size})
            else:
                contents[name] = upload.read()
        if problems:
            message = gettext("The dataset's files are: %(files)s.")
            problems.append(message % {"files": ", ".join(DATASET_FILES)})
            raise forms.ValidationError(problems)
        return contents
