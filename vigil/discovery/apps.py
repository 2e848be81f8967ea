from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    """How people and machines find the site: search, the sitemap and robots.txt."""

    name = "vigil.discovery"
    label = "discovery"
