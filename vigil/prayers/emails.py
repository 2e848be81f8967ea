"""The emails of the prayers app, rendered from ``templates/emails/`` as plain text.

Each email goes to one address only (never cc or bcc), carries no other person's email
address, and every subscription email has a one-click unsubscribe link in its body and
in the ``List-Unsubscribe`` header (RFC 2369 and RFC 8058). No address gets more than
``RECIPIENT_RATES`` allow, whoever asks: a stranger's address typed into a form cannot
be flooded. Each ``send_*`` returns whether the email went out.

An email is written in the active language. The tasks that send emails run outside the
visitor's request, so they are given the language of the page the visitor used and
render in it (``in_language``); where none is known, in the site's default language.
The links in an email then lead to pages in that language.
"""

from __future__ import annotations

import email.policy
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from vigil.core import conf, privacy, ratelimit
from vigil.core.ratelimit import Rate, RateLimited
from vigil.prayers.models import EDIT_WINDOW

RECIPIENT_RATES = {
    "mail-recipient-hour": Rate(5, 60 * 60),
    "mail-recipient-day": Rate(15, 60 * 60 * 24),
}

if TYPE_CHECKING:
    from vigil.prayers.models import Prayer, Subscription


def in_language(language: str | None) -> translation.override:
    """Write what follows in ``language`` if it is one of the site's languages, else in
    the default language (English), whatever language is active around it."""
    codes = {code for code, _name in settings.LANGUAGES}
    return translation.override(language if language in codes else settings.LANGUAGE_CODE)


def _language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def absolute(path: str) -> str:
    """A full URL for a path, from ``VIGIL_SITE_URL`` (emails are sent without a request)."""
    if not path:
        return ""
    return f"{conf.site_url()}{path}"


def _recipient_allowed(to: str) -> bool:
    digest = privacy.email_hash(to)
    try:
        for scope, rate in RECIPIENT_RATES.items():
            ratelimit.hit(scope, digest, rate)
    except RateLimited:
        return False
    return True


def _send(
    *, to: str, subject: str, template: str, context: dict[str, Any], unsubscribe_url: str = ""
) -> bool:
    if not _recipient_allowed(to):
        return False
    unsubscribe_url = absolute(unsubscribe_url)
    site_name = conf.site_name()
    body = render_to_string(
        template,
        {**context, "site_name": site_name, "privacy_url": absolute(reverse("prayers:privacy")),
         "unsubscribe_url": unsubscribe_url},
    )  # fmt: skip
    headers = {"Auto-Submitted": "auto-generated", "Content-Language": _language()}
    if unsubscribe_url:
        headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message = _Message(subject=f"{subject} · {site_name}", body=body, to=[to], headers=headers)
    return message.send() > 0


class _Message(EmailMessage):
    """An email whose header lines may be as long as RFC 5322 allows (998 characters):
    with the mail library's default of 78, a ``List-Unsubscribe`` address longer than a
    line is written as encoded words, which mail clients do not read as a link, so they
    offer no one-click unsubscribe."""

    def message(self, *, policy: Any = email.policy.default) -> Any:
        return super().message(policy=(policy or email.policy.default).clone(max_line_length=998))


def send_prayer_receipt(prayer: Prayer, *, manage_url: str, confirm_url: str = "") -> bool:
    return _send(
        to=prayer.email,
        subject=_("Your prayer for %(title)s") % {"title": prayer.wall.display_title},
        template="emails/prayer_receipt.txt",
        context={
            "prayer": prayer,
            "wall_url": absolute(prayer.wall.get_absolute_url()),
            "manage_url": absolute(manage_url),
            "confirm_url": absolute(confirm_url),
            "edit_minutes": int(EDIT_WINDOW.total_seconds() // 60),
        },
    )


def send_subscription_confirmation(subscription: Subscription, *, confirm_url: str) -> bool:
    wall = subscription.wall
    return _send(
        to=subscription.email,
        subject=(
            _("Please confirm: prayers for %(title)s") % {"title": wall.display_title}
            if wall
            else _("Please confirm")
        ),
        template="emails/subscription_confirm.txt",
        context={"subscription": subscription, "wall": wall, "confirm_url": absolute(confirm_url)},
        unsubscribe_url=subscription.unsubscribe_url(),
    )


def send_publish_notice(subscription: Subscription, prayer: Prayer) -> bool:
    return _send(
        to=subscription.email,
        subject=_("Your prayer for %(title)s is published") % {"title": prayer.wall.display_title},
        template="emails/publish_notice.txt",
        context={"prayer": prayer, "prayer_url": absolute(prayer.get_absolute_url())},
        unsubscribe_url=subscription.unsubscribe_url(),
    )


def send_wall_digest(subscription: Subscription, prayers: Sequence[Prayer]) -> bool:
    wall = subscription.wall
    assert wall is not None
    return _send(
        to=subscription.email,
        subject=_("New prayers for %(title)s") % {"title": wall.display_title},
        template="emails/wall_digest.txt",
        context={"wall": wall, "prayers": prayers, "wall_url": absolute(wall.get_absolute_url())},
        unsubscribe_url=subscription.unsubscribe_url(),
    )


def send_my_data_link(email: str, *, url: str) -> bool:
    return _send(
        to=email,
        subject=_("Your link to see, download or erase your data"),
        template="emails/my_data_link.txt",
        context={"url": absolute(url)},
    )


def send_address_confirmation(email: str, *, confirm_url: str, then: str) -> bool:
    """The double opt-in: the only email an unconfirmed address ever gets."""
    return _send(
        to=email,
        subject=_("Please confirm your email address"),
        template="emails/address_confirm.txt",
        context={"confirm_url": absolute(confirm_url), "for_my_data": then == "my-data"},
    )
