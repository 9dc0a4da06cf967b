"""Settings shared by every environment.

Values come from the environment through django-environ. Anything production must set has no
default here; production.py reads it with no fallback so a missing value stops start-up.
"""

import ipaddress
from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local .env is a convenience for development only; production sets real environment variables.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    # Project apps first so their templates override third-party ones. The ground floor first;
    # portal.staff before cms: its post_migrate receiver makes the roles cms gives page
    # permissions to.
    "portal.outbox",
    "portal.staff",
    "portal.demo",
    "cms",
    "cms.kids",
    "reporting",
    "reporting.messaging",
    "reporting.places",
    "reporting.alerts",
    "reporting.open311",
    "reporting.conversations",
    "reporting.voice",
    "dispatch_bridge",
    "portal.guard",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts: staff only, through allauth with MFA.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Supporting
    "phonenumber_field",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cached public pages are answered here, before sessions, locale, CSRF and auth run; what it
    # stores already carries the headers the inner middleware added (CSP, framing, Vary).
    "cms.page_cache.PageCacheMiddleware",
    # The console's unchanged polls are answered here from their signed tag (dispatch_bridge.poll).
    "dispatch_bridge.poll.UnchangedPollMiddleware",
    # The Wagtail site of the request, found once per process and publish (no query each time).
    "cms.page_cache.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads the body: size, charset and control characters (issue 12).
    "portal.guard.middleware.RequestGuardMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# PostgreSQL in every environment but the demo; DATABASE_URL names it.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/portal"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "portal.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="portal"),
        "TIMEOUT": 300,
    },
    # Wagtail looks image renditions up here before asking the database, which keeps pages with
    # pictures (the kids' game cards) within their query budget.
    "renditions": {
        "BACKEND": "portal.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="portal") + "-renditions",
        "TIMEOUT": 60 * 60 * 24,
    },
}

# Sessions are read from Redis and written through to PostgreSQL: a staff request (every console
# poll) costs no session query, and a Redis flush signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # Answers has_perm first, from each person's permissions kept in the cache between requests
    # with the staff gate's MFA check (three queries fewer per staff request; an edit of groups,
    # permissions or authenticators is seen at once).
    # It signs nobody in: ModelBackend and allauth's do that, as before, so sessions made with
    # their names stay valid.
    "portal.staff.permission_cache.CachedPermissionsBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# The longest a cached permission set lives (edits through Django replace it at once; this
# bounds an edit made in SQL).
PERMISSION_CACHE_SECONDS = 300

