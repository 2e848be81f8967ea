"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, Any]:
    """Site name and the default giving link."""
    return {"SITE_NAME": settings.VIGIL_SITE_NAME, "GIVE_URL": settings.VIGIL_GIVE_URL}
