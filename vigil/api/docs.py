"""OpenAPI docs served entirely from this site (django-ninja's bundled Swagger UI files),
so the docs page, like every page, makes no third-party request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import ninja
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.gzip import gzip_page
from ninja.openapi.docs import DocsBase

ASSET_DIR = Path(ninja.__file__).resolve().parent / "static" / "ninja"
ASSETS = {
    "swagger-ui.css": "text/css",
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui-init.js": "text/javascript",
    "favicon.svg": "image/svg+xml",
}


class LocalSwagger(DocsBase):
    """Swagger UI with its script, style and icon served by ``docs_asset``."""

    def render_page(self, request: HttpRequest, api: Any, **kwargs: Any) -> HttpResponse:
        settings = {
            "url": self.get_openapi_url(api, kwargs),
            "layout": "BaseLayout",
            "validatorUrl": None,  # else Swagger UI asks validator.swagger.io for a badge
        }
        context = {"api": api, "swagger_settings": json.dumps(settings)}
        return gzip_page(lambda request: render(request, "api/docs.html", context))(request)


@gzip_page
def docs_asset(request: HttpRequest, name: str) -> FileResponse:
    if name not in ASSETS:
        raise Http404("No such file.")
    response = FileResponse((ASSET_DIR / name).open("rb"), content_type=ASSETS[name])
    response["Cache-Control"] = "public, max-age=86400, s-maxage=86400"
    return response


def asset_url(name: str) -> str:
    return reverse("api-docs-asset", args=[name])
