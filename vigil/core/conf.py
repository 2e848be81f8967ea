"""Vigil's own settings (``VIGIL_*``), each with its default declared once, here.

``settings.py`` reads the ones an operator sets from the environment; code reads every
``VIGIL_*`` setting through these accessors, never with ``getattr(settings, ..., default)``.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    "VIGIL_SITE_NAME": "Vigil",
    "VIGIL_SITE_URL": "http://127.0.0.1:8000",
    "VIGIL_PAGE_CACHE_SECONDS": 300,
    "VIGIL_HTTP_MAX_AGE": 60,
    "VIGIL_HTTP_SHARED_MAX_AGE": 300,
    "VIGIL_HTTP_LIVE_SECONDS": 10,
    "VIGIL_EDGE_LIST_SECONDS": 0,
    "VIGIL_EDGE_REFRESH_URLS": [],
    "VIGIL_PRIVACY_RETENTION_DAYS": 30,
    "VIGIL_PRAYERS_PAGE_SIZE": 20,
    "VIGIL_PRAYER_RATES": {},
    "VIGIL_API_RATE": (300, 60),
    "VIGIL_PRAYER_DUPLICATE_MIN_LENGTH": 20,
    "VIGIL_CLASSIFIER": None,
    "VIGIL_MODERATION_DEEP_CLASSIFIER": "",
    "VIGIL_MODERATION_IN_WORKER": False,
    "VIGIL_MODERATION_MODELS_SOCKET": "",
    "VIGIL_MODERATION_TRUSTED_AFTER": 3,
    "VIGIL_MODERATION_DETECT_LANGUAGE": True,
    "VIGIL_MODERATION_RECENT_REJECTION_DAYS": 30,
    "VIGIL_MODERATION_TERMS_TTL": 60,
    "VIGIL_MODERATION_SHIPPED_WORDLISTS": True,
    "VIGIL_REPLICA_PIN_SECONDS": 10,
}


def value(name: str) -> Any:
    """The setting ``name``, or its declared default."""
    return getattr(settings, name, DEFAULTS[name])


def site_name() -> str:
    return str(value("VIGIL_SITE_NAME"))


def site_url() -> str:
    """The site's public address without a trailing slash (links in emails)."""
    return str(value("VIGIL_SITE_URL") or DEFAULTS["VIGIL_SITE_URL"]).rstrip("/")


def page_cache_seconds() -> int:
    return int(value("VIGIL_PAGE_CACHE_SECONDS"))


def http_max_age() -> int:
    """Seconds a browser may reuse a public page without asking again."""
    return int(value("VIGIL_HTTP_MAX_AGE"))


def http_shared_max_age() -> int:
    """Seconds a shared cache (nginx, a CDN) may serve a public page (``s-maxage``)."""
    return int(value("VIGIL_HTTP_SHARED_MAX_AGE"))


def http_live_seconds() -> int:
    """The freshness window of anything showing a wall's prayers as they are now (a page
    with its wall inline, a feed of prayers, the API's prayer lists): a shared cache
    keeps it this long at most, and browsers ask again every time."""
    return int(value("VIGIL_HTTP_LIVE_SECONDS"))


def edge_list_seconds() -> int:
    """Seconds Vigil's nginx may keep a wall's list that it includes into cached pages.
    0 (the default): never kept, so a deleted or edited prayer is gone from the next page
    served; N: at most one request per wall and page every N seconds reaches Vigil, and a
    deleted prayer can be shown N seconds longer."""
    return int(value("VIGIL_EDGE_LIST_SECONDS"))


def edge_refresh_urls() -> list[str]:
    """The refresh listeners of Vigil's nginx servers (``http://10.0.0.2:8079``): asked
    for a page again when a wall it shows changes (``vigil.core.edge``). Empty: none."""
    from vigil.core.edge import listeners

    return listeners(value("VIGIL_EDGE_REFRESH_URLS"))


def retention_days() -> int:
    """Days after which rejected prayers, reports and client hashes are forgotten."""
    return int(value("VIGIL_PRIVACY_RETENTION_DAYS"))


def prayers_page_size() -> int:
    return int(value("VIGIL_PRAYERS_PAGE_SIZE"))


def api_rate() -> tuple[int, int]:
    """Requests per window (seconds) one client may make to the JSON API, all together."""
    limit, window = value("VIGIL_API_RATE")
    return int(limit), int(window)


def prayer_rates() -> dict[str, tuple[int, int]]:
    """Overrides of the submission rate limits: scope → (limit, window seconds)."""
    return dict(value("VIGIL_PRAYER_RATES") or {})


def duplicate_min_length() -> int:
    return int(value("VIGIL_PRAYER_DUPLICATE_MIN_LENGTH"))


def classifier_path() -> str:
    """A dotted path to another classifier; "" for the shipped one."""
    return str(value("VIGIL_CLASSIFIER") or "")


def deep_classifier_path() -> str:
    """A dotted path to the slower second-stage model; "" when the fast stage decides alone."""
    return str(value("VIGIL_MODERATION_DEEP_CLASSIFIER") or "")


def moderation_in_worker() -> bool:
    """The models (language detection, classifiers) run in the task worker only: a post
    gets the word lists and the author's rules at once and waits as "pending" for the
    rest, so app workers never load a model (``docs/performance.md``: memory)."""
    return bool(value("VIGIL_MODERATION_IN_WORKER"))


def models_socket() -> str:
    """The Unix socket of the process that holds the moderation models for every worker
    of the machine (``manage.py moderation_models``); "" when each process loads its own."""
    return str(value("VIGIL_MODERATION_MODELS_SOCKET") or "")


def trusted_after() -> int:
    """Published prayers after which an author may post links freely."""
    return int(value("VIGIL_MODERATION_TRUSTED_AFTER"))


def detect_language() -> bool:
    return bool(value("VIGIL_MODERATION_DETECT_LANGUAGE"))


def recent_rejection_days() -> int:
    return int(value("VIGIL_MODERATION_RECENT_REJECTION_DAYS"))


def terms_ttl() -> float:
    return float(value("VIGIL_MODERATION_TERMS_TTL"))


def shipped_wordlists() -> bool:
    return bool(value("VIGIL_MODERATION_SHIPPED_WORDLISTS"))


def replica_pin_seconds() -> int:
    """Seconds after any write during which public pages read from the primary."""
    return int(value("VIGIL_REPLICA_PIN_SECONDS"))
