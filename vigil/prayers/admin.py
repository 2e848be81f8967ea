"""Admin for walls, their policies and prayers. Status changes go through the prayers
state machine, so each is checked and logged exactly as in the review queue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from vigil.prayers.models import Prayer, Report, Wall, WallPolicy
from vigil.prayers.services.lifecycle import language_changed, prayer_set_status
from vigil.prayers.states import Move, TransitionRefused


@admin.register(Wall)
class WallAdmin(admin.ModelAdmin):
    list_display = ["title", "key", "is_open", "moderation_mode", "published_count", "prayed_count"]
    list_filter = ["is_open", "moderation_mode"]
    search_fields = ["title", "key"]
    readonly_fields = ["prayed_count", "published_count", "closes_on", "created_at"]
    raw_id_fields = ["country"]


@admin.register(WallPolicy)
class WallPolicyAdmin(admin.ModelAdmin):
    """Per-wall thresholds (overriding the defaults label by label) and the ban rule."""

    list_display = ["wall", "ban_action", "thresholds"]
    list_filter = ["ban_action"]
    list_select_related = ["wall"]
    search_fields = ["wall__title", "wall__key"]
    raw_id_fields = ["wall"]


def _status_action(move: Move, label: str) -> Callable[[Any, HttpRequest, QuerySet[Prayer]], None]:
    def action(modeladmin: Any, request: HttpRequest, queryset: QuerySet[Prayer]) -> None:
        done = 0
        for prayer in queryset.order_by("pk"):
            try:
                prayer_set_status(
                    prayer=prayer, move=move, actor=request.user, reasons=[f"{label} in admin"]
                )
            except TransitionRefused as refused:
                messages.error(request, f"#{prayer.pk}: {refused.message}")
            else:
                done += 1
        messages.success(request, f"{label}: {done} prayer(s).")

    action.__name__ = f"prayer_{move.value}"
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
        _status_action(Move.PUBLISH, "Publish"),
        _status_action(Move.HOLD, "Hold"),
        _status_action(Move.REJECT, "Reject"),
        _status_action(Move.REMOVE, "Remove"),
        _status_action(Move.MARK_SPAM, "Mark as spam"),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        """Prayers leave by the actions above (logged, counted), or by their author."""
        return False

    def save_model(self, request: HttpRequest, obj: Prayer, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change and "language" in form.changed_data:
            language_changed(obj, form.initial.get("language") or "")
