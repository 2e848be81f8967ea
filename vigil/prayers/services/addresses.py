"""Email addresses: nothing but a confirmation email until an address proves it is
read by the person who typed it (double opt-in), and trust only for such addresses.

Anyone can type someone else's address into the prayer form. Until that address
clicks the link in its confirmation email, Vigil sends it nothing else — no receipt
with a private link, no my-data link — and at most one confirmation a day; every
email to one recipient is capped as well (see ``emails``). A confirmed address is
remembered by its keyed hash only.
"""

from __future__ import annotations

from datetime import datetime

from django.core import signing
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from vigil.core import privacy, ratelimit
from vigil.core.ratelimit import Rate, RateLimited
from vigil.prayers import emails
from vigil.prayers.models import EmailAddress, Prayer, Subscription

CONFIRM_SALT = "vigil.prayers.address-confirm"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 3
"""How long a confirmation link works, and how far back held-back receipts are sent."""
CONFIRMATIONS_PER_ADDRESS = Rate(1, 60 * 60 * 24)
AFTER_RECEIPTS = "receipts"
AFTER_MY_DATA = "my-data"


def is_confirmed(email_hash: str) -> bool:
    """Whether the address behind ``email_hash`` confirmed it is read by its owner."""
    return (
        bool(email_hash) and EmailAddress.objects.confirmed().filter(email_hash=email_hash).exists()
    )


def confirmation_token(email_hash: str, then: str) -> str:
    """A signed, timestamped token naming the address (by hash) and what follows."""
    return signing.dumps({"h": email_hash, "n": then}, salt=CONFIRM_SALT, compress=True)


def read_confirmation(token: str) -> tuple[str, str] | None:
    """(email hash, what follows) of a confirmation link, ``None`` if forged or stale."""
    try:
        data = signing.loads(token or "", salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not data.get("h"):
        return None
    then = data.get("n") if data.get("n") in {AFTER_RECEIPTS, AFTER_MY_DATA} else AFTER_RECEIPTS
    return str(data["h"]), str(then)


def confirmation_send(*, email: str, then: str) -> bool:
    """Email the confirmation link, at most once a day per address. ``False`` if not sent."""
    digest = privacy.email_hash(email)
    try:
        ratelimit.hit("address-confirmation", digest, CONFIRMATIONS_PER_ADDRESS)
    except RateLimited:
        return False
    url = reverse("prayers:address-confirm", args=[confirmation_token(digest, then)])
    return emails.send_address_confirmation(email, confirm_url=url, then=then)


def mark_confirmed(email_hash: str, now: datetime | None = None) -> bool:
    """Record that the address is read by its owner; ``True`` only the first time."""
    address, _ = EmailAddress.objects.select_for_update().get_or_create(email_hash=email_hash)
    if address.confirmed_at is not None:
        return False
    address.confirmed_at = now or timezone.now()
    address.save(update_fields=["confirmed_at"])
    return True


@task()
def send_address_confirmation(email_hash: str, then: str, language: str = "") -> bool:
    """Send the confirmation to the address stored under ``email_hash`` (a task, so the
    address never travels through the queue), in ``language``."""
    email = stored_email(email_hash)
    with emails.in_language(language):
        return bool(email) and confirmation_send(email=email, then=then)


def stored_email(email_hash: str) -> str:
    """The address itself, from the newest prayer or subscription that carries it."""
    for model in (Prayer, Subscription):
        email = (
            model.objects.for_email_hash(email_hash)  # type: ignore[attr-defined]
            .exclude(email="").values_list("email", flat=True).first()
        )  # fmt: skip
        if email:
            return str(email)
    return ""
