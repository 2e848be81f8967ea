from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "vigil.review"
    label = "review"
    verbose_name = "Review"
