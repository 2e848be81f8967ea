"""The public JSON API (django-ninja), OpenAPI 3 at /api/docs.

``/api/v1/`` is the open data API: the watch list, campaigns, prisoners and prayer
walls. The first wall endpoints at ``/api/walls/`` keep working for existing clients.
"""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI
from ninja.openapi.schema import OpenAPISchema

from vigil.api import errors
from vigil.api.docs import LocalSwagger
from vigil.api.prayers import router as prayers_router
from vigil.api.v1.campaigns import router as campaigns_v1
from vigil.api.v1.walls import router as walls_v1
from vigil.api.v1.watchlist import router as watchlist_v1

RETRY_AFTER = {
    "description": "Seconds to wait before trying again.",
    "schema": {"type": "integer", "minimum": 0},
}


class VigilAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> OpenAPISchema:
        """Every operation may answer 429 (the API-wide rate limit), with ``Retry-After``."""
        schema = super().get_openapi_schema(**kwargs)
        for item in schema["paths"].values():
            for operation in item.values():
                limited = operation["responses"].get(429)
                if limited is not None:
                    limited.setdefault("headers", {})["Retry-After"] = RETRY_AFTER
        return schema


api = VigilAPI(
    title="Vigil API",
    version="1",
    description="Open data of the watch list (editions, entries, countries, engines, "
    "sources), campaigns, prisoners and prayer walls; post prayers and say \u201cI "
    "prayed\u201d. Lists are cursor-paginated (`next` \u2192 `?cursor=`); every error has "
    "one shape (`ErrorOut`). Responses never contain an email address or a hash.",
    urls_namespace="api",
    docs=LocalSwagger(),
)
errors.install(api)
api.add_router("", prayers_router)
api.add_router("/v1", watchlist_v1)
api.add_router("/v1", campaigns_v1)
api.add_router("/v1", walls_v1)
