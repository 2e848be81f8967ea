"""Django's admin app, with Vigil's site as the default one."""

from django.contrib.admin.apps import AdminConfig


class VigilAdminConfig(AdminConfig):
    """Django's admin with Vigil's site (name, hardened sign-in, two-factor page)."""

    default_site = "vigil.accounts.sites.VigilAdminSite"
