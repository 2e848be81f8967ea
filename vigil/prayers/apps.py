from django.apps import AppConfig


class PrayersConfig(AppConfig):
    name = "vigil.prayers"
    label = "prayers"

    def ready(self) -> None:
        from vigil.prayers import receivers

        receivers.connect()
