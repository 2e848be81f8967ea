"""ASGI entry point: the WSGI application on a fixed pool of threads per process, with
bodies read on the event loop (``vigil.core.bridge``). ``manage.py serve`` sets the
pool's size in ``VIGIL_SERVER_THREADS``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vigil.settings")
django_application = get_wsgi_application()

from vigil.core.bridge import WSGIBridge  # noqa: E402 - needs the settings loaded
from vigil.core.responsecache import KeptAnswers  # noqa: E402
from vigil.startup import require_site_url  # noqa: E402

require_site_url()
application = WSGIBridge(
    KeptAnswers(django_application), threads=int(os.environ.get("VIGIL_SERVER_THREADS") or 2)
)
