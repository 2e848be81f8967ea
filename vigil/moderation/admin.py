"""Admin for word lists, bans, wall policies and the (read-only) audit trail."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from vigil.moderation.models import Ban, ModerationEvent, Term, WallPolicy


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["term", "kind", "language", "added_by", "created_at"]
    list_filter = ["kind", "language"]
    search_fields = ["term", "note"]
    readonly_fields = ["added_by", "created_at"]

    def save_model(self, request: HttpRequest, obj: Term, form: Any, change: bool) -> None:
        if not change:
            obj.added_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)


@admin.register(Ban)
class BanAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "until", "created_by", "created_at"]
    list_filter = ["kind"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request: HttpRequest, obj: Ban, form: Any, change: bool) -> None:
        if not change:
            obj.created_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)


@admin.register(WallPolicy)
class WallPolicyAdmin(admin.ModelAdmin):
    """Per-wall thresholds (overriding the defaults label by label) and the ban rule."""

    list_display = ["wall", "ban_action", "thresholds"]
    list_filter = ["ban_action"]
    list_select_related = ["wall"]
    search_fields = ["wall__title", "wall__key"]
    raw_id_fields = ["wall"]


@admin.register(ModerationEvent)
class ModerationEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "actor", "target_repr"]
    list_filter = ["action"]
    search_fields = ["target_repr"]
    list_select_related = ["actor"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
