"""What every API POST must pass before its body is read: a bounded size, the site's own
origin when a browser sends it, and a JSON content type.

The API has no cookies to protect, but a browser on another site could still make a
visitor's browser post a prayer or count "I prayed" (a ``text/plain`` form post needs
no CORS preflight). So a browser request must come from this site's origin (or one in
``CSRF_TRUSTED_ORIGINS``), and the body must be ``application/json``, which no
cross-site form can send. Clients that are not browsers send neither ``Origin`` nor
``Sec-Fetch-*`` and are unaffected.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.http import is_same_domain

from vigil.api.errors import error_response

MAX_BODY_BYTES = 64 * 1024
"""Far above the longest prayer; anything larger is refused before it is read."""

type View = Callable[..., HttpResponse]


def _own_origin(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _trusted(origin: str) -> bool:
    """``origin`` is listed in ``CSRF_TRUSTED_ORIGINS`` (``*.`` wildcards as Django reads them)."""
    parts = urlsplit(origin)
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        allowed = urlsplit(trusted)
        if trusted == origin:
            return True
        wildcard = allowed.scheme == parts.scheme and allowed.netloc.startswith("*")
        if wildcard and is_same_domain(parts.netloc, allowed.netloc[1:]):
            return True
    return False


def is_cross_origin(request: HttpRequest) -> bool:
    """A browser request sent by a page of another origin."""
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin != _own_origin(request) and not _trusted(origin)
    return request.headers.get("Sec-Fetch-Site") in {"cross-site", "same-site"}


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def refusal(request: HttpRequest) -> HttpResponse | None:
    """The error answer for a POST that must not reach its view, or ``None``."""
    if _declared_length(request) > MAX_BODY_BYTES:
        return error_response(413, f"The request body must be under {MAX_BODY_BYTES} bytes.")
    if is_cross_origin(request):
        return error_response(403, "Posting from another site is not allowed.", code="cross_origin")
    if request.content_type != "application/json":
        return error_response(415, "Send the request with Content-Type: application/json.")
    return None


def guarded_post(view: View) -> View:
    """Wrap an operation's view (through ninja's ``decorate_view``) with ``refusal``."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return refusal(request) or view(request, *args, **kwargs)

    return wrapper
