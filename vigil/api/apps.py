from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "vigil.api"
    label = "api"
