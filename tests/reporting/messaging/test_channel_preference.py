"""Automatic messages honor the way the reporter asked to be contacted."""

import pytest

from reporting.messaging.models import Message
from tests.factories import report_submit_for_test

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        ("sms", {"sms", "email"}),
        ("tty", {"sms", "email"}),  # a TTY user reads texts
        ("voice", {"email"}),  # a phone call was asked for: a dispatcher calls, no texts
        ("email", {"email"}),
        ("none", set()),
    ],
)
def test_the_receipt_goes_only_by_the_channels_the_reporter_chose(channel, expected):
    report = report_submit_for_test(
        phone="+12025550100", email="alex@example.org", callback_channel=channel
    )

    sent = set(Message.objects.filter(report=report).values_list("channel", flat=True))

    assert sent == expected
