from django.urls import path
from django.views.decorators.http import require_safe

from vigil.core import pagecache
from vigil.prayers import address_views, feeds, views

app_name = "prayers"
urlpatterns = [
    path("walls/<int:pk>/", views.wall_detail, name="wall-detail"),
    path("walls/<int:pk>/prayers/", views.prayer_create, name="prayer-create"),
    path("walls/<int:pk>/prayers/list/", views.wall_prayers, name="wall-prayers"),
    path("walls/<int:pk>/live/", views.wall_live, name="wall-live"),
    path("walls/<int:pk>/form/", views.wall_form, name="wall-form"),
    path("walls/<int:pk>/prayed/", views.wall_pray, name="wall-pray"),
    path("walls/<int:pk>/follow/", views.wall_follow, name="wall-follow"),
    path("walls/<int:pk>/feed/", require_safe(pagecache.live(feeds.WallFeed())), name="wall-feed"),
    path("prayers/feed/", require_safe(pagecache.live(feeds.AllWallsFeed())), name="feed"),
    path("prayers/<int:pk>/pray/", views.prayer_pray_with, name="prayer-pray-with"),
    path("prayers/<int:pk>/report/", views.prayer_report, name="prayer-report"),
    path("prayers/<int:pk>/manage/<str:token>/", views.prayer_manage, name="prayer-manage"),
    path("prayers/<int:pk>/manage/<str:token>/delete/", views.prayer_delete, name="prayer-delete"),
    path(
        "subscriptions/<int:pk>/confirm/<str:token>/",
        views.subscription_confirm,
        name="subscription-confirm",
    ),
    path(
        "subscriptions/<int:pk>/unsubscribe/<str:token>/",
        views.subscription_unsubscribe,
        name="subscription-unsubscribe",
    ),
    path("email/confirm/<str:token>/", address_views.address_confirm, name="address-confirm"),
    path("my-data/", views.my_data_request, name="my-data"),
    path("my-data/<str:token>/", views.my_data_detail, name="my-data-detail"),
    path("my-data/<str:token>/export/", views.my_data_export, name="my-data-export"),
    path("my-data/<str:token>/erase/", views.my_data_erase, name="my-data-erase"),
    path("privacy/", views.privacy_page, name="privacy"),
]
