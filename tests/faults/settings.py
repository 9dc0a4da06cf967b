"""Settings for the fault suite's worker and beat processes: the test settings, sending through
Twilio (the recording fake), with beat's and the retries' clocks scaled from minutes to seconds
so a recovery fits in a test run. Nothing here changes what is delivered or how."""

from portal.settings.test import *  # noqa: F403
from portal.settings.test import CELERY_BEAT_SCHEDULE, DATABASES, env

MESSAGING_BACKEND = "twilio"
# Sweeps every second instead of every minute.
for _entry in CELERY_BEAT_SCHEDULE.values():
    _entry["schedule"] = env.float("FAULTS_BEAT_SECONDS", default=1.0)
# The messaging and dispatch sweeps of before the outbox (gone once it lands).
MESSAGING_RETRY_BACKOFF = 1
MESSAGING_RETRY_BACKOFF_MAX = 4
MESSAGING_SWEEP_GRACE_SECONDS = 3
DISPATCH_SWEEP_GRACE_SECONDS = 3
# The test finds this worker's database sessions by name to terminate them (fault f).
DATABASES["default"].setdefault("OPTIONS", {})["application_name"] = env(
    "FAULTS_DB_APPLICATION_NAME", default="portal-faults-worker"
)
