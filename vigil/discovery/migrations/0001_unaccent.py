"""PostgreSQL's ``unaccent`` for accent-insensitive search (a trusted extension: the
database owner may create it). Nothing happens on SQLite."""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = []

    operations = [UnaccentExtension()]
