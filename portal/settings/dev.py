"""The demo and local development: everything embedded, nothing else to install.

SQLite instead of PostgreSQL, an in-process cache, Celery tasks run in-process (no broker
server), SMS to the local outbox and email to the console.
"""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="demo-only-not-secret-0b1d7c5e9a4f")  # noqa: S105

# Where `make demo HOST=... PORT=...` serves; links in texts and emails, the Wagtail Site and the
# admin's own links follow it. 0.0.0.0 listens on every interface, so links name this machine.
DEMO_HOST = env("DEMO_HOST", default="127.0.0.1")
DEMO_PORT = env.int("DEMO_PORT", default=8000)
EVERY_INTERFACE = DEMO_HOST == "0.0.0.0"  # noqa: S104 - the demo on a LAN, when asked for
DEMO_PUBLIC_HOST = env("DEMO_PUBLIC_HOST", default="localhost" if EVERY_INTERFACE else DEMO_HOST)
WAGTAILADMIN_BASE_URL = env(
    "WAGTAILADMIN_BASE_URL", default=f"http://{DEMO_PUBLIC_HOST}:{DEMO_PORT}"
)
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS",
    default=["127.0.0.1", "localhost", "[::1]", DEMO_PUBLIC_HOST]
    + (["*"] if EVERY_INTERFACE else []),
)

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'demo.sqlite3'}")
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
    },
}

# Tasks run inline when queued; on_commit still defers them until the transaction commits.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = "memory://"
CELERY_RESULT_BACKEND = "cache+memory://"

MESSAGING_BACKEND = "console"
# Fictional (555-01xx) numbers and a demo-only token, so the demo's webhooks verify signatures
# exactly as production does and call-backs have a caller ID and a relay service to dial.
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN", default="demo-auth-token-not-secret")
TWILIO_ACCOUNT_SID = env("TWILIO_ACCOUNT_SID", default="AC" + "0" * 32)
TWILIO_FROM_NUMBER = env("TWILIO_FROM_NUMBER", default="+12025550142")
RELAY_SERVICE_NUMBER = env("RELAY_SERVICE_NUMBER", default="+12025550171")
MESSAGING_RATE_LIMIT_STORAGE = "memory://"  # the demo has no Redis
# The phone line asks "Lookup" (the console backend, nothing leaves the machine) whether a
# caller can take texts; this fictional number is a landline, to try the spoken web address.
VOICE_LOOKUP_LINE_TYPE = env.bool("VOICE_LOOKUP_LINE_TYPE", default=True)
MESSAGING_CONSOLE_LINE_TYPES = {"+12025550188": "landline"}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Plain static storage so the demo needs no collectstatic.
# Static files straight from the app folders; no collectstatic outside production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
