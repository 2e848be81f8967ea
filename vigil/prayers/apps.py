from django.apps import AppConfig


class PrayersConfig(AppConfig):
    name = "vigil.prayers"
    label = "prayers"
