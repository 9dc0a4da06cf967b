"""The PDF copy reads well around dates: an afternoon time ends "p.m.", never "p.m.."."""

from datetime import datetime
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from pypdf import PdfReader

from reporting.models import Report
from reporting.pdf import report_pdf
from tests.factories import report_submit_for_test

pytestmark = pytest.mark.django_db


def test_an_afternoon_submission_time_is_not_followed_by_a_second_period(locales):
    report = report_submit_for_test()
    afternoon = datetime(2026, 3, 4, 15, 30, tzinfo=ZoneInfo(settings.TIME_ZONE))
    Report.objects.filter(pk=report.pk).update(submitted_at=afternoon)
    report.refresh_from_db()

    pdf = PdfReader(BytesIO(report_pdf(report, agency_name="Example City Police Department")))
    text = " ".join(page.extract_text() for page in pdf.pages)

    assert "3:30 p.m." in text
    assert ".." not in text
