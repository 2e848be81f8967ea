from django.urls import path

from refapp import views

urlpatterns = [
    path("comments/", views.comments),
    path("cached/", views.cached_comments),
    path("comments/new", views.comment_create),
    path("ping", views.comments),
]
