from django.urls import path

from vigil.review import views

app_name = "review"
urlpatterns = [
    path("", views.queue_view, name="queue"),
    path("prayers/<int:pk>/act/", views.prayer_action, name="prayer-action"),
    path("prayers/bulk/", views.bulk_action, name="bulk-action"),
    path("undo/", views.action_undo, name="action-undo"),
    path("events/", views.event_list, name="event-list"),
    path("events.csv", views.event_export, name="event-export"),
]
