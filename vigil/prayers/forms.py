"""The public prayer form (with its honeypot and signed render time) and the report form."""

from __future__ import annotations

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vigil.core.text import clean_line, clean_text
from vigil.prayers.formtoken import make_form_token, renew_form_token, spend_form_token
from vigil.prayers.models import NAME_MAX, TEXT_MAX, Report
from vigil.prayers.services.submission import too_long_message


def _clean_name(value: str) -> str:
    name = clean_line(value)
    if not name:
        raise forms.ValidationError(gettext("Please give a name (any name you like)."))
    if len(name) > NAME_MAX:
        raise forms.ValidationError(
            gettext("Please keep the name to %(max)s characters.") % {"max": NAME_MAX}
        )
    return name


def _clean_prayer_text(value: str) -> str:
    text = clean_text(value)
    if not text:
        raise forms.ValidationError(gettext("Please write your prayer or comment."))
    if len(text) > TEXT_MAX:
        raise forms.ValidationError(too_long_message(len(text)))
    return text


class PrayerForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        error_messages={"required": _("Please give a name (any name you like).")},
        help_text=_("Shown with your prayer. Any name you like."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname", "maxlength": NAME_MAX}),
    )
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        error_messages={"invalid": _("Please check the email address, or leave it empty.")},
        help_text=_("Never shown. Only used to reach you about your prayer."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    notify = forms.BooleanField(
        label=_("Email me when my prayer is published"),
        required=False,
        help_text=_("Needs your email. We ask you to confirm first, and send only that one email."),
    )
    text = forms.CharField(
        label=_("Your prayer or comment"),
        error_messages={"required": _("Please write your prayer or comment.")},
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": TEXT_MAX}),
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled by naive bots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    rendered = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: object, wall_id: int, **kwargs: object) -> None:
        kwargs.setdefault("auto_id", f"wall-{wall_id}-%s")
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.wall_id = wall_id
        if not self.is_bound:
            self.initial["rendered"] = make_form_token(wall_id)

    def renew_token(self) -> None:
        """Give a bound form shown again a fresh render token (the old one is spent)."""
        if self.is_bound:
            token = renew_form_token(str(self.data.get("rendered", "")), self.wall_id)
            data = QueryDict(mutable=True)
            data.update(self.data)
            data["rendered"] = token
            self.data = data

    def clean_name(self) -> str:
        return _clean_name(self.cleaned_data["name"])

    def clean_text(self) -> str:
        return _clean_prayer_text(self.cleaned_data["text"])

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        if cleaned.get("notify") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error(
                "email", gettext("To be emailed when it is published, please give your email.")
            )
        return cleaned

    def seconds_to_submit(self) -> float | None:
        return spend_form_token(self.data.get("rendered", ""), self.wall_id)


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why should moderators look at this?"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything to add (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 500}),
    )


class PrayerEditForm(forms.Form):
    """The author's change to their prayer, through the private link."""

    name = forms.CharField(
        label=_("Your name"),
        error_messages={"required": _("Please give a name (any name you like).")},
        widget=forms.TextInput(attrs={"autocomplete": "nickname", "maxlength": NAME_MAX}),
    )
    text = forms.CharField(
        label=_("Your prayer or comment"),
        error_messages={"required": _("Please write your prayer or comment.")},
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": TEXT_MAX}),
    )

    def clean_name(self) -> str:
        return _clean_name(self.cleaned_data["name"])

    def clean_text(self) -> str:
        return _clean_prayer_text(self.cleaned_data["text"])


class EmailForm(forms.Form):
    """One email address: to follow a wall, or to ask for the my-data link."""

    email = forms.EmailField(
        label=_("Your email"),
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter an email address like name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args: object, prefix_id: str = "", **kwargs: object) -> None:
        if prefix_id:
            kwargs.setdefault("auto_id", f"{prefix_id}-%s")
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
