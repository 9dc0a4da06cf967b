"""What the wizard keeps per process with the page cache on (as in production): settings, the
emergency check's lists and which addresses are never cached. Each still follows an edit."""

import json

import pytest

from reporting.models import ReportingSettings, TriageList
from tests.reporting.helpers import (
    post_step,
    report_query_counts,
    reverse,
    screen,
    step_url,
)
from tests.reporting.test_steps import SQUARE

pytestmark = pytest.mark.django_db


READS = {"GET", "GETEX", "GETDEL", "MGET", "HGET", "HMGET"}


@pytest.fixture
def redis_misses(monkeypatch):
    """Keys this process read from Redis and did not find, as Redis's keyspace_misses counts
    them. That counter is the whole server's: another pytest-xdist process's reads land in it
    at any moment, so this process's own reads are counted as they return."""
    import redis

    misses = []
    execute = redis.Redis.execute_command

    def counting(self, *args, **options):
        result = execute(self, *args, **options)
        if str(args[0]).upper() in READS:
            keys = args[1:] if str(args[0]).upper() in {"MGET", "HMGET"} else args[1:2]
            values = result if isinstance(result, list) else [result]
            misses.extend(key for key, value in zip(keys, values, strict=False) if value is None)
        return result

    monkeypatch.setattr(redis.Redis, "execute_command", counting)
    return misses


def test_a_wizard_page_is_not_looked_up_in_the_page_cache_again(
    client, site, page_cache_on, redis_misses
):
    client.get(reverse("reporting:start"))
    client.get(reverse("reporting:start"))
    before = len(redis_misses)
    client.get(reverse("reporting:start"))
    # nothing read that is not there: no page cache lookup
    assert redis_misses[before:] == []


def test_a_saved_boundary_applies_to_the_next_step(client, site, vandalism, page_cache_on):
    screen(client)
    post_step(client, "category")
    far = {"latitude": "40.0", "longitude": "-119.5"}
    assert post_step(client, "where", far).url == step_url("when")

    ReportingSettings.objects.update_or_create(site=site, defaults={"boundary_geojson": "{}"})
    settings_row = ReportingSettings.objects.get(site=site)
    settings_row.boundary_geojson = json.dumps(SQUARE)
    settings_row.save()

    assert post_step(client, "where", far).url == reverse("reporting:outside")


def test_an_edited_list_applies_at_once_in_the_editing_process(
    client, site, vandalism, page_cache_on, settings, django_capture_on_commit_callbacks
):
    settings.REPORTING_TRIAGE_LISTS_VERSION_SECONDS = 60
    screen(client)
    post_step(client, "category")
    words = {"narrative": "I saw a purple elephant on Oak Street"}
    assert post_step(client, "what", words).url == step_url("where")

    row = TriageList.objects.get(kind="help_now", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        row.phrases = "purple elephant"
        row.save()  # as the admin saves it

    assert post_step(client, "what", words).url.startswith(reverse("reporting:emergency_check"))


# With production's caches warm, each request reads only what is its own: the draft, its
# category and questions, the address points, the photos, and the submit's writes.
WARM_QUERIES = {
    ("GET", "start"): 0,
    ("POST", "start"): 1,
    ("GET", "step"): 3,
    ("POST", "step"): 4,
    ("GET", "review"): 5,
    ("POST", "review"): 15,
    ("GET", "received"): 1,
}


def test_wizard_queries_with_warm_caches(client, site, vandalism, page_cache_on):
    report_query_counts(client)
    client.cookies.clear()
    assert report_query_counts(client) == WARM_QUERIES
