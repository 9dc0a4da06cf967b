"""Query counts for every request a resident's browser makes through the wizard: a regression
shows here rather than as a slower `make bench` (timings stay in the benchmark)."""

import pytest

from tests.reporting.helpers import report_query_counts

pytestmark = pytest.mark.django_db

# What each request costs today with cold caches (sessions are cached_db, the rate limits live in
# Redis; a warm site-settings cache needs fewer). The submit is one transaction: the report,
# its queue item, the draft, the outbox rows and the audit. The review checks the whole draft
# once (the "what" step reuses the checked category; the boundary check reuses the checked
# place) and the submit writes each row once: 12 and 35 queries before that; the send no longer
# reads the photos for a summary only the review page shows (19 before).
MAX_QUERIES = {
    ("GET", "start"): 6,
    ("POST", "start"): 1,
    ("GET", "step"): 9,
    ("POST", "step"): 5,
    ("GET", "review"): 9,
    ("POST", "review"): 18,
    ("GET", "received"): 6,
}


def test_every_wizard_request_stays_within_its_query_count(client, site, vandalism):
    counts = report_query_counts(client)

    over = {key: n for key, n in counts.items() if n > MAX_QUERIES[key]}
    assert not over, f"more queries than before: {over} (all: {counts})"
