"""An edition as one JSON document in the import format.

Each list holds the rows of one file of ``data/watchlist/`` (the same keys as the CSV
columns, written by the same ``csvformat`` serialisers), so a download can be written
back as CSV and imported; ``sources`` gives every cited code its title and address.
"""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_safe

from vigil.watchlist import csvformat, selectors
from vigil.watchlist.models import Edition, EntryEngine, Source
from vigil.watchlist.views import _edition, _no_edition

FORMAT = "vigil-watchlist/1"


def edition_document(edition: Edition) -> dict[str, object]:
    """The edition, its ranking, its engines of persecution and the sources they cite."""
    rankings = selectors.ranking_csv_rows(edition, selectors.previous_edition(edition))
    uses = EntryEngine.objects.filter(entry__edition=edition)
    uses = uses.select_related("entry__edition", "entry__country", "engine")
    uses = uses.prefetch_related("sources").order_by("entry__rank", "entry__id", "order")
    engines = [csvformat.engine_use_row(use) for use in uses]
    cited = (
        Q(editions=edition) | Q(entries__edition=edition) | Q(entry_engines__entry__edition=edition)
    )
    sources = Source.objects.filter(cited).distinct().order_by("code")
    return {
        "format": FORMAT,
        "edition": csvformat.edition_row(edition),
        "wwl_rankings.csv": rankings,
        "wwl_persecution_engines.csv": engines,
        "sources": [
            {
                "code": s.code,
                "title": s.title,
                "publisher": s.publisher,
                "year": s.year,
                "url": s.url,
                "citation": s.citation,
            }
            for s in sources
        ],
    }


@require_safe
def edition_json(request: HttpRequest, year: int) -> HttpResponse:
    """The edition as JSON in the import format (see ``edition_document``)."""
    edition = _edition(request, year)
    if edition is None:
        return _no_edition(request, year)
    response = JsonResponse(edition_document(edition), json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="watchlist-{edition.year}.json"'
    return response
