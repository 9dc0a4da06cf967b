"""Odd texts at every step of a conversation: a reply asking again, never a 500."""

import datetime

import pytest

from reporting.conversations.dates import when_raw
from reporting.messaging import backends

from .helpers import Phone

pytestmark = pytest.mark.django_db

ODD = [
    "²",
    "① ②",
    "9" * 40,
    "0",
    "-1",
    "1,,,,2",
    "١",
    "💥" * 50,
    "2/29",
    "0000-02-30 25:61",
    "13/13/13 99pm",
    "<script>alert(1)</script>",
    "x" * 1600,
    " ",
]


@pytest.fixture
def phone(client, settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    backends.outbox.clear()
    yield Phone(client)
    backends.outbox.clear()


def test_odd_texts_at_every_step(phone, site, graffiti, lost_property):
    phone("Hi, I want to report graffiti on my fence")
    answers = ["no", "no", "no", "no", "1", "SKIP", "The wall", "$1,200", "yesterday 9pm", "2",
               "1, 3", "Someone sprayed red and black paint on our fence.", "12 Oak Street",
               "yesterday 10:30pm", "done", "Alex Resident"]  # fmt: skip
    for answer in answers:
        for odd in ODD:
            phone(odd)  # asserts a 200
        phone(answer)


def test_february_29_without_a_year_before_it_comes_in_a_leap_year():
    # "2/29" texted on Jan 15, 2028 is not yet this year's: last year had no February 29.
    assert when_raw("2/29 9pm", "en", datetime.date(2028, 1, 15), datetime.time(12)) is None
    assert when_raw("29/2", "es", datetime.date(2028, 1, 15), datetime.time(12)) is None
