"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from vigil.core.i18n import language_links


def site(request: HttpRequest) -> dict[str, Any]:
    """Site name, the default giving link and the current page in every language."""
    return {
        "SITE_NAME": settings.VIGIL_SITE_NAME,
        "GIVE_URL": settings.VIGIL_GIVE_URL,
        "LANGUAGE_LINKS": SimpleLazyObject(lambda: language_links(request)),
    }
