from django.urls import path
from django.views.decorators.http import require_safe

from vigil.campaigns import feeds, views

app_name = "campaigns"
urlpatterns = [
    path("campaigns/", views.campaign_list, name="campaign-list"),
    path("campaigns/<slug:slug>/", views.campaign_detail, name="campaign-detail"),
    path("give/", views.give_redirect, name="give-default"),
    path("give/<slug:slug>/", views.give_redirect, name="give"),
    path("prisoners/", views.prisoner_list, name="prisoner-list"),
    path("prisoners/<slug:slug>/", views.prisoner_detail, name="prisoner-detail"),
    path("watchlist/<int:year>/prayer-guide/", views.prayer_guide, name="prayer-guide"),
    path("watchlist/<int:year>/prayer-guide.pdf", views.prayer_guide_pdf, name="prayer-guide-pdf"),
    path("pray/today/", views.prayer_focus_detail, name="focus-today"),
    path("pray/today/feed.atom", require_safe(feeds.PrayerFocusFeed()), name="focus-feed"),
    path("pray/today/calendar.ics", feeds.prayer_focus_calendar, name="focus-calendar"),
    path("pray/<str:day>/", views.prayer_focus_detail, name="focus-day"),
]
