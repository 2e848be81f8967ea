"""Vigil's settings for the benchmark: the site's own, with two switches.

- Submission rate limits are raised out of reach (they still count every post), so
  a burst of posts from many simulated clients measures moderation and storage, not
  refusals; the per-wall limit otherwise refuses the 31st post a minute on a wall.
- ``VIGIL_BENCH_CACHE=off`` replaces the cache with Django's dummy cache: every page
  is rendered from the database on every request ("cache off").
"""

import os

from vigil.settings import *  # noqa: F403

VIGIL_PRAYER_RATES = {
    "client-minute": (10**9, 60),
    "client-day": (10**9, 86400),
    "wall-minute": (10**9, 60),
}

if os.environ.get("VIGIL_BENCH_CACHE") == "off":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
