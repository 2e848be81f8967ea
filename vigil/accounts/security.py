"""Staff sign-in hardening: login throttling without raw addresses, optional TOTP.

django-axes counts failed sign-ins per username and client. It stores a client
"address", and Vigil stores no raw IP anywhere, so the address axes sees is a
*pseudonymous* one: the keyed, monthly-rotating client hash (see
``core.privacy``) folded into a private IPv6 address (``fd00::/8``). Attempts
from one network still count together; nothing in the table says where they
came from.

Two-factor sign-in is optional per staff member: whoever has confirmed a TOTP
device must give its code at sign-in, and the admin and the moderation queue
refuse a session that was not verified with it. ``VIGIL_STAFF_REQUIRE_2FA``
makes a device mandatory for every staff member.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice

from vigil.core import privacy

__all__ = ["StaffLoginForm", "needs_second_factor", "pseudonymous_ip", "second_factor_ok"]


def pseudonymous_ip(request: HttpRequest) -> str:
    """A private IPv6 address derived from the client hash: stable for one network
    within a month, meaningless outside this site."""
    digest = privacy.client_hash(request).split(":", 1)[1]
    return str(ipaddress.IPv6Address(bytes.fromhex("fd" + digest[:30])))


def needs_second_factor(user: object) -> bool:
    """Whether ``user`` must sign in with a TOTP code."""
    return bool(settings.VIGIL_STAFF_REQUIRE_2FA) or user_has_device(user)


def second_factor_ok(request: HttpRequest) -> bool:
    """The signed-in user either needs no second factor or gave one this session."""
    user = request.user
    if not user.is_authenticated:
        return False
    if getattr(user, "is_verified", bool)():  # set by django_otp's middleware
        return True
    return not needs_second_factor(user)


class StaffLoginForm(AdminAuthenticationForm, OTPAuthenticationFormMixin):
    """The admin sign-in form: password, then a TOTP code for those who have a device."""

    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_token = forms.CharField(
        required=False,
        label=_("Code from your authenticator app"),
        help_text=_("Only if you have set up two-factor sign-in."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    otp_challenge = forms.CharField(required=False, widget=forms.HiddenInput)

    def _chosen_device(self, user: Any) -> Any:
        """The device named in the form, else the user's one TOTP device (Vigil
        sets up one per staff member, so there is nothing to choose from)."""
        return super()._chosen_device(user) or (
            TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
        )

    def clean(self) -> dict[str, object]:
        cleaned = super().clean()
        user = self.get_user()
        if user is not None and needs_second_factor(user):
            self.clean_otp(user)
        return cleaned
