"""Intake limits. Rates can be overridden with REPORTING_<NAME> Django settings."""

from django.conf import settings

# Abuse limits without a CAPTCHA (django-ratelimit rates: count/period).
RATE_DEFAULTS = {
    "SUBMIT_RATE_PER_IP": "10/h",
    "SUBMIT_RATE_PER_PHONE": "5/h",
    "LOOKUP_RATE_PER_IP": "10/10m",
    # Per address AND reference (issue 12): the owner, elsewhere, is never locked out.
    "LOOKUP_RATE_PER_IP_REFERENCE": "5/10m",
    "CODE_RATE_PER_IP": "10/10m",
    "REPLY_RATE_PER_IP": "20/h",
    # Posting photos costs decoding time and memory: one address gets a few dozen an hour.
    "PHOTO_RATE_PER_IP": "30/h",
}


def rate(name: str) -> str:
    # Read at call time so a settings change (or a test's override) applies at once.
    return getattr(settings, f"REPORTING_{name}", RATE_DEFAULTS[name])


# Status access by proof of contact: a code sent to the report's phone or email.
STATUS_CODE_DIGITS = 6
STATUS_CODE_MINUTES = 10
STATUS_CODE_TRIES = 5
# How long the status page stays open in the browser session after a right code.
STATUS_SESSION_SECONDS = 30 * 60
STATUS_SESSION_KEY = "reporting_status_access"

MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# Pixels, not bytes: a small file can still decode into a huge image (a decompression bomb).
# The declared size is checked before decoding; REPORTING_MAX_PHOTO_PIXELS overrides it.
MAX_PHOTO_PIXELS = 40_000_000
# Formats decoded at full size (all but JPEG) must also fit this many bytes once decoded, which
# with the shrunken copy keeps a request's peak memory under 150 MB.
MAX_PHOTO_DECODED_BYTES = 64 * 1024 * 1024
# Stored photos are at most this many pixels on their longer side: plenty for a report, and it
# lets a 40 MP JPEG be decoded at half scale.
PHOTO_MAX_SIDE = 3000
# All photos of one draft together, as stored (after re-encoding).
MAX_DRAFT_PHOTO_BYTES = 30 * 1024 * 1024


def max_photo_pixels() -> int:
    return getattr(settings, "REPORTING_MAX_PHOTO_PIXELS", MAX_PHOTO_PIXELS)


def draft_retention_days() -> int:
    """Drafts untouched this long are deleted with their photos (reporting.tasks)."""
    return getattr(settings, "REPORTING_DRAFT_RETENTION_DAYS", 30)


NARRATIVE_MAX = 5000
REPLY_MAX = 2000
DRAFT_COOKIE = "report_draft"
# The draft cookie outlives the draft, which is deleted after draft_retention_days() untouched.
DRAFT_COOKIE_AGE = 60 * 60 * 24 * 90