# Internationalisation: English and Spanish everywhere (UI strings and Wagtail content).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]
TIME_ZONE = env("TIME_ZONE", default="America/Los_Angeles")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
# Request limits, checked before the body is read (portal.guard.middleware). The proxy in front
# should refuse larger bodies too (README, Production).
REQUEST_MAX_BODY_BYTES = env.int("REQUEST_MAX_BODY_BYTES", default=60 * 1024 * 1024)
UPLOAD_MAX_FILE_BYTES = env.int("UPLOAD_MAX_FILE_BYTES", default=10 * 1024 * 1024)
FILE_UPLOAD_HANDLERS = [
    "portal.guard.middleware.BoundedFileUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
DATA_UPLOAD_MAX_NUMBER_FILES = 20
# Reporters' photos (reports and drafts): their own root, outside MEDIA_ROOT, with no URL.
REPORTS_STORAGE_ROOT = env.path("REPORTS_STORAGE_ROOT", default=BASE_DIR / "var" / "private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "reports": {"BACKEND": "reporting.storage.PrivateFileSystemStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", default="Police non-emergency portal")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The Wagtail admin signs in through allauth, so staff get one login with MFA and lockout.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
# 9-1-1 for Kids links here for classroom visits when no cms.RequestPage is published.
KIDS_VISIT_REQUEST_URL = env("KIDS_VISIT_REQUEST_URL", default="/request-a-visit/")

# Accounts: allauth, staff only. Signup is closed by the adapter; MFA is installed here and
# enforced for staff areas by portal.staff.
LOGIN_URL = "account_login"
# Without ?next= the adapter sends each role to its own start page; this is for anyone else.
LOGIN_REDIRECT_URL = "staff_home"
ACCOUNT_ADAPTER = "portal.staff.accounts.StaffOnlyAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# Failed logins: 5 per account per address in 15 minutes (the account's count is kept per
# address by the adapter, so one address cannot lock other people out of their accounts), and
# 20 per address in 5 minutes whichever accounts it tries.
ACCOUNT_RATE_LIMITS = {"login_failed": "20/5m/ip,5/15m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="Police non-emergency portal")

# Celery: Redis is the broker and result backend. Tasks are queued with transaction.on_commit.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/1")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=CELERY_BROKER_URL)
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
# Publishing happens in web requests (after commit): a broker that is down or unreachable must
# cost a request at most a couple of seconds, never Redis's default reconnect dance.
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=1.0)
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": CELERY_BROKER_CONNECTION_TIMEOUT}
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = CELERY_BROKER_CONNECTION_TIMEOUT
CELERY_BEAT_SCHEDULE: dict = {}
# How long /healthz waits for a worker to answer its ping.
HEALTHZ_CELERY_TIMEOUT = env.float("HEALTHZ_CELERY_TIMEOUT", default=3.0)
# How long one process reuses its last /healthz answer.
HEALTHZ_CACHE_SECONDS = env.float("HEALTHZ_CACHE_SECONDS", default=5.0)

# Twilio. TWILIO_API_BASE_URL sends the SDK somewhere other than *.twilio.com (Prism in tests);
# it is empty in production.
TWILIO_ACCOUNT_SID = env("TWILIO_ACCOUNT_SID", default="")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN", default="")
TWILIO_MESSAGING_SERVICE_SID = env("TWILIO_MESSAGING_SERVICE_SID", default="")
TWILIO_FROM_NUMBER = env("TWILIO_FROM_NUMBER", default="")
TWILIO_API_BASE_URL = env("TWILIO_API_BASE_URL", default="")

# Where outbound SMS go: "twilio" in production, "console" in the demo, "locmem" in tests.
MESSAGING_BACKEND = env("MESSAGING_BACKEND", default="twilio")

PHONENUMBER_DEFAULT_REGION = env("PHONENUMBER_DEFAULT_REGION", default="US")
PHONENUMBER_DB_FORMAT = "E164"

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="no-reply@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who hears about new school presentation / center tour requests from the public site.
PRESENTATION_REQUEST_EMAIL = env(
    "PRESENTATION_REQUEST_EMAIL", default="community-relations@example.org"
)
# Anonymous visitors get public pages from the cache for at most this long (purged on publish).
CMS_PAGE_CACHE_SECONDS = env.int("CMS_PAGE_CACHE_SECONDS", default=300)
# Each web process keeps its recent cached pages in memory and re-reads the purge version this
# often: other processes see a publish within this many seconds (the publishing one at once).
CMS_PAGE_CACHE_LOCAL_SECONDS = env.float("CMS_PAGE_CACHE_LOCAL_SECONDS", default=1.0)

# Demo content beyond the home page, loaded in this order by `manage.py load_demo`: each is
# called with stdout= and home= keyword arguments.
DEMO_LOADERS = [
    "cms.kids.demo.load_kids_demo",
    "reporting.demo.load_reporting_demo",
    "reporting.places.demo.load_places_demo",
    "reporting.alerts.demo.load_alerts_demo",
    "dispatch_bridge.demo.load_dispatch_demo",
    "reporting.voice.demo.load_phone_line_demo",
]

# Community alerts (CAP 1.2). The sender is the agency's CAP sender id (an email address or a
# domain-based name, no spaces); identifiers are "<prefix>.<uuid>", unique per sender.
ALERTS_CAP_SENDER = env("ALERTS_CAP_SENDER", default="alerts@police.example.gov")
ALERTS_CAP_SENDER_NAME = env("ALERTS_CAP_SENDER_NAME", default="Police Department")
ALERTS_CAP_IDENTIFIER_PREFIX = env("ALERTS_CAP_IDENTIFIER_PREFIX", default="police.example.gov")
# Sign-ups per address per hour: each one texts or emails whatever number or address was typed.
ALERTS_SUBSCRIBE_RATE = "10/h"

# Which geocoder matches typed addresses: the local one uses the agency's own address points
# (manage.py places_load); another backend is a class with the same methods (see geocoders.py).
PLACES_GEOCODER = env("PLACES_GEOCODER", default="reporting.places.geocoders.LocalGeocoder")

# The report map's background. Empty (the default): the map draws the agency's own streets and
# boundary and needs no tile server. Set both to use raster tiles, e.g.
# MAP_TILE_URL=https://tiles.example.org/{z}/{x}/{y}.png and its attribution text.
MAP_TILE_URL = env("MAP_TILE_URL", default="")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", default="")
if MAP_TILE_URL and not MAP_TILE_ATTRIBUTION:
    raise ImproperlyConfigured("MAP_TILE_URL needs MAP_TILE_ATTRIBUTION (tile licences ask).")

# Where the shared standards and schemas live (read by tests and validators, never copied in).
PORTAL_SHARED_DIR = env.path("PORTAL_SHARED_DIR", default=BASE_DIR.parent / "shared")


def _tile_origin(url: str) -> list[str]:
    """The tile server's origin for the CSP; Leaflet's {s} subdomains become a wildcard."""
    if not url:
        return []
    parts = urlsplit(url)
    return [f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"]


# Content-Security-Policy (django-csp 4). No third-party origin on any public page. Wagtail's
# admin still ships inline scripts, so the staff-only admin (behind MFA) is left out of the policy
# rather than weakening it for the public site.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        # The tile server, when one is configured, is the one other origin the map loads from.
        "img-src": ["'self'", "data:", "blob:", *_tile_origin(MAP_TILE_URL)],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# The reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For is believed
# when finding a client's address for rate limits and the audit trail (portal.client_ip). Empty:
# the header is ignored and REMOTE_ADDR is the client.
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=[])
for _proxy in TRUSTED_PROXIES:
    ipaddress.ip_network(_proxy, strict=False)  # a typo stops start-up (ValueError names it)
# django-ratelimit's "ip" key uses the same helper.
RATELIMIT_IP_META_KEY = "portal.client_ip.client_ip"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}

# --- Messaging through Twilio (reporting.messaging) -------------------------------------------
# The public base URL Twilio calls (and signs) for webhooks, e.g. https://report.example.org,
# when the app sits behind a proxy that rewrites host or scheme. Empty: the URL Django sees.
TWILIO_WEBHOOK_BASE_URL = env("TWILIO_WEBHOOK_BASE_URL", default="")
# Caller ID for call-backs (a Twilio number of the agency); defaults to TWILIO_FROM_NUMBER.
TWILIO_VOICE_FROM_NUMBER = env("TWILIO_VOICE_FROM_NUMBER", default="")
# The relay service's full voice number for TTY reporters (never 711: Twilio can't dial N11).
RELAY_SERVICE_NUMBER = env("RELAY_SERVICE_NUMBER", default="")
TWILIO_HTTP_TIMEOUT = env.float("TWILIO_HTTP_TIMEOUT", default=15.0)
# Twilio answers STOP/START itself on long codes and toll-free; set False for a short code.
TWILIO_HANDLES_OPT_OUT_REPLIES = env.bool("TWILIO_HANDLES_OPT_OUT_REPLIES", default=True)
# Per-sender send rate, shared by all workers through Redis (limits library notation).
MESSAGING_SENDER_TYPE = env.str(
    "MESSAGING_SENDER_TYPE", default="long_code", choices=("long_code", "toll_free", "short_code")
)
MESSAGING_RATE_LIMITS = {
    "long_code": "1/second",
    "toll_free": "3/second",
    "short_code": "100/second",
}
MESSAGING_CALL_RATE_LIMIT = "1/second"
MESSAGING_RATE_LIMIT_STORAGE = env("MESSAGING_RATE_LIMIT_STORAGE", default="")  # "" = REDIS_URL
MESSAGING_RATE_LIMIT_PREFIX = "messaging-rate"
MESSAGING_RATE_LIMIT_WAIT = 10.0  # seconds a worker waits for room before retrying later
# Messaging is a transport below reporting: what a thread's report is comes through these.
MESSAGING_THREAD_FOR_SENDER = "reporting.threads.open_report_for"
MESSAGING_STATUS_LINK = "reporting.threads.report_status_link"
MESSAGING_EMERGENCY_REPLY = "reporting.services.text_emergency_reply"
# Apps above messaging that may claim an inbound text, tried in this order after STOP/START are
# recorded and the emergency check has run (reporting/messaging/inbound.py, InboundText).
MESSAGING_INBOUND_HANDLERS: list[str] = [
    # A text from someone in the middle of a report by text answers it (issue 17).
    "reporting.conversations.handlers.conversation_continue",
    # A reply to the survey after close (issue 16: "5", "cinco", "5 stars"...).
    "reporting.inbound_handlers.survey_reply",
    # YES from a number waiting to confirm an alert subscription (double opt-in).
    "reporting.alerts.inbound.subscription_confirm_handler",
    # A text to a report that is closed: kept on it and flagged in the console (issue 16).
    "reporting.inbound_handlers.followup_after_close",
    # Last: REPORT/REPORTE, or any text from a sender no one else knows, starts one (issue 17).
    "reporting.conversations.handlers.conversation_offer",
]
# Texts are delivered from a Celery queue of their own: pacing to the sender's rate sleeps, and
# must never hold up supervisor alerts or EIDO pushes on the default queue.
MESSAGING_SMS_QUEUE = env("MESSAGING_SMS_QUEUE", default="sms")
# How many of Twilio's recent messages to a number are read when reconciling a text whose first
# attempt has an unknown outcome.
MESSAGING_RECONCILE_LIMIT = 50
MESSAGING_MEDIA_MAX_BYTES = 5 * 1024 * 1024
MESSAGING_MEDIA_TYPES = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/heic": "heic",
}
# The one-question survey goes this long after a report closes (issue 16; reporting/surveys.py).
REPORTING_SURVEY_DELAY_MINUTES = env.int("REPORTING_SURVEY_DELAY_MINUTES", default=60)

