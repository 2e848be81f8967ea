"""Campaign, giving, prisoner, prayer-focus and prayer-guide pages.

Thin: a query or a service, then render.
"""

from __future__ import annotations

import datetime

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from vigil.campaigns import giving, guide_files
from vigil.campaigns.focus import focus_days
from vigil.campaigns.guide import guide_context, guide_html, render_pdf, site_base_url
from vigil.campaigns.models import Campaign, Prisoner, today
from vigil.campaigns.services import give_click_record
from vigil.watchlist.models import Edition

PAST_CAMPAIGNS_SHOWN = 24
PDF_MAX_AGE = 300
"""How long a browser or proxy may keep the guide's PDF before asking again (ETag)."""
PDF_STALE_AGE = 30
"""The same for the previous file, served while the current one is being built."""
GUIDE_RETRY_AFTER = 60


@require_safe
def campaign_list(request: HttpRequest) -> HttpResponse:
    campaigns = Campaign.objects.public().for_cards()
    context = {
        "active": campaigns.active(),
        "upcoming": campaigns.upcoming(),
        "past": campaigns.filter(ends__lt=today())[:PAST_CAMPAIGNS_SHOWN],
    }
    return render(request, "campaigns/campaign_list.html", context)


@require_safe
def campaign_detail(request: HttpRequest, slug: str) -> HttpResponse:
    queryset = Campaign.objects.public().prefetch_related("countries").with_prayer_counts()
    campaign = get_object_or_404(queryset, slug=slug)
    context = {"campaign": campaign, "give": giving.campaign_target(campaign)}
    return render(request, "campaigns/campaign_detail.html", context)


@never_cache
@require_GET
def give_redirect(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """Count the click (an aggregate per target and day) and send the visitor on."""
    target = giving.target_for_slug(slug) if slug else giving.default_target()
    give_click_record(key=target.key)
    return HttpResponseRedirect(target.url)


@require_safe
def prisoner_list(request: HttpRequest) -> HttpResponse:
    prisoners = Prisoner.objects.publishable().select_related("country")
    return render(request, "campaigns/prisoner_list.html", {"prisoners": prisoners})


@require_safe
def prisoner_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The person's story, "I prayed" (its button and count load for each visitor from the
    wall's uncached part), the letter-writing guide where letters are allowed, sharing."""
    queryset = Prisoner.objects.publishable().select_related("country")
    related = ("updates", "sources", "prayer_points")
    prisoner = get_object_or_404(queryset.prefetch_related(*related), slug=slug)
    return render(request, "campaigns/prisoner_detail.html", {"prisoner": prisoner})


@require_safe
def prayer_focus_detail(request: HttpRequest, day: str | None = None) -> HttpResponse:
    """The prayer focus of a day (today by default): its country and prayer points."""
    date = _parse_day(day) if day else today()
    focus = next(iter(focus_days(date, 1)), None)
    week = focus_days(date + datetime.timedelta(days=1), 6) if focus else []
    context = {"focus": focus, "day": date, "week": week}
    return render(request, "campaigns/prayer_focus_detail.html", context)


def _parse_day(value: str) -> datetime.date:
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404(gettext("Give the day as YYYY-MM-DD.")) from exc
    if day > datetime.date.max - datetime.timedelta(days=7):
        # (the page shows the week after it, which the calendar does not reach)
        raise Http404(gettext("Give the day as YYYY-MM-DD."))
    return day


def _visible_edition(request: HttpRequest, year: int) -> Edition:
    """The edition of ``year`` if the visitor may see it (staff preview embargoed ones)."""
    return get_object_or_404(Edition.objects.visible_to(request.user), year=year)


@require_safe
def prayer_guide(request: HttpRequest, year: int) -> HttpResponse:
    """The printable prayer guide of an edition, one section per country."""
    edition = _visible_edition(request, year)
    return render(request, "campaigns/prayer_guide.html", guide_context(edition))


@require_safe
def prayer_guide_pdf(request: HttpRequest, year: int) -> HttpResponseBase:
    """The guide as a PDF file, built by a task (see ``guide_files``) and the same for
    everyone. Staff previewing an unpublished edition get it typeset on the spot."""
    edition = Edition.objects.published().filter(year=year).first()
    if edition is None:
        return _guide_preview_pdf(request, _visible_edition(request, year))
    stored = guide_files.current(edition)
    fresh = stored is not None
    if stored is None:
        guide_files.request_build(edition)
        stored = guide_files.current(edition)  # built already with tasks run in the request
        fresh = stored is not None
        stored = stored or guide_files.latest(edition)
    if stored is None:
        return _guide_pending(request, edition)
    return _guide_file(request, edition, stored, max_age=PDF_MAX_AGE if fresh else PDF_STALE_AGE)


def _guide_file(
    request: HttpRequest, edition: Edition, stored: guide_files.StoredGuide, max_age: int
) -> HttpResponseBase:
    """The stored file, or 304 when the visitor's copy (``If-None-Match``) is current."""
    etag = f'"{stored.digest}"'
    modified = stored.modified.timestamp()
    response: HttpResponseBase | None
    response = get_conditional_response(request, etag=etag, last_modified=int(modified))
    if response is None:
        response = FileResponse(
            stored.open(), content_type="application/pdf", filename=_guide_name(edition)
        )
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=max_age)
    return response


def _guide_name(edition: Edition) -> str:
    return f"prayer-guide-{edition.year}.pdf"


def _guide_pending(request: HttpRequest, edition: Edition) -> HttpResponse:
    """No file yet (the first build is on its way): say so and when to come back."""
    context = {"edition": edition, "retry_after": GUIDE_RETRY_AFTER}
    response = render(request, "campaigns/prayer_guide_pending.html", context, status=503)
    response["Retry-After"] = str(GUIDE_RETRY_AFTER)
    add_never_cache_headers(response)
    return response


def _guide_preview_pdf(request: HttpRequest, edition: Edition) -> HttpResponse:
    pdf = render_pdf(guide_html(edition), base_url=site_base_url())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{_guide_name(edition)}"'
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response
