"""The alerts page (current and past, EN/ES, no JavaScript), the detail page and the banner."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.kids.fixtures import kids_home  # noqa: F401 - the fixture

from .conftest import alert_make

pytestmark = pytest.mark.django_db


def test_the_alerts_page_lists_current_and_past_in_english_and_spanish(client, hoods):
    alert_make(neighbourhoods=[hoods[0]])
    alert_make(
        headline_en="Old closure",
        headline_es="Cierre antiguo",
        effective=timezone.now() - timedelta(days=3),
        expires=timezone.now() - timedelta(days=2),
    )
    alert_make(headline_en="Drill", status="Exercise")
    english = client.get("/alerts/").content.decode()
    current, past = english.split("Past alerts")
    assert "Main Street closed" in current and "Old closure" in past
    assert "Drill" not in english  # exercises and tests are not for the public
    assert "<script" not in english.split("<main")[1].split("</main>")[0]
    spanish = client.get("/es/alerts/").content.decode()
    assert "Calle Main cerrada" in spanish and "Cierre antiguo" in spanish


def test_an_updated_alert_is_past_and_its_update_current(client, hoods):
    original = alert_make(neighbourhoods=[hoods[0]])
    alert_make(msg_type="Update", references=original, headline_en="Main Street open again at 5 pm")
    current, past = client.get("/alerts/").content.decode().split("Past alerts")
    assert "Main Street open again" in current and "Main Street closed" in past


def test_a_cancelled_alert_leaves_the_banner(client, hoods, site):
    original = alert_make(neighbourhoods=[hoods[0]])
    assert "Main Street closed" in client.get("/").content.decode()
    alert_make(msg_type="Cancel", references=original, headline_en="Canceled: closure")
    page = client.get("/").content.decode()
    assert "Main Street closed" not in page and "Canceled: closure" not in page


def test_the_banner_shows_active_actual_alerts_only(client, hoods, site):
    alert_make(headline_en="Boil water notice", severity="Extreme")
    alert_make(headline_en="A test message", status="Test")
    tomorrow = timezone.now() + timedelta(days=1)
    alert_make(headline_en="Tomorrow", effective=tomorrow, expires=tomorrow + timedelta(hours=1))
    page = client.get("/").content.decode()
    assert "Boil water notice" in page
    assert "A test message" not in page and "Tomorrow" not in page


def test_the_detail_page_in_spanish(client, hoods):
    alert = alert_make(neighbourhoods=[hoods[0]])
    page = client.get(f"/es/alerts/{alert.uid}/").content.decode()
    assert "Calle Main cerrada" in page and "Oeste" in page and "Use la avenida Oak." in page


def test_a_draft_has_no_page(client, hoods):
    alert = alert_make(publish=False)
    assert client.get(f"/alerts/{alert.uid}/").status_code == 404


def test_kids_pages_show_only_alerts_for_everyone(client, hoods, kids_home):  # noqa: F811
    alert_make(headline_en="Scam calls", whole_city=True)
    alert_make(headline_en="Shelter in place now", whole_city=True, for_everyone=True)
    kids = client.get(kids_home.url).content.decode()
    assert "Shelter in place now" in kids and "Scam calls" not in kids
    adults = client.get("/").content.decode()
    assert "Shelter in place now" in adults and "Scam calls" in adults


def test_the_footer_links_to_the_alerts_page(client, site):
    assert 'href="/alerts/"' in client.get("/").content.decode()


def test_the_demo_has_neighbourhoods_an_active_alert_a_subscriber_and_the_feed(client, demo):
    from reporting.alerts.models import Neighbourhood, Subscriber

    assert Neighbourhood.objects.count() == 2
    assert Subscriber.objects.filter(phone_confirmed_at__isnull=False).count() == 1
    feed = client.get("/alerts/feed.atom").content.decode()
    assert feed.count("<entry>") == 1 and "Water main repair" in feed
    assert "Water main repair" in client.get("/").content.decode()