# --- The non-emergency phone line (reporting.voice) -------------------------------------------
# Ask Twilio Lookup v2 (line type intelligence, a paid request per call) whether a caller's phone
# can take texts before offering the link; off, a landline learns it when the send fails.
VOICE_LOOKUP_LINE_TYPE = env.bool("VOICE_LOOKUP_LINE_TYPE", default=False)
# Seconds the voice webhook waits for Lookup (Twilio gives the whole answer 15 seconds).
VOICE_LOOKUP_TIMEOUT = env.float("VOICE_LOOKUP_TIMEOUT", default=3.0)
# How many 2-second holds a caller waits for their text to leave before being told it's on its way.
VOICE_TEXT_CHECKS = 3
# The text-to-speech voice for each language: Twilio's default voice ("man") speaks no es-MX, and
# a <Say> whose voice can't speak its language fails. Any Polly or Google voice Twilio lists for
# en-US and es-MX will do.
VOICE_SAY_VOICES = {
    "en": env("VOICE_SAY_VOICE_EN", default="Polly.Joanna"),
    "es": env("VOICE_SAY_VOICE_ES", default="Polly.Mia"),
}
# Link texts the line sends one number in 24 hours: caller ID can be spoofed, and the line must
# not be a way to flood someone's phone.
VOICE_TEXTS_PER_NUMBER_PER_DAY = 3
# References the line will try for one number in 24 hours without a match: the per-call limit
# alone lets a caller who spoofs a reporter's number call again and again to guess references.
VOICE_STATUS_MISSES_PER_NUMBER_PER_DAY = 6
# Callers' numbers are blanked on calls older than this (the calls and choices stay, for the
# statistics); checked hourly.
VOICE_CALLER_RETENTION_DAYS = env.int("VOICE_CALLER_RETENTION_DAYS", default=30)
CELERY_BEAT_SCHEDULE["voice-calls-forget"] = {"task": "voice.calls_forget", "schedule": 60.0 * 60}
# The console and locmem backends' answers to Lookup, by number (the demo's landline).
MESSAGING_CONSOLE_LINE_TYPES: dict[str, str] = {}

