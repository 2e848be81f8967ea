"""ASGI entry point."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vigil.settings")
application = get_asgi_application()

from vigil.startup import require_site_url  # noqa: E402 - needs the settings loaded

require_site_url()
