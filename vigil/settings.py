"""Vigil settings: one module, read from the environment (see .env.example).

With nothing set you get a working single-machine site: SQLite in WAL mode
under ``var/``, a disk cache under ``var/cache`` shared by every worker process,
database sessions and the database task backend. PostgreSQL and Redis are
switched on by ``DATABASE_URL`` and ``REDIS_URL`` alone.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VIGIL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def local_secret_key(path: Path) -> str:
    """Return the key stored under var/, generating it once (never committed)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = env_bool("DEBUG")
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DATABASE_URL and not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it in the environment (see .env.example); "
            "only the local SQLite default generates one into var/."
        )
    SECRET_KEY = local_secret_key(VAR_DIR / "secret_key")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "vigil.accounts.admin_config.VigilAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.syndication",
    "django.contrib.sitemaps",
    "django_countries",
    "django_htmx",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "vigil.core",
    "vigil.accounts",
    "vigil.watchlist",
    "vigil.prayers",
    "vigil.moderation",
    "vigil.campaigns",
    "vigil.review",
    "vigil.api",
    "vigil.discovery",
]

MIDDLEWARE = [
    "vigil.core.middleware.FormEncodingMiddleware",
    "vigil.core.middleware.KeptAnswerMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "vigil.core.middleware.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "vigil.core.i18n.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "vigil.api.middleware.ApiMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "vigil.urls"
WSGI_APPLICATION = "vigil.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "vigil" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                # No "csp" processor: the policy uses no nonces, and a nonce per request
                # would make every public page's bytes differ (it could not be cached).
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "vigil.core.context_processors.site",
            ],
        },
    },
]


def database_config() -> dict[str, Any]:
    """PostgreSQL (or any dj-database-url URL) when DATABASE_URL is set, else SQLite in WAL."""
    if DATABASE_URL:
        return dict(dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True))
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "vigil.sqlite3",
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=20000;"
            ),
        },
        "TEST": {"NAME": VAR_DIR / "test.sqlite3"},
    }


DATABASES = {"default": database_config()}
# A read replica (PostgreSQL streaming replication): public pages read from it, the
# rest stays on the primary (vigil.core.dbrouter). Migrations run on the primary only.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = {
        **dj_database_url.parse(DATABASE_REPLICA_URL, conn_max_age=60, conn_health_checks=True),
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["vigil.core.dbrouter.PrimaryReplicaRouter"]
    MIDDLEWARE.insert(0, "vigil.core.dbrouter.ReplicaReadsMiddleware")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "vigil"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    # One cache on disk, shared by every worker process on this machine (SQLite
    # files under var/ with atomic increments), so a limit, a counter or a cache
    # version means the same thing in every worker. Several app servers need Redis.
    CACHES = {
        "default": {
            "BACKEND": "vigil.core.diskcache.PersistentDiskCache",
            "LOCATION": str(Path(os.environ.get("VIGIL_CACHE_DIR", VAR_DIR / "cache"))),
            "SHARDS": 4,
            "DATABASE_TIMEOUT": 2.0,
            "OPTIONS": {"size_limit": 2**30},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "rq" if REDIS_URL else "database")
_TASK_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
}
TASKS = {"default": _TASK_BACKENDS[TASKS_BACKEND]}
if TASKS_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq"]
    RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0"}}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Staff sign-in throttling (django-axes): after 5 failures for one username from
