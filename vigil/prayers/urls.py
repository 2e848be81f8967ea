from django.urls import path

from vigil.prayers import feeds, views

app_name = "prayers"
urlpatterns = [
    path("walls/<int:pk>/", views.wall_detail, name="wall-detail"),
    path("walls/<int:pk>/prayers/", views.prayer_create, name="prayer-create"),
    path("walls/<int:pk>/prayed/", views.wall_pray, name="wall-pray"),
    path("walls/<int:pk>/feed/", feeds.WallFeed(), name="wall-feed"),
    path("prayers/feed/", feeds.AllWallsFeed(), name="feed"),
    path("prayers/<int:pk>/pray/", views.prayer_pray_with, name="prayer-pray-with"),
    path("prayers/<int:pk>/report/", views.prayer_report, name="prayer-report"),
]
