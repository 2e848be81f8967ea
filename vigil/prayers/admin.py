"""Admin for walls and prayers. Status changes go through the services, so each is logged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from vigil.prayers import services
from vigil.prayers.models import Prayer, Report, Wall


@admin.register(Wall)
class WallAdmin(admin.ModelAdmin):
    list_display = ["title", "key", "is_open", "moderation_mode", "published_count", "prayed_count"]
    list_filter = ["is_open", "moderation_mode"]
    search_fields = ["title", "key"]
    readonly_fields = ["prayed_count", "published_count", "created_at"]
    raw_id_fields = ["country"]


def _status_action(
    service: Callable[..., Prayer], label: str
) -> Callable[[Any, HttpRequest, QuerySet[Prayer]], None]:
    def action(modeladmin: Any, request: HttpRequest, queryset: QuerySet[Prayer]) -> None:
        for prayer in queryset:
            service(prayer=prayer, actor=request.user, reasons=[f"{label} in admin"])
        messages.success(request, f"{label}: {queryset.count()} prayer(s).")

    action.__name__ = service.__name__
    return admin.action(description=f"{label} selected prayers")(action)


class ReportInline(admin.TabularInline):
    model = Report
    extra = 0
    can_delete = False
    fields = ["reason", "note", "created_at"]
    readonly_fields = ["reason", "note", "created_at"]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Prayer)
class PrayerAdmin(admin.ModelAdmin):
    list_display = ["__str__", "wall", "status", "report_count", "prayed_count", "created_at"]
    list_filter = ["status", "wall__moderation_mode"]
    search_fields = ["name", "text"]
    list_select_related = ["wall"]
    date_hierarchy = "created_at"
    fields = ["wall", "name", "text", "language", "status", "published_at", "created_at"]
    readonly_fields = ["wall", "status", "published_at", "created_at"]
    inlines = [ReportInline]
    actions = [
        _status_action(services.prayer_publish, "Publish"),
        _status_action(services.prayer_hold, "Hold"),
        _status_action(services.prayer_reject, "Reject"),
        _status_action(services.prayer_remove, "Remove"),
        _status_action(services.prayer_mark_spam, "Mark as spam"),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
