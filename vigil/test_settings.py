"""Settings for the test suite: the real settings, with tasks run inside the request
so their effects can be asserted directly (``TASKS_BACKEND`` still overrides)."""

import os

from vigil.settings import *  # noqa: F403
from vigil.settings import _TASK_BACKENDS

TASKS = {"default": _TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "immediate")]}

# Parallel workers must not flush each other's Redis cache (and sessions): one
# database per pytest-xdist worker.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            **CACHES["default"],  # noqa: F405
            "LOCATION": str(VAR_DIR / f"test-cache-{_worker}"),  # noqa: F405
        }
    }
# VIGIL_TEST_REDIS_BASE moves the pair, so two checkouts can run the suite at once.
_redis_base = int(os.environ.get("VIGIL_TEST_REDIS_BASE", "8"))
if REDIS_URL and _worker.isdigit():  # noqa: F405
    _base = REDIS_URL.rsplit("/", 1)[0] if REDIS_URL.count("/") > 2 else REDIS_URL  # noqa: F405
    CACHES = {
        "default": {
            **CACHES["default"],
            "LOCATION": f"{_base}/{_redis_base + int(_worker)}",
        }
    }

# Tests watch their views run: whole answers are not kept unless a test turns it on
# (core/tests/test_responsecache.py). Servers a test starts with the site's own settings
# keep them, as production does.
VIGIL_RESPONSE_CACHE = env_bool("VIGIL_RESPONSE_CACHE", default=False)  # noqa: F405

# Static files by their own names, from the app folders: a manifest left in var/static by
# `make run` (collectstatic) must not make the test server link to hashed names it
# cannot serve.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
