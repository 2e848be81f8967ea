"""Search, the sitemap and robots.txt: public, cookie-free and cacheable by any proxy."""

from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from vigil.core import conf, pagecache
from vigil.discovery.sitemaps import SITEMAPS, site_languages

PUBLIC_MAX_AGE = 3600
DEFAULT_ADMIN_URL = "admin/"


def _public(response: HttpResponse, max_age: int = PUBLIC_MAX_AGE) -> HttpResponse:
    patch_cache_control(response, public=True, max_age=max_age)
    return response


@require_safe
@pagecache.cached_page
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    """Every public page, with its translations when the site has them."""
    response = sitemap(request, sitemaps=SITEMAPS)
    response.render()
    return _public(response)


def _prefixes(name: str, *args: object) -> list[str]:
    """The address of ``name`` in every site language (one entry when unprefixed)."""
    paths = []
    for code in [settings.LANGUAGE_CODE, *site_languages()]:
        with translation.override(code):
            try:
                path = reverse(name, args=args)
            except NoReverseMatch:
                continue
        if path not in paths:
            paths.append(path)
    return paths


def robots_lines() -> list[str]:
    """Public pages are open to crawlers; staff pages, visitors' private links, search
    results and the counted "Give" redirects are not. A moved admin is never named."""
    disallowed = ["/moderation/"]
    if settings.VIGIL_ADMIN_URL == DEFAULT_ADMIN_URL:
        disallowed.append("/" + DEFAULT_ADMIN_URL)
    for name in ("prayers:my-data", "discovery:search", "campaigns:give-default"):
        disallowed += _prefixes(name)
    for prefix in _prefixes("watchlist:home"):
        disallowed += [
            f"{prefix}prayers/*/manage/",
            f"{prefix}prayers/*/report/",
            f"{prefix}subscriptions/",
            f"{prefix}email/confirm/",
            f"{prefix}walls/*/prayers/",
        ]
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in dict.fromkeys(disallowed)]
    lines += ["", f"Sitemap: {conf.site_url()}{reverse('discovery:sitemap')}"]
    return lines


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    body = "\n".join(robots_lines()) + "\n"
    return _public(HttpResponse(body, content_type="text/plain; charset=utf-8"))
