"""The public JSON API (django-ninja), OpenAPI 3 at /api/docs."""

from __future__ import annotations

from ninja import NinjaAPI

from vigil.api import errors
from vigil.api.docs import LocalSwagger
from vigil.api.prayers import router as prayers_router

api = NinjaAPI(
    title="Vigil API",
    version="1",
    description="Read prayer walls, post prayers and say \u201cI prayed\u201d. "
    "Responses never contain an email address.",
    urls_namespace="api",
    docs=LocalSwagger(),
)
errors.install(api)
api.add_router("", prayers_router)