# Report drafts untouched for this many days are deleted with their photos (told to residents).
REPORTING_DRAFT_RETENTION_DAYS = env.int("REPORTING_DRAFT_RETENTION_DAYS", default=30)
# Photos whose declared size is above this are refused before decoding.
REPORTING_MAX_PHOTO_PIXELS = env.int("REPORTING_MAX_PHOTO_PIXELS", default=40_000_000)
# Each process reads the emergency check's lists version at most this often (seconds): an edit
# of the lists reaches every other process within it (the editing one at once).
REPORTING_TRIAGE_LISTS_VERSION_SECONDS = 1.0
CELERY_BEAT_SCHEDULE["reporting-drafts-purge"] = {
    "task": "reporting.drafts_purge",
    "schedule": 60.0 * 60,
}
# Reports by text that were never sent go when their draft does (same retention).
CELERY_BEAT_SCHEDULE["conversations-purge"] = {
    "task": "conversations.purge",
    "schedule": 60.0 * 60,
}

# --- Staff accounts and the audit trail (portal.staff) ---------------------------------------
MIDDLEWARE += [  # noqa: F405 - after auth and messages, which these read
    "portal.staff.middleware.StaffAreaMiddleware",
]
# Staff are signed out after this many seconds without a request of their own (the console's
# background polling does not count as activity).
STAFF_IDLE_TIMEOUT = env.int("STAFF_IDLE_TIMEOUT", default=30 * 60)

