from django.urls import path

from vigil.api import embed

urlpatterns = [
    path("embed/", embed.embed_help, name="embed-help"),
    path("embed/countries/<slug:slug>/", embed.embed_country, name="embed-country"),
    path(
        "embed/countries/<slug:slug>/prayed/",
        embed.embed_country_prayed,
        name="embed-country-prayed",
    ),
    path("oembed", embed.oembed, name="oembed"),
]
