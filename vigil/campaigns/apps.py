from django.apps import AppConfig

from vigil.core import pagecache


class CampaignsConfig(AppConfig):
    name = "vigil.campaigns"
    label = "campaigns"

    def ready(self) -> None:
        pagecache.track_app(self)
