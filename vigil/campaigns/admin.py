"""Editors manage campaigns, giving links and prisoners here, and read the giving counts."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import CharField, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce, Concat
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from vigil.campaigns import services
from vigil.campaigns.models import (
    Campaign,
    CountryGiving,
    GiveClick,
    Prisoner,
    PrisonerUpdate,
)
from vigil.core.translation_admin import MissingTranslationFilter, TranslationAdminMixin


def clicks_for(prefix: str, slug_field: str) -> Coalesce:
    """Total give clicks of each row, as an annotation (no query per row)."""
    key = Concat(Value(prefix), OuterRef(slug_field), output_field=CharField())
    totals = (
        GiveClick.objects.filter(key=key).values("key").annotate(total=Sum("count")).values("total")
    )
    return Coalesce(Subquery(totals), 0)


@admin.register(Campaign)
class CampaignAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "status",
        "starts",
        "ends",
        "prayer_goal",
        "give_clicks",
        "missing_translations",
    ]
    list_filter = ["status", MissingTranslationFilter]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["countries"]
    date_hierarchy = "starts"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Campaign]:
        clicks = clicks_for("campaign:", "slug")
        return super().get_queryset(request).annotate(give_clicks_total=clicks)

    @admin.display(description=_("Give clicks"), ordering="give_clicks_total")
    def give_clicks(self, campaign: Campaign) -> int:
        return getattr(campaign, "give_clicks_total", 0)


@admin.register(CountryGiving)
class CountryGivingAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = ["country", "url", "label", "give_clicks", "missing_translations"]
    list_filter = [MissingTranslationFilter]
    list_select_related = ["country"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[CountryGiving]:
        clicks = clicks_for("country:", "country__slug")
        return super().get_queryset(request).annotate(give_clicks_total=clicks)

    @admin.display(description=_("Give clicks"), ordering="give_clicks_total")
    def give_clicks(self, giving: CountryGiving) -> int:
        return getattr(giving, "give_clicks_total", 0)


@admin.register(GiveClick)
class GiveClickAdmin(admin.ModelAdmin):
    """Read-only: clicks are counted by the /give/ redirect, never entered by hand."""

    list_display = ["day", "key", "count"]
    list_filter = ["key"]
    date_hierarchy = "day"
    search_fields = ["key"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class PrisonerUpdateInline(admin.TabularInline):
    model = PrisonerUpdate
    extra = 0
    filter_horizontal = ["sources"]


@admin.register(Prisoner)
class PrisonerAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = [
        "name",
        "country",
        "status",
        "arrested",
        "released",
        "consent_recorded",
        "published",
        "missing_translations",
    ]
    list_filter = ["status", "published", "consent_recorded", MissingTranslationFilter]
    list_select_related = ["country"]
    search_fields = ["name", "church"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["sources"]
    raw_id_fields = ["prayer_points"]
    inlines = [PrisonerUpdateInline]
    actions = ["publish", "unpublish"]

    def save_model(self, request: HttpRequest, obj: Prisoner, form: Any, change: bool) -> None:
        """Save; a page no longer shown takes its "I prayed" wall (with the name) along."""
        super().save_model(request, obj, form, change)
        if not (obj.published and obj.consent_recorded):
            services.prisoner_wall_delete(prisoner=obj)

    @admin.action(description=_("Publish (only where consent is recorded)"))
    def publish(self, request: HttpRequest, queryset: QuerySet[Prisoner]) -> None:
        for prisoner in queryset:
            try:
                services.prisoner_publish(prisoner=prisoner)
            except ValidationError as exc:
                self.message_user(request, f"{prisoner}: {exc.messages[0]}", messages.ERROR)

    @admin.action(description=_("Unpublish"))
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Prisoner]) -> None:
        for prisoner in queryset:
            services.prisoner_unpublish(prisoner=prisoner)
