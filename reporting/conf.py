"""Intake limits. Rates can be overridden with REPORTING_<NAME> Django settings."""

from django.conf import settings

# Abuse limits without a CAPTCHA (django-ratelimit rates: count/period).
RATE_DEFAULTS = {
    "SUBMIT_RATE_PER_IP": "10/h",
    "SUBMIT_RATE_PER_PHONE": "5/h",
    "LOOKUP_RATE_PER_IP": "10/10m",
    "LOOKUP_RATE_PER_REFERENCE": "5/10m",
    # The secret is only 4 digits: a daily cap per reference keeps guessing across many IPs
    # to a fraction of a percent of the 10,000 combinations a day.
    "LOOKUP_RATE_PER_REFERENCE_DAY": "20/d",
    "REPLY_RATE_PER_IP": "20/h",
}


def rate(name: str) -> str:
    # Read at call time so a settings change (or a test's override) applies at once.
    return getattr(settings, f"REPORTING_{name}", RATE_DEFAULTS[name])


MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# Pixels, not bytes: a small file can still decode into a huge image (a decompression bomb).
MAX_PHOTO_PIXELS = 50_000_000
NARRATIVE_MAX = 5000
REPLY_MAX = 2000
DRAFT_COOKIE = "report_draft"
# The draft cookie outlives any pause a resident could take; the draft itself never expires.
DRAFT_COOKIE_AGE = 60 * 60 * 24 * 90
