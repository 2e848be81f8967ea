"""Root URLs."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from vigil.core.views import csp_report, ping

urlpatterns = [
    path("", include("vigil.watchlist.urls")),
    path("", include("vigil.prayers.urls")),
    path("", include("vigil.campaigns.urls")),
    path("moderation/", include("vigil.review.urls")),
    path("api/", include("vigil.api.urls")),
    path("", include("vigil.api.embed_urls")),
    path("", include("vigil.discovery.urls")),
    path(settings.VIGIL_ADMIN_URL, admin.site.urls),
    path("ping", ping, name="ping"),
    path("csp-report/", csp_report, name="csp-report"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
