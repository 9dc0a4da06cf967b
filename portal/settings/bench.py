"""`make bench`: production settings, with the limits that would stop one machine playing many
residents lifted (every simulated reporter comes from 127.0.0.1)."""

from .production import *  # noqa: F403

REPORTING_SUBMIT_RATE_PER_IP = "1000000/h"
REPORTING_SUBMIT_RATE_PER_PHONE = "1000000/h"
REPORTING_LOOKUP_RATE_PER_IP = "1000000/h"
REPORTING_LOOKUP_RATE_PER_REFERENCE = "1000000/h"
REPORTING_LOOKUP_RATE_PER_REFERENCE_DAY = "1000000/d"
