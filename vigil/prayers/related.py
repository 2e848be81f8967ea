"""Links from a wall to the walls related to it: a campaign's wall to the walls of its
countries, a country's wall to the campaigns praying for it.

Prayers does not know what owns a wall beyond its key, so the apps above it say what is
related: they call ``provide(function)`` from their ``AppConfig.ready()``, and every wall
shows what the providers return for it. The registry is configuration, fixed once the
apps are ready, and so the same in every process.

Providers read content (campaigns, countries), so their answers are kept in the shared
page cache under the content version that every save of a content model bumps (see
``vigil.core.pagecache``), once per wall and language: a wall shown again costs no query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation

from vigil.core import pagecache
from vigil.prayers.models import Wall


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class RelatedWalls:
    """One line under a wall's heading: ``heading`` then its links."""

    heading: str
    links: tuple[Link, ...]


Provider = Callable[[Wall], "RelatedWalls | None"]
_providers: list[Provider] = []


def provide(provider: Provider) -> None:
    """Show what ``provider`` returns for a wall on every page of that wall; idempotent."""
    if provider not in _providers:
        _providers.append(provider)


def related_walls(wall: Wall) -> list[RelatedWalls]:
    """What the providers relate to ``wall``, from the shared cache when it is there."""
    key = f"{wall.key}:{translation.get_language() or ''}"
    cached = pagecache.get("related-walls", key)
    if cached is None:
        cached = [found for provider in _providers if (found := provider(wall)) and found.links]
        pagecache.set("related-walls", key, cached)
    return list(cached)
