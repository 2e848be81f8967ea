"""Admin for word lists and bans."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from vigil.moderation.models import Ban, Term


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
