"""The "Pray for <country>" widget that partner sites and churches embed, and its oEmbed
endpoint.

The widget page is the one route of the site that other sites may frame
(``frame-ancestors *`` and no ``X-Frame-Options``). It sets no cookie and loads only
this site's stylesheet. Its "I prayed" button is a plain form POST carrying a signed
token instead of a CSRF cookie (a cookie would be a third-party cookie inside a frame);
it is counted once a day per (hashed) client by the same service as the site's button,
and rate-limited per client.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from vigil.core import privacy, ratelimit
from vigil.prayers.models import Wall
from vigil.prayers.services import reactions
from vigil.watchlist.models import Country, Entry

PRAYED_SALT = "vigil.api.embed.prayed"
TOKEN_MAX_AGE = 60 * 60 * 24
PRAYED_RATE = ratelimit.Rate(10, 60)
"""Presses of "I prayed" per minute per client, whatever the country."""
MAX_AGE = 60
WIDTH, HEIGHT = 360, 440
FRAMEABLE: dict[str, Any] = {**settings.SECURE_CSP, "frame-ancestors": ["*"]}


@dataclass
class Widget:
    country: Country
    entry: Entry | None
    prayer_point: str
    wall: Wall

    @property
    def title(self) -> str:
        return pray_for(self.country.name)


def pray_for(name: str) -> str:
    """ "Pray for Kazakhstan": the widget's title and the iframe's."""
    return gettext("Pray for %(country)s") % {"country": name}


def widget_for(slug: str) -> Widget:
    """The country's latest published entry, today's prayer point of it and its wall."""
    country = get_object_or_404(Country, slug=slug)
    entry = (
        Entry.objects.published()
        .filter(country=country)
        .select_related("edition")
        .prefetch_related("prayer_points")
        .order_by("-edition__year")
        .first()
    )
    points = [point.text for point in entry.prayer_points.all()] if entry else []
    point = points[timezone.localdate().toordinal() % len(points)] if points else ""
    return Widget(country, entry, point, Wall.objects.for_country(country))


def prayed_token(slug: str) -> str:
    return signing.dumps(slug, salt=PRAYED_SALT)


def _token_matches(token: str, slug: str) -> bool:
    try:
        return signing.loads(token, salt=PRAYED_SALT, max_age=TOKEN_MAX_AGE) == slug
    except signing.BadSignature:
        return False


def _render(
    request: HttpRequest, widget: Widget, status: int = 200, **context: Any
) -> HttpResponse:
    context.update(widget=widget, token=prayed_token(widget.country.slug))
    context["profile_url"] = request.build_absolute_uri(widget.country.get_absolute_url())
    return render(request, "api/embed_country.html", context, status=status)


@require_safe
@xframe_options_exempt
@csp_override(FRAMEABLE)
def embed_country(request: HttpRequest, slug: str) -> HttpResponse:
    """The widget, the same bytes for every visitor: cacheable by browsers and proxies."""
    response = _render(request, widget_for(slug))
    patch_cache_control(response, public=True, max_age=MAX_AGE, s_maxage=MAX_AGE)
    return response


@csrf_exempt
@require_POST
@xframe_options_exempt
@csp_override(FRAMEABLE)
def embed_country_prayed(request: HttpRequest, slug: str) -> HttpResponse:
    """Count "I prayed" from the widget; the widget again with a thank-you, never cached."""
    widget = widget_for(slug)
    response = _prayed(request, widget)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _prayed(request: HttpRequest, widget: Widget) -> HttpResponse:
    if not _token_matches(request.POST.get("token", ""), widget.country.slug):
        message = gettext("This button has expired. Reload the page and press it again.")
        return _render(request, widget, status=400, error=message)
    client = privacy.client_hash(request)
    try:
        ratelimit.hit("embed-prayed", client, PRAYED_RATE)
    except ratelimit.RateLimited as limited:
        message = ngettext(
            "Too many presses: try again in %(seconds)d second.",
            "Too many presses: try again in %(seconds)d seconds.",
            limited.retry_after,
        ) % {"seconds": limited.retry_after}
        response = _render(request, widget, status=429, error=message)
        response["Retry-After"] = str(limited.retry_after)
        return response
    counted, _ = reactions.wall_pray(wall=widget.wall, visitor_keys=["c:" + client])
    return _render(request, widget, prayed=True, counted=counted)


# -- oEmbed ------------------------------------------------------------------------------


def _oembed_error(status: int, detail: str, code: str) -> JsonResponse:
    return JsonResponse({"detail": detail, "code": code}, status=status)


def _country_slug(request: HttpRequest, url: str) -> str | None:
    """The slug of the country page or widget ``url`` points to on this site."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or parts.netloc != request.get_host():
        return None
    # A page in another language (/ru/countries/…) resolves only with its language active.
    language = translation.get_language_from_path(parts.path) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            match = resolve(parts.path)
    except Resolver404:
        return None
    if match.view_name not in {"watchlist:country-detail", "embed-country"}:
        return None
    return str(match.kwargs.get("slug", ""))


