from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created

from vigil.discovery.text import fold


def register_fold(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Give every SQLite connection ``vigil_fold``, the folding search compares with."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("VIGIL_FOLD", 1, fold, deterministic=True)


class DiscoveryConfig(AppConfig):
    """How people and machines find the site: search, the sitemap and robots.txt."""

    name = "vigil.discovery"
    label = "discovery"

    def ready(self) -> None:
        connection_created.connect(register_fold, dispatch_uid="vigil.discovery.fold")
