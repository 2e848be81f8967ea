"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vigil.settings")
django_application = get_wsgi_application()

from vigil.core.responsecache import KeptAnswers  # noqa: E402 - needs the settings loaded
from vigil.startup import require_site_url  # noqa: E402

# Plain anonymous GETs with a current kept answer are answered before Django builds a
# request (``vigil.core.responsecache``).
application = KeptAnswers(django_application)

require_site_url()
