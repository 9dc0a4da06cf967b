"""Abuse without a CAPTCHA: rate limits per IP and per phone, a honeypot, size limits."""

import pytest

from reporting.models import Report
from tests.reporting.helpers import fill_all, submit

pytestmark = pytest.mark.django_db


def file_report(client, phone="(202) 555-0123", ip="10.0.0.1"):
    client.defaults["REMOTE_ADDR"] = ip
    fill_all(client, {"contact": {"phone": phone}})
    return submit(client)


def test_submits_are_limited_per_ip(client, site, vandalism, settings):
    settings.REPORTING_SUBMIT_RATE_PER_IP = "2/h"
    assert file_report(client, phone="(202) 555-0101").status_code == 302
    assert file_report(client, phone="(202) 555-0102").status_code == 302
    limited = file_report(client, phone="(202) 555-0103")
    assert limited.status_code == 429
    assert "Too many tries" in limited.content.decode()
    assert "What you typed is kept" in limited.content.decode()
    assert Report.objects.count() == 2
    # The draft is still there: once the limit passes, the same draft can be sent.
    assert client.get("/report/step/review/").status_code == 200


def test_submits_are_limited_per_phone_whatever_the_address(client, site, vandalism, settings):
    settings.REPORTING_SUBMIT_RATE_PER_PHONE = "1/h"
    assert file_report(client, ip="10.0.0.1").status_code == 302
    assert file_report(client, ip="10.0.0.2").status_code == 429
    assert file_report(client, phone="(202) 555-0188", ip="10.0.0.3").status_code == 302


def test_behind_a_trusted_proxy_each_resident_has_their_own_limit(
    client, site, vandalism, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    settings.REPORTING_SUBMIT_RATE_PER_IP = "1/h"
    client.defaults["HTTP_X_FORWARDED_FOR"] = "198.51.100.1"
    assert file_report(client, phone="(202) 555-0101", ip="10.0.0.5").status_code == 302
    assert file_report(client, phone="(202) 555-0102", ip="10.0.0.5").status_code == 429
    # Another resident through the same proxy is not held back by the first one's limit...
    client.defaults["HTTP_X_FORWARDED_FOR"] = "198.51.100.2"
    assert file_report(client, phone="(202) 555-0103", ip="10.0.0.5").status_code == 302
    # ...and a resident cannot dodge theirs by sending a header of their own first.
    client.defaults["HTTP_X_FORWARDED_FOR"] = "203.0.113.50, 198.51.100.2"
    assert file_report(client, phone="(202) 555-0104", ip="10.0.0.5").status_code == 429


def test_a_filled_honeypot_files_nothing(client, site, vandalism):
    fill_all(client, {"contact": {"website": "http://spam.example"}})
    response = submit(client)
    assert response.status_code == 400
    assert "We could not accept this form" in response.content.decode()
    assert not Report.objects.exists()


def test_an_oversized_narrative_is_refused_and_kept(client, site, vandalism):
    from tests.reporting.helpers import post_step, screen

    screen(client)
    post_step(client, "category")
    response = post_step(client, "what", {"narrative": "a" * 6000})
    assert response.status_code == 400
    assert "at most 5000 characters" in response.content.decode()
