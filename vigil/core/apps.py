from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "vigil.core"
    label = "core"

    def ready(self) -> None:
        from django.core import checks

        from vigil.core import edge

        checks.register(edge.check_listeners)
