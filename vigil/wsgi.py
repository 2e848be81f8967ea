"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vigil.settings")
application = get_wsgi_application()

from vigil.startup import require_site_url  # noqa: E402 - needs the settings loaded

require_site_url()
