"""The map and the prayer guide of an edition (included at the site root)."""

from django.urls import path

from vigil.watchlist import visual_views

app_name = "visual"
urlpatterns = [
    path("watchlist/<int:year>/map/", visual_views.edition_map, name="edition-map"),
    path("watchlist/<int:year>/prayer-guide/", visual_views.prayer_guide, name="prayer-guide"),
    path(
        "watchlist/<int:year>/prayer-guide.pdf",
        visual_views.prayer_guide_pdf,
        name="prayer-guide-pdf",
    ),
]
