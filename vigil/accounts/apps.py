from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "vigil.accounts"
    label = "accounts"

    def ready(self) -> None:
        from vigil.accounts.groups import sync_group_permissions

        post_migrate.connect(sync_group_permissions, dispatch_uid="vigil.accounts.groups")