# --- Dispatch queue (dispatch_bridge) ---------------------------------------------------------
# Minutes from queuing until an item is past due, per priority (1 urgent .. 4 low).
DISPATCH_SLA_MINUTES = {1: 15, 2: 60, 3: 8 * 60, 4: 48 * 60}
# The public "how we're doing" figures are computed at most this often (per language and day).
PUBLIC_STATISTICS_SECONDS = 60 * 60
# The supervisors' statistics for the ranges the page opens with (the last N days, today
# included) are kept in a summary table by a beat job; a stored range older than the max age
# is computed afresh instead.
STATISTICS_SNAPSHOT_DAYS = (30, 365)
STATISTICS_SNAPSHOT_MAX_AGE = 15 * 60
CELERY_BEAT_SCHEDULE["dispatch-statistics-refresh"] = {
    "task": "dispatch_bridge.statistics_refresh",
    "schedule": 5 * 60.0,
}
# After this many minutes without a decision the reporter hears "still in the queue" (once).
DISPATCH_STILL_QUEUED_AFTER_MINUTES = env.int(
    "DISPATCH_STILL_QUEUED_AFTER_MINUTES", default=24 * 60
)
# Case numbers issued on approval; {year} and {seq} are filled in.
DISPATCH_CASE_NUMBER_FORMAT = env("DISPATCH_CASE_NUMBER_FORMAT", default="ECPD-{year}-{seq:06d}")
# The agency's identifier in EIDO documents (a domain name, as NENA's samples use).
DISPATCH_AGENCY_ID = env("DISPATCH_AGENCY_ID", default="police.example.gov")
# Optional sink: POST each new item's EIDO to a CAD endpoint, HMAC-SHA256 signed. Off when empty.
DISPATCH_EIDO_PUSH_URL = env("DISPATCH_EIDO_PUSH_URL", default="")
DISPATCH_EIDO_PUSH_SECRET = env("DISPATCH_EIDO_PUSH_SECRET", default="")
# How often the console asks for changes, in milliseconds. An unchanged answer is an empty 304
# from the signed tag (dispatch_bridge.poll), cheap enough to ask twice a second: a change then
# shows within about half a second plus DISPATCH_POLL_VERSION_SECONDS.
DISPATCH_POLL_INTERVAL_MS = 500
# The poll's signed tag lets "nothing changed" be answered before sessions and authentication
# for this many seconds; then the full path (idle logout, MFA, permissions) runs again.
DISPATCH_POLL_TAG_SECONDS = 30
# Each process reads the queue's version for those answers at most this often (seconds).
DISPATCH_POLL_VERSION_SECONDS = 0.25
CELERY_BEAT_SCHEDULE["dispatch-sla-check"] = {"task": "dispatch_bridge.sla_check", "schedule": 60.0}

# --- The outbox (portal.outbox): every side effect after a business write ---
# Attempts per row before it is marked dead and a supervisor alerted; between attempts an
# exponential backoff with full jitter, from OUTBOX_RETRY_BACKOFF up to .._MAX seconds.
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=7)
OUTBOX_RETRY_BACKOFF = env.int("OUTBOX_RETRY_BACKOFF", default=5)
OUTBOX_RETRY_BACKOFF_MAX = env.int("OUTBOX_RETRY_BACKOFF_MAX", default=600)
# Publishing gives up fast when the broker is down; the sweep queues the row later.
OUTBOX_PUBLISH_RETRY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
# The sweep re-queues pending rows this long past their due time (their publish was lost).
OUTBOX_SWEEP_GRACE_SECONDS = env.int("OUTBOX_SWEEP_GRACE_SECONDS", default=60)
OUTBOX_SWEEP_BATCH = 500
# A row still "sending" after this long belongs to a dead worker (outbox.deliver's hard limit
# is 60 s); it is taken over and reconciled with the provider before anything is resent.
OUTBOX_SENDING_STALE_SECONDS = env.int("OUTBOX_SENDING_STALE_SECONDS", default=120)
# /healthz warns when undelivered rows are older than this.
OUTBOX_HEALTH_AGE_SECONDS = env.int("OUTBOX_HEALTH_AGE_SECONDS", default=15 * 60)
CELERY_BEAT_SCHEDULE["outbox-sweep"] = {"task": "outbox.sweep", "schedule": 60.0}
