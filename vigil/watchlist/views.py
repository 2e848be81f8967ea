"""Public watch-list pages: home, the list of an edition, country profiles and sources."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.db import connection
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from vigil.core import conf, pagecache
from vigil.watchlist import csvformat, selectors, shareimage
from vigil.watchlist.models import Country, Edition, Source


def not_found(request: HttpRequest, message: str, **context: Any) -> HttpResponse:
    """A 404 page that says what was missing and where to go instead."""
    context.update(message=message)
    return render(request, "watchlist/not_found.html", context, status=404)


def _edition(request: HttpRequest, year: int) -> Edition | None:
    """The edition if the visitor may see it: embargoed editions are for staff only."""
    if not 1 <= year <= 9999:
        return None
    return selectors.editions_for(request.user).filter(year=year).first()


def _no_edition(request: HttpRequest, year: int) -> HttpResponse:
    message = gettext("There is no published %(year)s edition of the watch list.")
    return not_found(request, message % {"year": year})


@require_safe
@pagecache.cached_page
def home(request: HttpRequest) -> HttpResponse:
    edition = selectors.current_edition()
    context: dict[str, Any] = {"edition": edition, "rows": [], "other_editions": []}
    if edition is not None:
        prefetch_related_objects([edition], "bands")
        previous = selectors.previous_edition(edition)
        context["rows"] = selectors.ranked_rows(edition, previous, limit=10)
        context["previous"] = previous
        context["other_editions"] = Edition.objects.published().exclude(pk=edition.pk)
    return render(request, "watchlist/home.html", context)


@require_safe
def edition_latest(request: HttpRequest) -> HttpResponse:
    edition = selectors.current_edition()
    if edition is None:
        message = gettext("No edition of the watch list has been published yet.")
        return not_found(request, message)
    return redirect(edition)


@require_safe
@pagecache.cached_page
def edition_detail(request: HttpRequest, year: int) -> HttpResponse:
    edition = _edition(request, year)
    if edition is None:
        return _no_edition(request, year)
    sort = request.GET.get("sort", "rank")
    sort = sort if sort in selectors.SORT_KEYS else "rank"
    previous = selectors.previous_edition(edition)
    rows = selectors.sort_rows(selectors.ranked_rows(edition, previous), sort)
    context = {"edition": edition, "previous": previous, "rows": rows, "sort": sort}
    return render(request, "watchlist/edition_detail.html", context)


@require_safe
def edition_csv(request: HttpRequest, year: int) -> HttpResponse:
    """The edition's ranking in the format of ``data/watchlist/wwl_rankings.csv``."""
    edition = _edition(request, year)
    if edition is None:
        return _no_edition(request, year)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="watchlist-{edition.year}.csv"'
    rows = selectors.ranking_csv_rows(edition, selectors.previous_edition(edition))
    csvformat.write_csv(response, "wwl_rankings.csv", rows)
    return response


@require_safe
def edition_map(request: HttpRequest, year: int) -> HttpResponse:
    """The world map of an edition the visitor may see (staff preview embargoed ones)."""
    edition = get_object_or_404(Edition.objects.visible_to(request.user), year=year)
    return render(request, "watchlist/map.html", {"edition": edition})


@require_safe
@pagecache.cached_page
def country_list(request: HttpRequest) -> HttpResponse:
    rows = selectors.countries_with_latest_rank()
    return render(request, "watchlist/country_list.html", {"rows": rows})


def _requested_year(value: str | None) -> int | None:
    """The ``?edition=`` year; raises ValueError for anything but a plausible year."""
    if value is None:
        return None
    year = int(value.strip())
    if not 1 <= year <= 9999:
        raise ValueError(value)
    return year


@require_safe
def country_detail(request: HttpRequest, slug: str) -> HttpResponse:
    country = Country.objects.filter(slug=slug).first()
    if country is None:
        return not_found(request, gettext("We have no profile for that country."))
    raw = request.GET.get("edition")
    try:
        year = _requested_year(raw)
    except ValueError:
        message = gettext("“%(value)s” is not an edition year. Editions are years such as 2014.")
        message %= {"value": raw}
        return not_found(request, message, country=country)
    # The profile's text is in the page's language: one cached body per language.
    key = f"{slug}:{year}:{translation.get_language()}"
    cached = None if request.user.is_staff else pagecache.get("country", key)
    if cached is None:
        cached = _country_body(request, country, year)
        if cached is None:
            if year:
                message = gettext("We have no %(year)s profile of %(country)s.")
            else:
                message = gettext("We have no published profile of %(country)s.")
            return not_found(
                request, message % {"year": year, "country": country.name}, country=country
            )
        if not request.user.is_staff:
            pagecache.set("country", key, cached)
    edition_title, body, query = cached
    context = {
        "country": country,
        "edition_title": edition_title,
        "body": mark_safe(body),  # noqa: S308
        "canonical_path": country.get_absolute_url() + query,
        "share_image": reverse("watchlist:country-share", args=[country.slug]) + query,
        "share_image_alt": gettext("%(country)s: %(edition)s")
        % {"country": country.name, "edition": edition_title},
    }
    return render(request, "watchlist/country_detail.html", context)


def _country_body(
    request: HttpRequest, country: Country, year: int | None
) -> tuple[str, str, str] | None:
    """The profile without the prayer wall (which carries a per-visitor form token), and
    the query of its canonical address (empty when the plain address shows it)."""
    profile = selectors.country_profile(country, request.user, year)
    if profile is None:
        return None
    context = {"country": country, "entry": profile.entry, "edition": profile.edition}
    body = render_to_string("watchlist/country_body.html", {**context, "profile": profile}, request)
    return profile.edition.display_title, body, profile.canonical_query


@require_safe
@pagecache.cached_page
def source_list(request: HttpRequest) -> HttpResponse:
    sources = sorted(Source.objects.all(), key=lambda s: (len(s.code), s.code))
    return render(request, "watchlist/source_list.html", {"sources": sources})


SHARE_IMAGE_MAX_AGE = 3600


def _png(image: shareimage.ShareImage) -> HttpResponse:
    """A share card any cache may keep; the ETag lets it revalidate without the bytes."""
    response = HttpResponse(image.png, content_type="image/png")
    response["ETag"] = f'"{image.etag}"'
    patch_cache_control(response, public=True, max_age=SHARE_IMAGE_MAX_AGE)
    return response


@require_safe
def country_share_image(request: HttpRequest, slug: str) -> HttpResponse:
    """The country's 1200×630 card (rank, score, edition year) for link previews."""
    try:
        year = _requested_year(request.GET.get("edition"))
    except ValueError:
        return HttpResponseNotFound(
            gettext("Give the edition as a year, e.g. ?edition=2014."), content_type="text/plain"
        )

    def card() -> shareimage.Card | None:
        country = Country.objects.filter(slug=slug).first()
        entry = shareimage.shown_entry(country, year) if country else None
        return shareimage.country_card(entry, conf.site_name()) if entry else None

    image = shareimage.cached(f"country:{slug}:{year or 'latest'}", card)
    if image is None:
        return HttpResponseNotFound(
            gettext("There is no published profile of that country."), content_type="text/plain"
        )
    return _png(image)


@require_safe
def site_share_image(request: HttpRequest) -> HttpResponse:
    """The site's card, for every page without one of its own."""
    address = urlsplit(conf.site_url()).netloc

    def card() -> shareimage.Card:
        return shareimage.site_card(selectors.current_edition(), conf.site_name(), address)

    image = shareimage.cached("site", card)
    assert image is not None
    return _png(image)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers: the app answers and the database responds."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
