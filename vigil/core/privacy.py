"""Privacy helpers: keyed hashes instead of raw IP addresses or emails.

A *client hash* is HMAC-SHA256 over the client's network address — the IPv4
address, or the /64 prefix of an IPv6 address, which is what one subscriber is
handed — keyed with a secret derived from ``SECRET_KEY`` and the current rotation
period (a calendar month by default). The period id is stored as a prefix, so a
hash says which key made it, and hashes from different periods never match. The
user agent is not part of the key: a client can change it at will, so it would let
one client look like many. No raw IP address is returned or stored by anything
here.

An *email hash* is keyed but does not rotate, so a ban or an author's lookup by
email keeps working.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from datetime import UTC, datetime

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponseBase
from django.utils.crypto import salted_hmac

VISITOR_COOKIE = "vigil_visitor"
_VISITOR_SALT = "vigil.core.privacy.visitor"
_VISITOR_MAX_AGE = 60 * 60 * 24 * 365


def period_id(at: datetime | None = None) -> str:
    """The rotation period a key belongs to: ``YYYYMM`` (monthly rotation)."""
    at = at or datetime.now(UTC)
    return at.strftime("%Y%m")


def _period_key(period: str) -> bytes:
    return salted_hmac("vigil.client-hash", period, algorithm="sha256").digest()


def client_ip(request: HttpRequest) -> str:
    """The client's address, from ``VIGIL_CLIENT_IP_HEADER`` behind a proxy (the last hop
    the proxy appended), else ``REMOTE_ADDR``. Only ever fed to ``client_hash``."""
    header = getattr(settings, "VIGIL_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def network_of(ip: str) -> str:
    """The network a client address stands for: the IPv4 address itself, the /64 of
    an IPv6 address (an IPv4-mapped IPv6 address counts as IPv4), or the raw text
    when it is not an address at all (so nothing is ever dropped silently)."""
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return ip.strip()
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def hash_client(ip: str, at: datetime | None = None) -> str:
    """``<period>:<hex>``: HMAC-SHA256 of the client's network (see ``network_of``)
    with the period's key."""
    period = period_id(at)
    message = network_of(ip).encode()
    digest = hmac.new(_period_key(period), message, hashlib.sha256).hexdigest()
    return f"{period}:{digest}"


def client_hash(request: HttpRequest) -> str:
    """The hashed client network of a request (see ``hash_client``), computed once per
    request: the API's rate limit and the prayer it receives read the same one."""
    existing: str = getattr(request, "_vigil_client_hash", "")
    if existing:
        return existing
    value = hash_client(client_ip(request))
    request._vigil_client_hash = value  # type: ignore[attr-defined]
    return value


def email_hash(email: str) -> str:
    """A keyed, non-rotating hash of a normalised email address ("" for no email)."""
    email = (email or "").strip().lower()
    if not email:
        return ""
    return salted_hmac("vigil.email-hash", email, algorithm="sha256").hexdigest()


def token_hash(token: str) -> str:
    """SHA-256 of a random secret token (edit links): the token itself is never stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(24)


def visitor_id(request: HttpRequest) -> str:
    """The random id in the visitor's signed cookie, or a new one (see ``remember_visitor``)."""
    existing: str = getattr(request, "_vigil_visitor_id", "")
    if existing:
        return existing
    try:
        value = str(request.get_signed_cookie(VISITOR_COOKIE, salt=_VISITOR_SALT))
    except (KeyError, signing.BadSignature):
        value = secrets.token_urlsafe(16)
        request._vigil_new_visitor = True  # type: ignore[attr-defined]
    request._vigil_visitor_id = value  # type: ignore[attr-defined]
    return value


def visitor_keys(request: HttpRequest) -> list[str]:
    """Keys that identify one visitor for "once a day" counts: the hashed cookie id and
    the client hash. A visitor is counted again only if neither key was seen."""
    cookie_key = (
        "v:" + salted_hmac(_VISITOR_SALT, visitor_id(request), algorithm="sha256").hexdigest()
    )
    return [cookie_key, "c:" + client_hash(request)]


def remember_visitor(request: HttpRequest, response: HttpResponseBase) -> None:
    """Set the signed visitor cookie if ``visitor_id`` made a new id for this request."""
    if getattr(request, "_vigil_new_visitor", False):
        response.set_signed_cookie(
            VISITOR_COOKIE,
            visitor_id(request),
            salt=_VISITOR_SALT,
            max_age=_VISITOR_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
