from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "vigil.moderation"
    label = "moderation"
