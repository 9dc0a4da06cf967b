"""Subscribing without an account: double opt-in by text and email, the signed preferences
link, STOP, and an address placed in its neighbourhood."""

import re
import secrets

import pytest
from django.core import mail

from reporting.alerts import services
from reporting.alerts.areas import geometry_of, neighbourhood_at, point_in
from reporting.alerts.demo import DATA
from reporting.alerts.models import Neighbourhood, Subscriber
from reporting.messaging.models import Message, OptOut
from reporting.places.demo import DEMO_FILE
from reporting.places.models import AddressPoint
from reporting.places.services import places_load_file

from .conftest import WEST, subscriber_make

pytestmark = pytest.mark.django_db
PHONE = "+12025550123"


def form(**overrides):
    data = {
        "phone": "(202) 555-0123",
        "email": "Resident@Example.org",
        "language": "en",
        "sms_threshold": "3",
        "email_threshold": "0",
    }
    data.update(overrides)
    return data


def test_signing_up_asks_each_channel_to_confirm(client, hoods):
    response = client.post("/alerts/subscribe/", form(neighbourhoods=[hoods[0].pk]))
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.phone == PHONE and subscriber.email == "resident@example.org"
    assert subscriber.phone_confirmed_at is None and subscriber.email_confirmed_at is None
    assert list(subscriber.neighbourhoods.all()) == [hoods[0]]
    text = Message.objects.get(channel="sms", to=PHONE)
    assert "reply YES" in text.body and "STOP" in text.body
    email = Message.objects.get(channel="email")
    assert "/alerts/confirm/" in email.body


