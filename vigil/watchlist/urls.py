from django.urls import path

from vigil.watchlist import downloads, views

app_name = "watchlist"
urlpatterns = [
    path("", views.home, name="home"),
    path("watchlist/", views.edition_latest, name="edition-latest"),
    path("watchlist/<int:year>/", views.edition_detail, name="edition-detail"),
    path("watchlist/<int:year>/download.csv", views.edition_csv, name="edition-csv"),
    path("watchlist/<int:year>/download.json", downloads.edition_json, name="edition-json"),
    path("watchlist/<int:year>/map/", views.edition_map, name="edition-map"),
    path("countries/", views.country_list, name="country-list"),
    path("countries/<slug:slug>/", views.country_detail, name="country-detail"),
    path("countries/<slug:slug>/share.png", views.country_share_image, name="country-share"),
    path("share.png", views.site_share_image, name="share-site"),
    path("sources/", views.source_list, name="source-list"),
    path("healthz", views.healthz, name="healthz"),
]
