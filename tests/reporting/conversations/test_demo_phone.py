"""The demo's phone simulator lets a visitor try a report by text: its texts go through the
real signed webhook, so the whole conversation works there as on a phone."""

import pytest

from reporting.messaging import backends
from reporting.models import Report

pytestmark = pytest.mark.django_db

VISITOR = "+12025550199"
URL = "/demo/phone/"


@pytest.fixture
def demo_settings(settings):
    settings.DEBUG = True
    settings.MESSAGING_BACKEND = "console"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.TWILIO_FROM_NUMBER = "+12025550142"
    backends.media.clear()
    yield settings
    backends.media.clear()


def test_a_visitor_files_a_report_by_text_in_the_simulator(
    client, demo_settings, site, lost_property
):
    answers = ["REPORT", "no", "no", "no", "no", "1", "My bicycle was taken from the rack.",
               "12 Oak Street", "today", "skip", "Alex Visitor", "send"]  # fmt: skip
    for body in answers:
        response = client.post(URL + "text/", {"number": VISITOR, "body": body})
        assert response.status_code == 302

    report = Report.objects.get()
    assert report.channel == "sms" and str(report.phone) == VISITOR
    page = client.get(response["Location"]).content.decode()
    assert "Is anyone in danger right now?" in page
    assert page.count("Is anyone in danger right now?") == 1  # each reply shown once
    assert report.reference in page
    assert "text REPORT (or REPORTE for Spanish)" in page  # the simulator's hint
