from django.apps import AppConfig


class WatchlistConfig(AppConfig):
    name = "vigil.watchlist"
    label = "watchlist"
