"""The map page and the printable prayer guide (HTML and PDF) of an edition."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string

from vigil.campaigns.guide import guide_sections, render_pdf
from vigil.watchlist.models import Edition

PDF_CACHE_SECONDS = 3600


def visible_edition(request: HttpRequest, year: int) -> Edition:
    """The edition of ``year`` if the visitor may see it (staff preview embargoed ones)."""
    return get_object_or_404(Edition.objects.visible_to(request.user), year=year)


def edition_map(request: HttpRequest, year: int) -> HttpResponse:
    edition = visible_edition(request, year)
    return render(request, "watchlist/map.html", {"edition": edition})


def guide_context(edition: Edition, for_pdf: bool = False) -> dict[str, object]:
    return {"edition": edition, "sections": guide_sections(edition), "for_pdf": for_pdf}


def prayer_guide(request: HttpRequest, year: int) -> HttpResponse:
    edition = visible_edition(request, year)
    return render(request, "watchlist/visual/prayer_guide.html", guide_context(edition))


def prayer_guide_pdf(request: HttpRequest, year: int) -> HttpResponse:
    """The guide typeset as a PDF; published editions are cached, previews never."""
    edition = visible_edition(request, year)
    stamp = int(edition.publish_at.timestamp()) if edition.publish_at else 0
    key = f"vigil:prayer-guide-pdf:{edition.year}:{stamp}"
    pdf = cache.get(key) if edition.is_published else None
    if pdf is None:
        html = render_to_string(
            "watchlist/visual/prayer_guide.html", guide_context(edition, True), request
        )
        pdf = render_pdf(html, base_url=request.build_absolute_uri("/"))
        if edition.is_published:
            cache.set(key, pdf, PDF_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="prayer-guide-{edition.year}.pdf"'
    return response
