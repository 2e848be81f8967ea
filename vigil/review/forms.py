"""Forms of the moderator queue and the audit page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from vigil.review.actions import BAN_DURATIONS, QUEUE_ACTIONS, REJECT_REASONS

MAX_ID = 2**63 - 1
"""The largest id any supported database stores."""


def duration_choices() -> list[tuple[str, str]]:
    """The ban durations, in the active language."""
    return [
        (key, ngettext("%(count)s day", "%(count)s days", days) % {"count": days} if days
         else _("No end"))
        for key, days in BAN_DURATIONS.items()
    ]  # fmt: skip


class ActionForm(forms.Form):
    action = forms.ChoiceField(choices=[(a, a) for a in QUEUE_ACTIONS])
    reason = forms.ChoiceField(choices=list(REJECT_REASONS.items()), required=False)
    duration = forms.ChoiceField(choices=duration_choices, required=False, initial="7")


class BulkActionForm(ActionForm):
    ids = forms.TypedMultipleChoiceField(coerce=int, choices=[])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        posted = self.data.getlist("ids") if hasattr(self.data, "getlist") else []
        ids = self.fields["ids"]
        ids.choices = [(v, v) for v in posted if v.isdecimal() and int(v) <= MAX_ID]  # type: ignore[attr-defined]
        ids.error_messages["required"] = _("Select at least one prayer first.")


class EventFilterForm(forms.Form):
    action = forms.CharField(required=False, max_length=60)
    actor = forms.ChoiceField(required=False)
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    wall = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID, widget=forms.Select)

    def __init__(self, *args: Any, walls: Sequence[tuple[int, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        staff = get_user_model().objects.filter(is_staff=True).order_by("username")
        self.fields["actor"].choices = [  # type: ignore[attr-defined]
            ("", _("Anyone")),
            ("system", _("System")),
            *[(str(user.pk), user.get_username()) for user in staff],
        ]
        self.fields["wall"].widget.choices = [("", _("Every wall")), *walls]

    def filters(self) -> dict[str, Any]:
        """The valid filters that were given (call after ``is_valid``)."""
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}