def test_bad_input_keeps_what_was_typed_with_a_translated_message(client, hoods):
    response = client.post("/es/alerts/subscribe/", form(phone="555", email="", language="es"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ingrese un número de celular válido." in page
    assert 'value="555"' in page
    assert not Subscriber.objects.exists()


def test_a_channel_and_an_area_are_required(client, hoods):
    page = client.post("/alerts/subscribe/", form(phone="", email="")).content.decode()
    assert "Enter a mobile number, an email address, or both." in page
    page = client.post("/alerts/subscribe/", form()).content.decode()
    assert "Choose at least one neighborhood" in page
    assert not Subscriber.objects.exists()


def test_yes_confirms_a_waiting_number_and_nothing_else(hoods):
    subscriber = subscriber_make(phone=PHONE, confirmed=False, neighbourhoods=[hoods[0]])
    assert services.subscription_confirm_sms(phone="+12025550999", body="YES") is None
    assert services.subscription_confirm_sms(phone=PHONE, body="hello") is None
    reply = services.subscription_confirm_sms(phone=PHONE, body=" yes ")
    assert "you will get text alerts" in reply and "/alerts/preferences/" in reply
    subscriber.refresh_from_db()
    assert subscriber.phone_confirmed_at is not None
    # Once confirmed, a later YES is not ours to answer.
    assert services.subscription_confirm_sms(phone=PHONE, body="YES") is None


def test_the_email_link_confirms_and_a_forged_one_does_not(client, hoods):
    subscriber = subscriber_make(email="a@example.org", confirmed=False, neighbourhoods=[hoods[0]])
    link = services.email_confirm_url(subscriber.pk)
    path = link.removeprefix("https://portal.example")
    forged = path.replace(f"/{subscriber.pk}-", f"/{subscriber.pk + 1}-")
    assert client.get(forged).status_code == 404
    assert client.get(path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.email_confirmed_at is not None


def test_a_confirm_link_confirms_only_the_address_it_was_sent_to(client, hoods):
    # Signed up with their own address, then changed it to someone else's from the preferences
    # link: the first link must not confirm the new address (double opt-in).
    subscriber = subscriber_make(email="mine@example.org", confirmed=False, whole_city=True)
    old = services.email_confirm_url(subscriber.pk).removeprefix("https://portal.example")
    services.subscription_update(
        subscriber=subscriber,
        choice=services.Choice(
            phone="",
            email="someone-else@example.org",
            language="en",
            whole_city=True,
            neighbourhoods=[],
            address="",
            sms_threshold=4,
            email_threshold=0,
        ),
    )
    assert client.get(old).status_code == 404
    subscriber.refresh_from_db()
    assert subscriber.email_confirmed_at is None
    new = services.email_confirm_url(subscriber.pk).removeprefix("https://portal.example")
    assert new != old and client.get(new).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.email_confirmed_at is not None


def test_the_preferences_link_changes_choices_and_unsubscribes(client, hoods):
    subscriber = subscriber_make(phone=PHONE, email="a@example.org", neighbourhoods=[hoods[0]])
    path = services.preferences_url(subscriber.pk).removeprefix("https://portal.example")
    assert client.get(path.replace("-", "-0")).status_code == 404  # a tampered signature
    page = client.get(path).content.decode()
    assert 'value="+12025550123"' in page

    response = client.post(
        path,
        form(phone=PHONE, email="a@example.org", neighbourhoods=[hoods[1].pk], sms_threshold="4"),
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert list(subscriber.neighbourhoods.all()) == [hoods[1]]
    assert subscriber.sms_threshold == 4
    assert subscriber.phone_confirmed_at is not None  # the same number needs no new YES

    client.post(path, form(phone="2025550199", email="a@example.org", whole_city="on"))
    subscriber.refresh_from_db()
    assert subscriber.phone == "+12025550199" and subscriber.phone_confirmed_at is None

    client.post(path, {"unsubscribe": "1"})
    assert not Subscriber.objects.exists()
    assert client.get(path).status_code == 404


def test_a_point_in_a_polygon():
    west = geometry_of(WEST)
    assert point_in(west, latitude=0.5, longitude=0.5)
    assert point_in(west, latitude=0.5, longitude=1.0)  # on the edge counts
    assert not point_in(west, latitude=0.5, longitude=1.5)


def test_neighbourhood_at_a_point(hoods):
    assert neighbourhood_at(latitude=0.5, longitude=1.5) == hoods[1]
    assert neighbourhood_at(latitude=5, longitude=5) is None


def test_an_address_is_placed_in_its_neighbourhood(client, db):
    places_load_file(name=DEMO_FILE.name, content=DEMO_FILE.read_bytes())
    for row in DATA["neighbourhoods"]:
        Neighbourhood.objects.create(**row)
    point = AddressPoint.objects.filter(number="12", street="Main Street").first()
    expected = neighbourhood_at(latitude=point.latitude, longitude=point.longitude)
    assert expected is not None

    response = client.post("/alerts/subscribe/", form(address="12 Main Street"))
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert list(subscriber.neighbourhoods.all()) == [expected]
    assert subscriber.address.startswith("12 Main")


def test_an_address_outside_every_neighbourhood_is_refused_kindly(client, hoods):
    page = client.post("/alerts/subscribe/", form(address="1 Nowhere Road")).content.decode()
    assert "could not place this address" in page
    assert 'value="1 Nowhere Road"' in page


def test_stop_ends_all_texts_through_the_opt_out_registry(hoods):
    from reporting.alerts.services import alert_fanout

    from .conftest import alert_make

    subscriber_make(phone=PHONE, email="a@example.org", neighbourhoods=[hoods[0]])
    OptOut.objects.create(phone=PHONE, source=OptOut.Source.KEYWORD, keyword="STOP")
    alert = alert_make(neighbourhoods=[hoods[0]])
    result = alert_fanout(alert_id=alert.pk)
    assert result.opted_out == 1
    assert not Message.objects.filter(channel="sms", kind="alert").exists()
    assert Message.objects.filter(channel="email", kind="alert").count() == 1


def test_the_signed_token_is_short_and_checked_in_constant_time():
    token = services.preferences_token(42)
    assert re.fullmatch(r"42-[0-9a-f]{20}", token)
    assert services._unsign(services.TOKEN_SALT, token) == 42
    assert services._unsign(services.TOKEN_SALT, "42-" + "0" * 20) is None
    assert services._unsign(services.CONFIRM_SALT, token) is None


def test_confirmation_emails_go_through_the_outbox_not_directly(client, hoods):
    client.post("/alerts/subscribe/", form(phone="", neighbourhoods=[hoods[0].pk]))
    assert mail.outbox == []  # queued as an outbox row; the worker sends it
    assert Message.objects.filter(channel="email", kind="alert_confirm").count() == 1


def test_sign_ups_are_limited_per_address(client, hoods, settings):
    settings.ALERTS_SUBSCRIBE_RATE = "2/h"
    address = "2001:db8::" + secrets.token_hex(2)  # a fresh counter for each run
    for n in range(2):
        response = client.post(
            "/alerts/subscribe/",
            form(phone="", email=f"r{n}@example.org", whole_city="on"),
            REMOTE_ADDR=address,
        )
        assert response.status_code == 302
    response = client.post(
        "/alerts/subscribe/",
        form(phone="", email="r3@example.org", whole_city="on"),
        REMOTE_ADDR=address,
    )
    assert response.status_code == 429
    assert "Too many sign-ups from here" in response.content.decode()
    assert 'value="r3@example.org"' in response.content.decode()
    assert Subscriber.objects.count() == 2


def test_a_number_signed_up_again_and_again_gets_one_confirm_text_a_day(client, hoods):
    for _n in range(3):
        client.post("/alerts/subscribe/", form(phone=PHONE, email="", whole_city="on"))
    assert Subscriber.objects.filter(phone=PHONE).count() == 3
    assert Message.objects.filter(channel="sms", kind="alert_confirm", to=PHONE).count() == 1
    # One YES confirms every sign-up waiting for the number.
    assert services.subscription_confirm_sms(phone=PHONE, body="YES")
    assert not Subscriber.objects.filter(phone=PHONE, phone_confirmed_at__isnull=True).exists()


def test_an_address_signed_up_again_and_again_gets_one_confirm_email_a_day(client, hoods):
    for _n in range(3):
        client.post("/alerts/subscribe/", form(phone="", email="a@example.org", whole_city="on"))
    assert Message.objects.filter(channel="email", kind="alert_confirm").count() == 1
    first = Subscriber.objects.order_by("pk").first()
    link = services.email_confirm_url(first.pk).removeprefix("https://portal.example")
    assert client.get(link).status_code == 200
    assert not Subscriber.objects.filter(email_confirmed_at__isnull=True).exists()
