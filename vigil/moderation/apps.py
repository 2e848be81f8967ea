from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "vigil.moderation"
    label = "moderation"

    def ready(self) -> None:
        from vigil.moderation import receivers

        receivers.connect()
