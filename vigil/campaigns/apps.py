from django.apps import AppConfig

from vigil.core import pagecache
from vigil.watchlist import slots


class CampaignsConfig(AppConfig):
    name = "vigil.campaigns"
    label = "campaigns"

    def ready(self) -> None:
        """Add campaigns' blocks to the watch-list pages (watchlist never names campaigns);
        rebuild the prayer guides when what they print changes; link campaign and
        country walls to each other."""
        from vigil.campaigns import guide_files, walls
        from vigil.prayers import related

        pagecache.track_app(self)
        slots.contribute("home", "campaigns/_home.html")
        slots.contribute("country", "campaigns/_country.html")
        slots.contribute("edition-links", "campaigns/_edition_links.html")
        guide_files.watch_content()
        related.provide(walls.related_walls)
