"""Campaign, giving, prisoner, prayer-focus and prayer-guide pages.

Thin: a query or a service, then render.
"""

from __future__ import annotations

import datetime

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from vigil.campaigns import giving
from vigil.campaigns.focus import focus_days
from vigil.campaigns.guide import guide_sections, render_pdf
from vigil.campaigns.models import Campaign, Prisoner, today
from vigil.campaigns.services import give_click_record
from vigil.watchlist.models import Edition

PAST_CAMPAIGNS_SHOWN = 24
PDF_CACHE_SECONDS = 3600


def campaign_list(request: HttpRequest) -> HttpResponse:
    campaigns = Campaign.objects.public().for_cards()
    context = {
        "active": campaigns.active(),
        "upcoming": campaigns.upcoming(),
        "past": campaigns.filter(ends__lt=today())[:PAST_CAMPAIGNS_SHOWN],
    }
    return render(request, "campaigns/campaign_list.html", context)


def campaign_detail(request: HttpRequest, slug: str) -> HttpResponse:
    queryset = Campaign.objects.public().prefetch_related("countries")
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


def prisoner_list(request: HttpRequest) -> HttpResponse:
    prisoners = Prisoner.objects.publishable().select_related("country")
    return render(request, "campaigns/prisoner_list.html", {"prisoners": prisoners})


def prisoner_detail(request: HttpRequest, slug: str) -> HttpResponse:
    queryset = Prisoner.objects.publishable().select_related("country")
    prisoner = get_object_or_404(queryset.prefetch_related("updates", "sources"), slug=slug)
    return render(request, "campaigns/prisoner_detail.html", {"prisoner": prisoner})


def prayer_focus_detail(request: HttpRequest, day: str | None = None) -> HttpResponse:
    """The prayer focus of a day (today by default): its country and prayer points."""
    date = _parse_day(day) if day else today()
    focus = next(iter(focus_days(date, 1)), None)
    week = focus_days(date + datetime.timedelta(days=1), 6) if focus else []
    context = {"focus": focus, "day": date, "week": week}
    return render(request, "campaigns/prayer_focus_detail.html", context)


def _parse_day(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise Http404("Give the day as YYYY-MM-DD.") from exc


def _visible_edition(request: HttpRequest, year: int) -> Edition:
    """The edition of ``year`` if the visitor may see it (staff preview embargoed ones)."""
    return get_object_or_404(Edition.objects.visible_to(request.user), year=year)


def _guide_context(edition: Edition, for_pdf: bool = False) -> dict[str, object]:
    return {"edition": edition, "sections": guide_sections(edition), "for_pdf": for_pdf}


def prayer_guide(request: HttpRequest, year: int) -> HttpResponse:
    """The printable prayer guide of an edition, one section per country."""
    edition = _visible_edition(request, year)
    return render(request, "campaigns/prayer_guide.html", _guide_context(edition))


def prayer_guide_pdf(request: HttpRequest, year: int) -> HttpResponse:
    """The guide typeset as a PDF; published editions are cached, previews never."""
    edition = _visible_edition(request, year)
    stamp = int(edition.publish_at.timestamp()) if edition.publish_at else 0
    key = f"vigil:prayer-guide-pdf:{edition.year}:{stamp}"
    pdf = cache.get(key) if edition.is_published else None
    if pdf is None:
        context = _guide_context(edition, for_pdf=True)
        html = render_to_string("campaigns/prayer_guide.html", context, request)
        pdf = render_pdf(html, base_url=request.build_absolute_uri("/"))
        if edition.is_published:
            cache.set(key, pdf, PDF_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="prayer-guide-{edition.year}.pdf"'
    return response
