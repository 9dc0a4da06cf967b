"""Intake limits, overridable from Django settings (REPORTING_*) without editing this app."""

from django.conf import settings

# Abuse limits without a CAPTCHA (django-ratelimit rates: count/period).
SUBMIT_RATE_PER_IP = getattr(settings, "REPORTING_SUBMIT_RATE_PER_IP", "10/h")
SUBMIT_RATE_PER_PHONE = getattr(settings, "REPORTING_SUBMIT_RATE_PER_PHONE", "5/h")
LOOKUP_RATE_PER_IP = getattr(settings, "REPORTING_LOOKUP_RATE_PER_IP", "10/10m")
LOOKUP_RATE_PER_REFERENCE = getattr(settings, "REPORTING_LOOKUP_RATE_PER_REFERENCE", "5/10m")
REPLY_RATE_PER_IP = getattr(settings, "REPORTING_REPLY_RATE_PER_IP", "20/h")

MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# Pixels, not bytes: a small file can still decode into a huge image (a decompression bomb).
MAX_PHOTO_PIXELS = 50_000_000
NARRATIVE_MAX = 5000
REPLY_MAX = 2000
DRAFT_COOKIE = "report_draft"
# The draft cookie outlives any pause a resident could take; the draft itself never expires.
DRAFT_COOKIE_AGE = 60 * 60 * 24 * 90
