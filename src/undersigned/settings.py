"""Every setting comes from the environment, with a default that is safe for a laptop.

`UNDERSIGNED_DEBUG` is off unless asked for. In production mode (debug off) a missing
`UNDERSIGNED_SECRET_KEY` stops start-up with a clear message instead of running with a
guessable key. `make run` and the test suite ask for debug mode or set a key themselves.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from undersigned.envconfig import envbool, envint, envlist, envrate, envstr, proxy_ssl_header

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(envstr("UNDERSIGNED_DATA_DIR", "data")).resolve()

DEBUG = envbool("UNDERSIGNED_DEBUG", False)
SECRET_KEY = envstr("UNDERSIGNED_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "UNDERSIGNED_SECRET_KEY is not set. Set it to a long random string, "
            "or set UNDERSIGNED_DEBUG=1 for local development."
        )
    SECRET_KEY = "insecure-development-key-only-used-when-UNDERSIGNED_DEBUG-is-on"

ALLOWED_HOSTS = envlist("UNDERSIGNED_ALLOWED_HOSTS", ["127.0.0.1", "localhost"] + (["*"] if DEBUG else []))
CSRF_TRUSTED_ORIGINS = envlist("UNDERSIGNED_CSRF_TRUSTED_ORIGINS", [])
SITE_URL = envstr("UNDERSIGNED_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Where `undersigned serve` listens unless --host/--port say otherwise.
UNDERSIGNED_HOST = envstr("UNDERSIGNED_HOST", "127.0.0.1")
UNDERSIGNED_PORT = envint("UNDERSIGNED_PORT", 8000)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "undersigned.common",
    "undersigned.accounts",
    "undersigned.audit",
    "undersigned.statements",
    "undersigned.organizations",
    "undersigned.signatures",
    "undersigned.coalitions",
    "undersigned.imports",
    "undersigned.press",
    "undersigned.delivery",
    "undersigned.demo",
    "undersigned.api",
    # django-ninja's static files and templates: the API docs page loads Swagger UI from here.
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "undersigned.common.middleware.PermissionsPolicyMiddleware",
    # Listed early so its process_exception runs last: a database error any view raises becomes a 503.
    "undersigned.common.outage.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "undersigned.api.middleware.cors_middleware",
    # Before InputMiddleware, which would read a multipart body to the API as a stream (see the function).
    "undersigned.api.middleware.json_body_middleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "undersigned.accounts.middleware.SuperuserSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Refuses unreadable charsets and cleans text input; runs before CsrfViewMiddleware reads the form.
    "undersigned.common.middleware.InputMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "undersigned.urls"
WSGI_APPLICATION = "undersigned.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]


# Each server thread keeps its database connection for this many seconds instead of opening one per
# request (0: a new connection per request, as Django does by default). The health check pings a kept
# connection before reusing it, so a restarted database costs one failed ping, not a failed request.
DB_CONN_MAX_AGE = envint("UNDERSIGNED_DB_CONN_MAX_AGE", 600)
DB_CONN_HEALTH_CHECKS = envbool("UNDERSIGNED_DB_CONN_HEALTH_CHECKS", True)


def _database() -> dict:
    url = envstr("DATABASE_URL", "")
    if url:
        database = dj_database_url.parse(
            url, conn_max_age=DB_CONN_MAX_AGE, conn_health_checks=DB_CONN_HEALTH_CHECKS
        )
        if envbool("UNDERSIGNED_DB_PGBOUNCER", False):
            # PgBouncer in transaction pooling mode hands each transaction to any server connection:
            # server-side cursors and prepared statements would land on the wrong one.
            database["DISABLE_SERVER_SIDE_CURSORS"] = True
            database.setdefault("OPTIONS", {})["prepare_threshold"] = None
        return database
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "undersigned.sqlite3",
        "CONN_MAX_AGE": DB_CONN_MAX_AGE,
        "CONN_HEALTH_CHECKS": DB_CONN_HEALTH_CHECKS,
        # WAL lets the web server read while the worker writes; IMMEDIATE avoids
        # "database is locked" upgrades in the middle of a write transaction.
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
        "TEST": {"NAME": None},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {
        "BACKEND": envstr("UNDERSIGNED_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

EMAIL_BACKEND = envstr(
    "UNDERSIGNED_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("UNDERSIGNED_SMTP_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = envstr("UNDERSIGNED_SMTP_HOST", "localhost")
EMAIL_PORT = envint("UNDERSIGNED_SMTP_PORT", 587)
EMAIL_HOST_USER = envstr("UNDERSIGNED_SMTP_USER", "")
EMAIL_HOST_PASSWORD = envstr("UNDERSIGNED_SMTP_PASSWORD", "")
EMAIL_USE_TLS = envbool("UNDERSIGNED_SMTP_TLS", True)
EMAIL_TIMEOUT = envint("UNDERSIGNED_SMTP_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = envstr("UNDERSIGNED_FROM_EMAIL", "undersigned <noreply@localhost>")

# How long a confirmation link stays valid.
UNDERSIGNED_TOKEN_MAX_AGE_DAYS = envint("UNDERSIGNED_TOKEN_MAX_AGE_DAYS", 7)
# A withdrawn signature's email address is erased this many days after the withdrawal.
UNDERSIGNED_WITHDRAWN_RETENTION_DAYS = envint("UNDERSIGNED_WITHDRAWN_RETENTION_DAYS", 30)
# Once a statement has closed, its signers' email addresses are erased after this many days (about six
# months): long enough for the owners to follow up, no longer. The daily housekeeping does it.
UNDERSIGNED_EMAIL_RETENTION_DAYS = envint("UNDERSIGNED_EMAIL_RETENTION_DAYS", 183)
# A sign-on nobody confirmed is removed this many days after its last confirmation link was sent. At least
# the links' own life, so a link never outlives its sign-on.
UNDERSIGNED_PENDING_EXPIRY_DAYS = envint("UNDERSIGNED_PENDING_EXPIRY_DAYS", 14)
if UNDERSIGNED_PENDING_EXPIRY_DAYS < UNDERSIGNED_TOKEN_MAX_AGE_DAYS:
    raise ImproperlyConfigured(
        "UNDERSIGNED_PENDING_EXPIRY_DAYS must be at least UNDERSIGNED_TOKEN_MAX_AGE_DAYS "
        f"({UNDERSIGNED_TOKEN_MAX_AGE_DAYS}): a pending sign-on must outlive its confirmation link."
    )
# Country groups come in this order on published lists (ISO codes); the rest follow alphabetically.
UNDERSIGNED_COUNTRY_ORDER = envlist("UNDERSIGNED_COUNTRY_ORDER", [])
UNDERSIGNED_LIST_PAGE_SIZE = envint("UNDERSIGNED_LIST_PAGE_SIZE", 500)
# One import reviews at most this many rows; each row is ~18 form fields in the review POST and about
# 12 KB of page (a country picker on each; sent compressed), rendered in about 2 ms.
UNDERSIGNED_IMPORT_MAX_ROWS = envint("UNDERSIGNED_IMPORT_MAX_ROWS", 1000)
UNDERSIGNED_IMPORT_MAX_BYTES = envint("UNDERSIGNED_IMPORT_MAX_BYTES", 5_000_000)
# What one import reads, pasted or uploaded: beyond these the reviewer is asked to split the list.
UNDERSIGNED_IMPORT_MAX_LINES = envint("UNDERSIGNED_IMPORT_MAX_LINES", 10_000)
UNDERSIGNED_IMPORT_MAX_CHARS = envint("UNDERSIGNED_IMPORT_MAX_CHARS", 1_000_000)
# A .docx is a zip; its declared sizes are checked before it is unpacked (a 80 KB file can unpack to 30 MB
# of empty paragraphs, which python-docx needs 2 GB and minutes to read).
UNDERSIGNED_IMPORT_MAX_UNZIPPED_BYTES = envint("UNDERSIGNED_IMPORT_MAX_UNZIPPED_BYTES", 20_000_000)
UNDERSIGNED_IMPORT_MAX_ZIP_MEMBERS = envint("UNDERSIGNED_IMPORT_MAX_ZIP_MEMBERS", 1000)
# Reading the list stops after this many seconds (10,000 ordinary lines take about one).
UNDERSIGNED_IMPORT_PARSE_SECONDS = envint("UNDERSIGNED_IMPORT_PARSE_SECONDS", 10)
DATA_UPLOAD_MAX_NUMBER_FIELDS = max(1000, UNDERSIGNED_IMPORT_MAX_ROWS * 20 + 1000)
# The pasted text travels in the POST body: leave room for the longest accepted text (UTF-8, up to
# 4 bytes a character) so that a too-long paste gets the form's own message, not a bare 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(
    2_621_440, UNDERSIGNED_IMPORT_MAX_ROWS * 2000, UNDERSIGNED_IMPORT_MAX_CHARS * 4 + 100_000
)

# Publication (press and delivery apps). Files live under the data directory, never in the repo.
UNDERSIGNED_MAX_ATTACHMENT_MB = envint("UNDERSIGNED_MAX_ATTACHMENT_MB", 10)
UNDERSIGNED_ATTACHMENTS_DIR = DATA_DIR / "attachments"
UNDERSIGNED_EXPORTS_DIR = DATA_DIR / "exports"
# PDFs of lists up to this many signatories are built inside the request (about 2 ms a row), DOCX up
# to 5x, CSV and JSON up to 20x as many; longer lists are built by the worker behind a progress page.
UNDERSIGNED_EXPORT_INLINE_ROWS = envint("UNDERSIGNED_EXPORT_INLINE_ROWS", 300)
UNDERSIGNED_DELIVERY_MAX_ATTEMPTS = envint("UNDERSIGNED_DELIVERY_MAX_ATTEMPTS", 5)
# First retry after this many seconds, doubling each time (60 s, 2 min, 4 min, ...).
UNDERSIGNED_DELIVERY_RETRY_SECONDS = envint("UNDERSIGNED_DELIVERY_RETRY_SECONDS", 60)
# A PDF larger than this is linked instead of attached, so mail servers do not bounce it.
UNDERSIGNED_DELIVERY_ATTACHMENT_MAX_MB = envint("UNDERSIGNED_DELIVERY_ATTACHMENT_MAX_MB", 8)

# While the database is unreachable every page answers 503 with this Retry-After (seconds).
UNDERSIGNED_RETRY_AFTER_SECONDS = envint("UNDERSIGNED_RETRY_AFTER_SECONDS", 10)

# Anonymous visitors of a statement page get a copy rendered at most this many seconds ago, and a sign-on
# reads its statement from a copy as old (common/public_cache.py): one render a second per page and
# process, however large the surge. 0 renders every page for every visitor.
UNDERSIGNED_PUBLIC_CACHE_SECONDS = envint("UNDERSIGNED_PUBLIC_CACHE_SECONDS", 1)

# `undersigned serve` (gunicorn): processes and threads per process. A process per core uses the cores;
# threads overlap the time each request waits for the database. One access-log line per request costs
# time under a surge, so it is off unless asked for (the proxy in front usually logs requests anyway).
UNDERSIGNED_WEB_WORKERS = envint("UNDERSIGNED_WEB_WORKERS", max(2, os.cpu_count() or 1))
UNDERSIGNED_WEB_THREADS = envint("UNDERSIGNED_WEB_THREADS", 4)
UNDERSIGNED_ACCESS_LOG = envbool("UNDERSIGNED_ACCESS_LOG", False)
# Each task worker beats every HEARTBEAT seconds; a task still running when its worker's last beat is
# RECLAIM seconds old goes back to the queue (its emails already sent are not sent again).
UNDERSIGNED_WORKER_HEARTBEAT = envint("UNDERSIGNED_WORKER_HEARTBEAT", 10)
UNDERSIGNED_TASK_RECLAIM_AFTER = envint("UNDERSIGNED_TASK_RECLAIM_AFTER", 120)
# Sign-ons through the API per client address (django-ninja's throttle syntax: "30/h", "5/m").
UNDERSIGNED_API_SIGN_RATE = envstr("UNDERSIGNED_API_SIGN_RATE", "30/h")
# The anti-bot puzzle an owner can switch on per statement (common/pow.py): the browser tries on average
# half this many SHA-256 hashes, about a second on a mid-range phone.
UNDERSIGNED_POW_MAX_NUMBER = envint("UNDERSIGNED_POW_MAX_NUMBER", 50_000)

LANGUAGE_CODE = envstr("UNDERSIGNED_LANGUAGE", "en")
LANGUAGES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("tr", "Türkçe")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = envstr("UNDERSIGNED_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# One login page for owners and coordinators; they land on the statements they own or coordinate.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "coalitions:home"
LOGOUT_REDIRECT_URL = "login"

# Transport and browser security. A site served over https (UNDERSIGNED_SITE_URL) gets secure cookies
# and HSTS without further settings; behind a TLS-terminating proxy, name the header it sets.
SITE_IS_HTTPS = SITE_URL.startswith("https://")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = envbool("UNDERSIGNED_SECURE_COOKIES", SITE_IS_HTTPS)
SECURE_HSTS_SECONDS = envint("UNDERSIGNED_HSTS_SECONDS", 31_536_000 if SITE_IS_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("UNDERSIGNED_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = envbool("UNDERSIGNED_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = envbool("UNDERSIGNED_SSL_REDIRECT", False)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = proxy_ssl_header("UNDERSIGNED_PROXY_SSL_HEADER")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = "undersigned"
# How long a password reset link stays valid.
PASSWORD_RESET_TIMEOUT = envint("UNDERSIGNED_PASSWORD_RESET_HOURS", 2) * 3600
SECURE_CONTENT_TYPE_NOSNIFF = True
# Confirmation and withdrawal links carry tokens in their path: no other site learns them as a referrer.
SECURE_REFERRER_POLICY = envstr("UNDERSIGNED_REFERRER_POLICY", "same-origin")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
UNDERSIGNED_PERMISSIONS_POLICY = envstr(
    "UNDERSIGNED_PERMISSIONS_POLICY",
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), browsing-topics=()",
)
# Content-Security-Policy (django-csp): scripts and styles only from this site, no inline script, no
# eval, no plugins, no framing. The one inline style is the stand-alone 500 page's, allowed by its hash
# (tests/common/test_security_headers.py checks it still matches).
ERROR_PAGE_STYLE_HASH = "'sha256-R5eSvXrvG+hxtviGqd+xMW09VRCt3TMhn9DMcOxGkXA='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", ERROR_PAGE_STYLE_HASH],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        **(
            {"report-uri": [envstr("UNDERSIGNED_CSP_REPORT_URI", "")]}
            if envstr("UNDERSIGNED_CSP_REPORT_URI", "")
            else {}
        ),
        **({"upgrade-insecure-requests": True} if SITE_IS_HTTPS else {}),
    },
}

# Caches. "default" is this process's memory (the list order per list revision, cheap to rebuild);
# "ratelimit" holds the attempt counters, which every app server must share: a table of counters in the
# database by default (common/counters.py, one UPSERT per counted attempt), Redis when
# UNDERSIGNED_REDIS_URL is set (Django's own backend; it needs the `redis` package, the
# `undersigned[redis]` extra).
REDIS_URL = envstr("UNDERSIGNED_REDIS_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "undersigned"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {"BACKEND": "undersigned.common.counters.CounterCache"},
}

# Limits, as attempts per window ("5/15m", "30/1h"; "0/1h" switches one off), counted per client IP and
# per email address (or username); over a limit the answer is 429 "Too many attempts. Try again in N minutes."
UNDERSIGNED_RATE_LIMITS = {
    "sign_ip": envrate("UNDERSIGNED_LIMIT_SIGN_IP", "20/1h"),
    "join_ip": envrate("UNDERSIGNED_LIMIT_JOIN_IP", "20/1h"),
    # Confirmation emails (sign-on, resend, invitation join, a coordinator entering the address again)
    # one address receives, whoever asks: what stops anyone flooding a stranger's inbox.
    "confirmation_email": envrate("UNDERSIGNED_LIMIT_CONFIRMATION_EMAIL", "3/1h"),
    "login_ip": envrate("UNDERSIGNED_LIMIT_LOGIN_IP", "30/15m"),
    # Failed logins of one username from one address, then of one username from anywhere.
    "login_failures": envrate("UNDERSIGNED_LIMIT_LOGIN_FAILURES", "5/15m"),
    "login_failures_user": envrate("UNDERSIGNED_LIMIT_LOGIN_FAILURES_USER", "20/1h"),
    "password_reset_ip": envrate("UNDERSIGNED_LIMIT_PASSWORD_RESET_IP", "10/1h"),
    "password_reset_email": envrate("UNDERSIGNED_LIMIT_PASSWORD_RESET_EMAIL", "3/1h"),
    # Wrong second-factor codes for one account.
    "otp_failures": envrate("UNDERSIGNED_LIMIT_OTP_FAILURES", "5/15m"),
}
# The client's address is REMOTE_ADDR unless the site runs behind this many reverse proxies, each
# appending to X-Forwarded-For: then it is the Nth address from the right. A client-sent header is
# never trusted while this is 0.
UNDERSIGNED_TRUSTED_PROXIES = envint("UNDERSIGNED_TRUSTED_PROXIES", 0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("UNDERSIGNED_LOG_LEVEL", "INFO")},
    # WeasyPrint narrates every rendering step at INFO.
    "loggers": {"django.db.backends": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}},
}