# one network, that pair waits an hour. The "address" axes keeps is pseudonymous
# (see vigil.accounts.security); successful sign-ins are not logged.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "vigil.accounts.security.pseudonymous_ip"
AXES_DISABLE_ACCESS_LOG = True
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
# Where the admin lives (a path under the site, without leading slash).
VIGIL_ADMIN_URL = os.environ.get("VIGIL_ADMIN_URL", "admin/").strip("/") + "/"
# Every staff member must sign in with a TOTP code (otherwise only those who set one up).
VIGIL_STAFF_REQUIRE_2FA = env_bool("VIGIL_STAFF_REQUIRE_2FA")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# English pages are unprefixed; the others live under /ru/, /es/, /ar/ (vigil.core.i18n).
LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "vigil" / "locale"]
# Dates are written with each language's DATE_FORMAT; English's is "15 January 2025".
FORMAT_MODULE_PATH = ["vigil.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "vigil" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": (
        {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        if DEBUG
        else {"BACKEND": "vigil.core.storage.StaticStorage"}
    ),
}
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", DEBUG)

EMAIL_BACKEND_PATH = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
MAILERS = {
    "default": {
        "BACKEND": EMAIL_BACKEND_PATH,
        "OPTIONS": (
            {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": int(os.environ.get("EMAIL_PORT", "25")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS"),
            }
            if EMAIL_BACKEND_PATH.endswith("smtp.EmailBackend")
            else {}
        ),
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Vigil <vigil@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Privacy: pages make no third-party requests, so the policy names no other origin.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
    # Violations are reported to the site itself and kept in the audit log (admin).
    "report-uri": ["/csp-report/"],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES")
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT")
# HSTS only where the site is served over TLS: on by default once secure cookies
# or the HTTPS redirect are on, a year long; SECURE_HSTS_SECONDS=0 turns it off.
SECURE_HSTS_SECONDS = int(
    os.environ.get(
        "SECURE_HSTS_SECONDS",
        "31536000" if SESSION_COOKIE_SECURE or SECURE_SSL_REDIRECT else "0",
    )
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")
if env_bool("BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def _not_font_subsetting_notice(record: logging.LogRecord) -> bool:
    """WeasyPrint says with every PDF it builds that it subsets fonts with fontTools
    where the machine has no HarfBuzz-Subset library; the guide is complete either way."""
    return not str(record.msg).startswith("Using fontTools instead of HarfBuzz-Subset")


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "font_subsetting": {
            "()": "django.utils.log.CallbackFilter",
            "callback": _not_font_subsetting_notice,
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["font_subsetting"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Vigil's own settings.
VIGIL_SITE_NAME = os.environ.get("VIGIL_SITE_NAME", "Vigil")
VIGIL_GIVE_URL = os.environ.get("VIGIL_GIVE_URL", "https://example.org/give")
VIGIL_PAGE_CACHE_SECONDS = int(os.environ.get("VIGIL_PAGE_CACHE_SECONDS", "300"))
# HTTP caching of anonymous public pages (README, "HTTP caching"): browsers reuse a page
# for VIGIL_HTTP_MAX_AGE seconds, shared caches for VIGIL_HTTP_SHARED_MAX_AGE; anything
# showing a wall's prayers inline is kept VIGIL_HTTP_LIVE_SECONDS by a shared cache.
VIGIL_HTTP_MAX_AGE = int(os.environ.get("VIGIL_HTTP_MAX_AGE", "60"))
VIGIL_HTTP_SHARED_MAX_AGE = int(os.environ.get("VIGIL_HTTP_SHARED_MAX_AGE", "300"))
VIGIL_HTTP_LIVE_SECONDS = int(os.environ.get("VIGIL_HTTP_LIVE_SECONDS", "10"))
# Keep whole public answers in the shared cache, checked against the versions they were
# built from (vigil/core/responsecache.py); off only to watch the views run.
VIGIL_RESPONSE_CACHE = env_bool("VIGIL_RESPONSE_CACHE", default=True)
# How long Vigil's nginx may keep a wall's list that it includes into pages (0: never).
VIGIL_EDGE_LIST_SECONDS = int(os.environ.get("VIGIL_EDGE_LIST_SECONDS", "0"))
# The refresh listeners of Vigil's nginx servers, comma-separated: asked for a page again
# when a wall it shows changes (vigil/core/edge.py; `make stack` sets it).
VIGIL_EDGE_REFRESH_URLS = os.environ.get("VIGIL_EDGE_REFRESH_URLS", "")
# The JSON API's limit per client over all its requests: "requests/seconds".
_api_rate = os.environ.get("VIGIL_API_RATE", "300/60").partition("/")
VIGIL_API_RATE = (int(_api_rate[0]), int(_api_rate[2] or 60))
# Behind a reverse proxy, the request header holding the client address (the proxy's
# last hop is used), e.g. HTTP_X_FORWARDED_FOR. Only ever hashed, never stored.
VIGIL_CLIENT_IP_HEADER = os.environ.get("VIGIL_CLIENT_IP_HEADER", "")
# The site's public address, for links in emails and authors' private links. Required
# outside DEBUG: the WSGI and ASGI entry points refuse to start without it.
VIGIL_SITE_URL = os.environ.get("VIGIL_SITE_URL", "").rstrip("/")
# Another classifier behind the same protocol (dotted path); the shipped model when empty.
VIGIL_CLASSIFIER = os.environ.get("VIGIL_CLASSIFIER") or None
# A slower second model run as a task on what the fast stage would publish (pending
# until it has run); empty: the fast stage decides alone.
VIGIL_MODERATION_DEEP_CLASSIFIER = os.environ.get("VIGIL_MODERATION_DEEP_CLASSIFIER", "")
# Run language detection and the classifiers in the task worker only (posts wait as
# "pending" for them), so app workers load no model.
VIGIL_MODERATION_IN_WORKER = env_bool("VIGIL_MODERATION_IN_WORKER", default=False)
# The Unix socket of the one process per machine that holds the moderation models
# (``manage.py moderation_models``; ``manage.py serve`` starts one and sets this for its
# workers); empty: every process that moderates loads them itself.
VIGIL_MODERATION_MODELS_SOCKET = os.environ.get("VIGIL_MODERATION_MODELS_SOCKET", "")
# Published prayers after which an author may post links freely.
VIGIL_MODERATION_TRUSTED_AFTER = int(os.environ.get("VIGIL_MODERATION_TRUSTED_AFTER", "3"))
# After any write, public pages read the primary this long (more than the replica's lag).
VIGIL_REPLICA_PIN_SECONDS = int(os.environ.get("VIGIL_REPLICA_PIN_SECONDS", "10"))
