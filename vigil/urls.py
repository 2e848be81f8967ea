"""Root URLs."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from vigil.core.views import csp_report, media, ping

# Visitors' pages in every language: English unprefixed, /ru/, /es/, /ar/ for the others.
urlpatterns = i18n_patterns(
    path("", include("vigil.watchlist.urls")),
    path("", include("vigil.prayers.urls")),
    path("", include("vigil.campaigns.urls")),
    # Search in the page's language (/ru/search/); sitemap.xml and robots.txt stay at
    # the root for the default language.
    path("", include("vigil.discovery.urls")),
    prefix_default_language=False,
)
urlpatterns += [
    path("moderation/", include("vigil.review.urls")),
    path("api/", include("vigil.api.urls")),
    path("", include("vigil.api.embed_urls")),
    path(settings.VIGIL_ADMIN_URL, admin.site.urls),
    path("ping", ping, name="ping"),
    path("csp-report/", csp_report, name="csp-report"),
]

urlpatterns += [re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", media, name="media")]
