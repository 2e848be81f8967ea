"""Checks made when a server starts, before it answers any request."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def require_site_url() -> None:
    """Outside DEBUG the site must know its public address: emails and private links
    are built from it, and a guessed one sends readers to the wrong host or port."""
    if not settings.DEBUG and not settings.VIGIL_SITE_URL:
        raise ImproperlyConfigured(
            "VIGIL_SITE_URL is not set. Set it to the site's public address, e.g. "
            "VIGIL_SITE_URL=https://vigil.example.org (see .env.example); `make run` "
            "sets it to http://127.0.0.1:$(PORT)."
        )
