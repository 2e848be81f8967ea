from django.urls import path

from vigil.discovery import views

app_name = "discovery"
urlpatterns = [
    path("sitemap.xml", views.sitemap_xml, name="sitemap"),
    path("search/", views.search_page, name="search"),
    path("robots.txt", views.robots_txt, name="robots"),
]
