from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "vigil.campaigns"
    label = "campaigns"
