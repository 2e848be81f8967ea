from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from vigil.accounts.models import User

admin.site.register(User, UserAdmin)
