"""Settings, read strictly from the environment.

Production is the default: debug is off and the secret key comes from ``BILIKTILIK_SECRET_KEY``
or, when that is unset, from ``var/secret_key``, generated on first start and never committed.
``BILIKTILIK_DEBUG=1`` is the development mode (``make dev``: runserver with reload).
``DATABASE_URL`` selects the database (default: an embedded SQLite file under ``var/``, in WAL
mode); PostgreSQL is the production database (pooled connections, health-checked).
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from biliktilik.env import env_bool, env_int, env_str
from biliktilik.ops.logs import logging_config
from biliktilik.secret import secret_key_from

BASE_DIR = Path(__file__).resolve().parents[3]
PACKAGE_DIR = Path(__file__).resolve().parents[1]
VAR_DIR = Path(env_str("BILIKTILIK_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("BILIKTILIK_DEBUG", default=False)
SECRET_KEY = env_str("BILIKTILIK_SECRET_KEY", "") or secret_key_from(VAR_DIR / "secret_key")

ALLOWED_HOSTS = [
    h for h in env_str("BILIKTILIK_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "csp",
    "ninja",  # serves Swagger UI from our static files, not a CDN
    "django_tasks",
    "django_tasks_db",
    "biliktilik.jobs",
    "biliktilik.catalog",
    "biliktilik.calendar_app",
    "biliktilik.calculators",
    "biliktilik.audit",
    "biliktilik.staff",
    "biliktilik.accounts",
    "biliktilik.ops",
    "biliktilik.home",
    "biliktilik.attestation",
    "biliktilik.cases",
    "biliktilik.simulations",
    "biliktilik.signing",
]

MIDDLEWARE = [
    "biliktilik.ops.middleware.RequestMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "biliktilik.config.middleware.LanguageMiddleware",
    "biliktilik.api.middleware.ApiRequestMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    "biliktilik.config.errors.DomainErrorPages",
    # Last, as django-axes asks: it turns a locked-out sign-in into our lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "biliktilik.config.urls"
WSGI_APPLICATION = "biliktilik.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "biliktilik.config.context.site",
            ],
        },
    }
]

DATABASE_URL = env_str("DATABASE_URL", "")
if not DATABASE_URL:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'biliktilik.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["ENGINE"] = "biliktilik.db.sqlite"  # writers take turns: see its docstring
    # Several processes share the file: WAL lets readers run beside the one writer, writers wait
    # their turn (busy timeout) instead of failing, and a transaction takes the write lock when it
    # begins (IMMEDIATE) so it never has to upgrade a read lock into a write lock mid-way, which
    # SQLite refuses with "database is locked" whatever the timeout.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("BILIKTILIK_SQLITE_TIMEOUT", default=30),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "BILIKTILIK_DB_POOL", default=True
):
    # One pool per process; with health checks on, Django has the pool check a connection
    # before handing it out.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env_int("BILIKTILIK_DB_POOL_MIN", default=1),
        "max_size": env_int("BILIKTILIK_DB_POOL_MAX", default=8),
        "timeout": env_int("BILIKTILIK_DB_POOL_TIMEOUT", default=10),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "kk"
LANGUAGES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Almaty"
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STATIC_ROOT = Path(env_str("BILIKTILIK_STATIC_ROOT", str(VAR_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "biliktilik.config.storage.StaticStorage"},
}
# The web server serves static files itself (WhiteNoise): hashed names, compressed, cached for
# a year. Without `collectstatic` (tests, development) files are found in the package.
WHITENOISE_USE_FINDERS = env_bool("BILIKTILIK_STATIC_FINDERS", default=DEBUG)
# Source maps (megabytes, for developers' tools only) are served as they are, not compressed:
# compressing them is most of the time `collectstatic` takes.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (
    *("jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "tgz", "bz2", "tbz", "xz", "br"),
    *("woff", "woff2", "mp4", "webm", "map"),
)

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"  # the home page of the signed-in role: the day's work
LOGOUT_REDIRECT_URL = "/"

# Background work (imports; later timers, notifications, reports) runs in `biliktilik worker`
# processes. The queue: the database itself (default: nothing more to run, and on PostgreSQL
# several workers share it with SKIP LOCKED), or "immediate" (in the requesting process: tests).
TASKS_QUEUE = env_str("BILIKTILIK_TASKS", "database")
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASKS_QUEUE not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"BILIKTILIK_TASKS must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_QUEUE!r}"
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_QUEUE]}}
# A running job beats every JOB_HEARTBEAT_SECONDS; one silent for JOB_STALE_SECONDS is taken for
# dead (its process was killed) and retried. The stale time must exceed the longest single write
# of a job, during which SQLite holds back the heartbeat.
JOB_HEARTBEAT_SECONDS = env_int("BILIKTILIK_JOB_HEARTBEAT_SECONDS", default=5)
JOB_STALE_SECONDS = env_int("BILIKTILIK_JOB_STALE_SECONDS", default=60)
JOB_REAP_SECONDS = env_int("BILIKTILIK_JOB_REAP_SECONDS", default=10)
# Work a worker does on the same beat as reaping: things that happen because time passed.
JOB_SWEEPS = [
    "biliktilik.attestation.services_testing.expire_due",
    "biliktilik.cases.services_reminders.remind_due",  # a step due tomorrow or overdue, once a day
]

# E-mail leaves through the job queue (biliktilik.jobs.mail). Without an SMTP host it is written
# to files under var/mail, one per message, for a person to read.
EMAIL_HOST = env_str("BILIKTILIK_SMTP_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("BILIKTILIK_SMTP_PORT", default=587)
    EMAIL_HOST_USER = env_str("BILIKTILIK_SMTP_USER", "")
    EMAIL_HOST_PASSWORD = env_str("BILIKTILIK_SMTP_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("BILIKTILIK_SMTP_TLS", default=True)
    EMAIL_TIMEOUT = 30
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = env_str("BILIKTILIK_MAIL_FROM", "biliktilik@localhost")

# Nothing that matters lives in one process: sessions are in the database; the cache is Redis
# when BILIKTILIK_REDIS_URL is set (several machines), else files under var/ (one machine).
REDIS_URL = env_str("BILIKTILIK_REDIS_URL", "")
CACHE_BACKENDS = {
    "redis": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
    "files": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache",
    },
}
CACHES = {"default": CACHE_BACKENDS["redis" if REDIS_URL else "files"]}

# Signed documents (biliktilik.signing): the provider's private key and its certificate, PEM
# files named together (the key optionally encrypted with the passphrase). Unset: a demo key and
# a self-signed certificate that say so, made on first use into var/signing/demo.pem.
BILIKTILIK_SIGNING_KEY = env_str("BILIKTILIK_SIGNING_KEY", "")
BILIKTILIK_SIGNING_CERT = env_str("BILIKTILIK_SIGNING_CERT", "")
BILIKTILIK_SIGNING_PASSPHRASE = env_str("BILIKTILIK_SIGNING_PASSPHRASE", "")
# The site's address as readers reach it: the certificates' QR codes carry absolute links to it.
BILIKTILIK_SITE_URL = env_str("BILIKTILIK_SITE_URL", "http://127.0.0.1:8000")

# Operations: logging and metrics (biliktilik.ops). Every log record is one JSON line on standard
# error with the id of the request being served; the gunicorn launcher passes the same LOGGING
# as its logconfig_dict. /metrics answers the loopback address (not through a proxy) or a
# scraper sending this bearer token. The probes and /metrics answer plain HTTP even when HTTPS
# redirects are on: load balancers and scrapers ask for them by address.
LOGGING = logging_config(level=env_str("BILIKTILIK_LOG_LEVEL", "INFO"))
BILIKTILIK_METRICS_TOKEN = env_str("BILIKTILIK_METRICS_TOKEN", "")
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]

# Security
# Sign-in throttling (django-axes): after SIGNIN_FAILURE_LIMIT wrong passwords for one username
# from one address, sign-in for that pair is refused, even with the right password, until
# SIGNIN_COOLOFF_MINUTES have passed since the last attempt; our page says so in the reader's
# language. Every authenticate() that creates a session passes the axes backend first.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("BILIKTILIK_SIGNIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env_int("BILIKTILIK_SIGNIN_COOLOFF_MINUTES", default=15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "biliktilik.accounts.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "biliktilik.accounts.throttle.client_ip"
AXES_ENABLE_ADMIN = False
# How many reverse proxies stand in front (they append to X-Forwarded-For); 0: none.
BILIKTILIK_PROXY_COUNT = env_int("BILIKTILIK_PROXY_COUNT", default=0)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# BILIKTILIK_HTTPS=1: served over HTTPS by a reverse proxy that terminates TLS and sets
# X-Forwarded-Proto (it must overwrite any the client sends). Cookies then travel over HTTPS
# only, plain HTTP is redirected, and browsers are told to use HTTPS for a year (HSTS, with
# subdomains; "preload" only allows a later submission to the browsers' list, it submits nothing).
HTTPS = env_bool("BILIKTILIK_HTTPS", default=False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "biliktilik.config.errors.csrf_failure"

# Content-Security-Policy (django-csp): our pages run only scripts and styles from our own
# static files; no inline script, style or event handler anywhere (htmx is told not to inject
# its indicator style). Images may be data: URIs (the favicon, Swagger UI's icons).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
