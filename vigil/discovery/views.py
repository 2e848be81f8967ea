"""Search, the sitemap and robots.txt: public, cookie-free and cacheable by any proxy."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from vigil.core import conf, pagecache
from vigil.discovery import text
from vigil.discovery.search import KINDS, SCOPES, search
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


GROUP_LIMIT = 5
KIND_LIMIT = 50
SEARCH_MAX_AGE = 300


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=text.MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Search for %(limit_value)d characters at most: shorten your search.")
        },
    )
    kind = forms.ChoiceField(
        required=False,
        choices=[("", ""), *((scope.kind, scope.label) for scope in SCOPES)],
        error_messages={"invalid_choice": _("Search every kind of page, or one of those listed.")},
    )


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    """Results grouped by kind (or up to ``KIND_LIMIT`` of one kind): the same bytes for
    every visitor, so any cache may keep them."""
    form = SearchForm(request.GET)
    results, kind = None, None
    if form.is_valid() and form.cleaned_data["q"].strip():
        kind = KINDS.get(form.cleaned_data["kind"])
        limit = KIND_LIMIT if kind else GROUP_LIMIT
        results = search(form.cleaned_data["q"], kind=kind.kind if kind else None, limit=limit)
    context = {
        "form": form,
        "results": results,
        "kind": kind,
        "limit": KIND_LIMIT,
        "max_length": text.MAX_QUERY_LENGTH,
        "search_query": request.GET.get("q", "")[: text.MAX_QUERY_LENGTH],
    }
    response = render(request, "discovery/search.html", context)
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_store=True)
    else:
        _public(response, SEARCH_MAX_AGE)
    return response
