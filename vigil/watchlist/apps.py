from django.apps import AppConfig

from vigil.core import pagecache


class WatchlistConfig(AppConfig):
    name = "vigil.watchlist"
    label = "watchlist"

    def ready(self) -> None:
        pagecache.track_app(self)