def _size(value: str | None, default: int) -> int:
    """The widget's size within a consumer's ``maxwidth`` or ``maxheight``: never more
    (oEmbed 1.0, section 2.2), and the default where none, or no positive number, is given."""
    try:
        limit = int(value or default)
    except ValueError:
        return default
    return min(default, limit) if limit > 0 else default


@require_safe
def oembed(request: HttpRequest) -> HttpResponse:
    """oEmbed 1.0 for country pages: a ``rich`` answer whose HTML is the widget's iframe."""
    if request.GET.get("format", "json") != "json":
        return _oembed_error(501, "Only format=json is offered.", "not_implemented")
    slug = _country_slug(request, request.GET.get("url", ""))
    country = Country.objects.filter(slug=slug).first() if slug else None
    if country is None:
        return _oembed_error(404, "Pass the address of a country page of this site.", "not_found")
    width = _size(request.GET.get("maxwidth"), WIDTH)
    height = _size(request.GET.get("maxheight"), HEIGHT)
    src = request.build_absolute_uri(reverse("embed-country", args=[country.slug]))
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": pray_for(country.name),
            "provider_name": settings.VIGIL_SITE_NAME,
            "provider_url": request.build_absolute_uri("/"),
            "cache_age": MAX_AGE,
            "width": width,
            "height": height,
            "html": iframe_html(src, country.name, width, height),
        }
    )
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=MAX_AGE, s_maxage=MAX_AGE)
    return response


def iframe_html(src: str, name: str, width: int = WIDTH, height: int = HEIGHT) -> str:
    """The copy-paste snippet: a sandboxed iframe that may open the profile in a new tab."""
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
        'style="border:0;max-width:100%" '
        'sandbox="allow-forms allow-popups allow-popups-to-escape-sandbox"></iframe>',
        src,
        pray_for(name),
        width,
        height,
    )


def oembed_discovery_url(request: HttpRequest, country: Country) -> str:
    page = request.build_absolute_uri(country.get_absolute_url())
    return f"{reverse('oembed')}?{urlencode({'url': page, 'format': 'json'})}"


@require_safe
def embed_help(request: HttpRequest) -> HttpResponse:
    """How to embed the widget of a country (``?country=<slug>``), with a live preview."""
    slug = request.GET.get("country", "")
    country = Country.objects.filter(slug=slug).first() if slug else None
    if slug and country is None:
        raise Http404(gettext("No such country."))
    context: dict[str, Any] = {"country": country}
    if country is not None:
        src = request.build_absolute_uri(reverse("embed-country", args=[country.slug]))
        context.update(src=src, snippet=iframe_html(src, country.name))
        context["oembed_url"] = request.build_absolute_uri(oembed_discovery_url(request, country))
    context["countries"] = Country.objects.filter(entries__isnull=False).distinct()
    response = render(request, "api/embed_help.html", context)
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
