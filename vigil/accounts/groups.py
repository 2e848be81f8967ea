"""What the editor and moderator groups may do.

The groups themselves are created by a migration; permissions only exist after
``post_migrate`` has run for every app, so they are attached here.
"""

from __future__ import annotations

from typing import Any

GROUP_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "Editors": {
        "watchlist": ("add", "change", "delete", "view"),
        "campaigns": ("add", "change", "delete", "view"),
        "prayers": ("view",),
    },
    "Moderators": {
        "prayers": ("view", "change"),
        "moderation": ("add", "change", "delete", "view"),
        "watchlist": ("view",),
    },
}


def sync_group_permissions(**kwargs: Any) -> None:
    """Give each staff group the model permissions of its apps (idempotent)."""
    from django.contrib.auth.models import Group, Permission

    for group_name, apps in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, actions in apps.items():
            perms = Permission.objects.filter(
                content_type__app_label=app_label,
                codename__regex=r"^({})_".format("|".join(actions)),
            )
            group.permissions.add(*perms)
