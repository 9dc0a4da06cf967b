"""Fixtures for alerts: two neighbourhoods, published alerts, confirmed subscribers."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from reporting.alerts.models import Alert, Neighbourhood, Subscriber
from reporting.messaging import backends

# Two squares side by side (longitude first): West is x 0..1, East is x 1..2; y 0..1.
WEST = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
EAST = {"type": "Polygon", "coordinates": [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]}


@pytest.fixture(autouse=True)
def alerts_settings(settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.MESSAGING_RATE_LIMITS = {**settings.MESSAGING_RATE_LIMITS, "long_code": "1000/second"}
    settings.MESSAGING_RATE_LIMIT_PREFIX = "test-alerts-rate"
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example"
    # The limit's counter lives in the shared Redis cache: only the test about it sets it low.
    settings.ALERTS_SUBSCRIBE_RATE = "1000/h"
    backends.outbox.clear()
    translation.activate("en")
    yield settings
    translation.deactivate()
    backends.outbox.clear()


def hoods_make() -> tuple[Neighbourhood, Neighbourhood]:
    west = Neighbourhood.objects.create(name="Westside", name_es="Oeste", geometry=WEST)
    east = Neighbourhood.objects.create(name="Eastside", name_es="Este", geometry=EAST)
    return west, east


@pytest.fixture
def hoods(db):
    return hoods_make()


def alert_make(*, publish: bool = True, neighbourhoods=(), **fields) -> Alert:
    now = timezone.now()
    values = {
        "event": "Road closure",
        "category": "Transport",
        "severity": "Severe",
        "headline_en": "Main Street closed",
        "headline_es": "Calle Main cerrada",
        "description_en": "Main Street is closed between 1st and 3rd for a water main repair.",
        "description_es": "La calle Main está cerrada entre la 1 y la 3 por una reparación.",
        "instruction_en": "Use Oak Avenue instead.",
        "instruction_es": "Use la avenida Oak.",
        "effective": now - timedelta(minutes=5),
        "expires": now + timedelta(hours=6),
        "live": False,
    }
    values.update(fields)
    alert = Alert(**values)
    alert.save()
    if neighbourhoods:
        alert.neighbourhoods.set(neighbourhoods)
    if publish:
        alert.save_revision().publish()
        alert.refresh_from_db()
    return alert


def subscriber_make(*, neighbourhoods=(), confirmed: bool = True, **fields) -> Subscriber:
    now = timezone.now() if confirmed else None
    values = {"language": "en", "sms_threshold": 0, "email_threshold": 0}
    values.update(fields)
    if values.get("phone"):
        values.setdefault("phone_confirmed_at", now)
    if values.get("email"):
        values.setdefault("email_confirmed_at", now)
    subscriber = Subscriber.objects.create(**values)
    if neighbourhoods:
        subscriber.neighbourhoods.set(neighbourhoods)
    return subscriber
