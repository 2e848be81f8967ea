"""Accounts: a custom user from the first migration, so it can grow later."""

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A staff member (editor or moderator). Visitors need no account."""

    class Meta:
        db_table = "accounts_user"
