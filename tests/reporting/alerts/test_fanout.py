"""Publishing fans out: one outbox row per subscriber and channel, in their language, paced by
the sender's rate, never twice; Test alerts reach staff only."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver
from reporting.alerts import services
from reporting.alerts.models import Delivery, Subscriber
from reporting.alerts.selectors import delivery_counts
from reporting.messaging import backends
from reporting.messaging.models import Message
from reporting.messaging.segments import sms_segments

from .conftest import EAST, alert_make, subscriber_make

pytestmark = pytest.mark.django_db


def fanout(alert):
    return services.alert_fanout(alert_id=alert.pk)


def test_each_subscriber_gets_one_message_per_confirmed_channel_in_their_language(hoods):
    west, east = hoods
    en = subscriber_make(phone="+12025550101", email="en@example.org", neighbourhoods=[west])
    es = subscriber_make(phone="+12025550102", language="es", neighbourhoods=[west])
    subscriber_make(phone="+12025550103", neighbourhoods=[east])  # elsewhere
    subscriber_make(phone="+12025550104", confirmed=False, neighbourhoods=[west])  # no YES yet
    everywhere = subscriber_make(email="city@example.org", whole_city=True)
    alert = alert_make(neighbourhoods=[west])

    result = fanout(alert)

    assert result.messages == 4
    rows = {(d.subscriber_id, d.channel) for d in Delivery.objects.filter(alert=alert)}
    assert rows == {(en.pk, "sms"), (en.pk, "email"), (es.pk, "sms"), (everywhere.pk, "email")}
    es_text = Message.objects.get(to="+12025550102")
    assert "Calle Main cerrada" in es_text.body and "/es/alerts/preferences/" in es_text.body
    en_text = Message.objects.get(to="+12025550101")
    assert "Main Street closed" in en_text.body and "Reply STOP" in en_text.body
    assert services.preferences_token(en.pk) in en_text.body
    email = Message.objects.get(to="en@example.org")
    assert services.preferences_token(en.pk) in email.body and "unsubscribe" in email.body
    # Every message is an outbox row of messaging's kinds, keyed by its message.
    items = OutboxItem.objects.filter(kind__startswith="messaging.")
    keys = set(items.values_list("key", flat=True))
    assert {f"messaging.message:{m.pk}" for m in Message.objects.filter(kind="alert")} <= keys


def test_a_drawn_area_reaches_the_neighbourhoods_it_touches(hoods):
    west, east = hoods
    subscriber_make(phone="+12025550101", neighbourhoods=[west])
    subscriber_make(phone="+12025550103", neighbourhoods=[east])
    small = {"type": "Polygon", "coordinates": [[[1.2, 0.2], [1.4, 0.2], [1.4, 0.4], [1.2, 0.2]]]}
    alert = alert_make(area_geojson=str(small).replace("'", '"'), area_name="Oak Park")
    fanout(alert)
    assert list(Message.objects.filter(kind="alert").values_list("to", flat=True)) == [
        "+12025550103"
    ]
    assert EAST  # the square the drawn triangle sits in


def test_severity_threshold_per_channel(hoods):
    west = hoods[0]
    sub = subscriber_make(
        phone="+12025550101",
        email="a@example.org",
        neighbourhoods=[west],
        sms_threshold=3,
        email_threshold=0,
    )
    fanout(alert_make(neighbourhoods=[west], severity="Moderate"))
    assert set(Delivery.objects.filter(subscriber=sub).values_list("channel", flat=True)) == {
        "email"
    }


def test_fanning_out_twice_adds_nothing_and_the_key_forbids_duplicates(hoods):
    sub = subscriber_make(phone="+12025550101", neighbourhoods=[hoods[0]])
    alert = alert_make(neighbourhoods=[hoods[0]])
    assert fanout(alert).messages == 1
    assert fanout(alert).messages == 0
    assert Delivery.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Delivery.objects.create(alert=alert, subscriber=sub, channel="sms")


def test_test_and_exercise_alerts_go_to_staff_recipients_only(hoods):
    subscriber_make(phone="+12025550101", whole_city=True)
    staff = subscriber_make(phone="+12025550199", whole_city=True, staff_recipient=True)
    for status in ("Test", "Exercise"):
        alert = alert_make(status=status, whole_city=True)
        fanout(alert)
        assert list(Delivery.objects.filter(alert=alert).values_list("subscriber", flat=True)) == [
            staff.pk
        ]


def test_a_long_alert_sends_the_headline_and_a_link_within_two_segments(hoods):
    subscriber_make(phone="+12025550101", neighbourhoods=[hoods[0]])
    alert = alert_make(neighbourhoods=[hoods[0]], description_en="Detour. " * 60)
    fanout(alert)
    text = Message.objects.get(kind="alert")
    assert "Detour." not in text.body
    assert f"/alerts/{alert.uid}/" in text.body
    assert sms_segments(text.body).segments <= 2
    assert text.segments == sms_segments(text.body).segments


def test_texts_are_paced_by_the_sender_rate(hoods, settings):
    settings.MESSAGING_RATE_LIMITS = {**settings.MESSAGING_RATE_LIMITS, "toll_free": "3/second"}
    settings.MESSAGING_SENDER_TYPE = "toll_free"
    for n in range(6):
        subscriber_make(phone=f"+1202555011{n}", neighbourhoods=[hoods[0]])
    alert = alert_make(neighbourhoods=[hoods[0]], description_en="Short.", instruction_en="")
    result = fanout(alert)
    delays = sorted(delay for _pk, kind, delay in result.item_ids if kind == "messaging.sms")
    segments = Message.objects.filter(kind="alert").first().segments
    # 3 segments a second: each text waits for the ones before it.
    assert delays == pytest.approx([n * segments / 3 for n in range(6)])
    texts = OutboxItem.objects.filter(kind="messaging.sms")
    due = sorted(texts.values_list("next_attempt_at", flat=True))
    assert (due[-1] - due[0]).total_seconds() == pytest.approx(5 * segments / 3, abs=0.01)


def test_fanout_is_set_based(hoods):
    """The number of statements does not grow with the number of subscribers."""

    def statements(count):
        Subscriber.objects.all().delete()
        subs = Subscriber.objects.bulk_create(
            Subscriber(
                phone=f"+1202556{n:04d}",
                email=f"s{n}@example.org",
                phone_confirmed_at=timezone.now(),
                email_confirmed_at=timezone.now(),
                sms_threshold=0,
                email_threshold=0,
                whole_city=True,
            )
            for n in range(count)
        )
        alert = alert_make(whole_city=True)
        with CaptureQueriesContext(connection) as queries:
            result = fanout(alert)
        assert result.messages == 2 * len(subs)
        return len(queries)

    assert statements(5) == statements(60)


def test_delivering_a_row_sends_the_text_and_the_counts_follow(hoods):
    subscriber_make(phone="+12025550101", email="a@example.org", neighbourhoods=[hoods[0]])
    subscriber_make(phone="+12025550102", neighbourhoods=[hoods[0]])
    from reporting.messaging.models import OptOut

    OptOut.objects.create(phone="+12025550102", source="keyword")
    alert = alert_make(neighbourhoods=[hoods[0]])
    fanout_item = OutboxItem.objects.get(kind="alerts.fanout", target_id=alert.pk)
    assert item_deliver(item_id=fanout_item.pk) == "sent"
    [counts] = delivery_counts()
    assert (counts.queued, counts.sent, counts.opted_out) == (2, 0, 1)

    for item in OutboxItem.objects.filter(kind__startswith="messaging."):
        OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=timezone.now())
        assert item_deliver(item_id=item.pk) == "sent"
    assert [m["to"] for m in backends.outbox] == ["+12025550101"]
    Message.objects.filter(channel="sms").update(status="delivered")
    [counts] = delivery_counts()
    assert (counts.queued, counts.sent, counts.delivered, counts.failed) == (0, 1, 1, 0)


def test_other_databases_write_the_same_rows_with_bulk_create(hoods, monkeypatch):
    """The demo runs on SQLite, which has no unnest(): the same fan-out through bulk_create."""
    subscriber_make(phone="+12025550101", email="a@example.org", neighbourhoods=[hoods[0]])
    alert = alert_make(neighbourhoods=[hoods[0]])
    monkeypatch.setattr(connection, "vendor", "sqlite")
    result = fanout(alert)
    monkeypatch.undo()
    assert result.messages == 2
    assert Delivery.objects.filter(alert=alert, message__isnull=False).count() == 2
    assert OutboxItem.objects.filter(kind="messaging.email").count() == 1


def test_a_cancel_without_areas_reaches_those_the_original_reached(hoods):
    west, east = hoods
    subscriber_make(phone="+12025550101", neighbourhoods=[west])
    subscriber_make(phone="+12025550103", neighbourhoods=[east])
    original = alert_make(neighbourhoods=[west])
    cancel = alert_make(msg_type="Cancel", references=original, headline_en="Main Street open")
    fanout(cancel)
    [text] = Message.objects.filter(kind="alert")
    assert text.to == "+12025550101"
    assert "CANCELED: Main Street open" in text.body


def test_a_number_or_address_signed_up_twice_gets_one_message(hoods):
    west, east = hoods
    subscriber_make(phone="+12025550101", email="twice@example.org", neighbourhoods=[west])
    subscriber_make(phone="+12025550101", email="Twice@example.org", neighbourhoods=[east])
    subscriber_make(phone="+12025550101", whole_city=True)
    alert = alert_make(whole_city=True)

    assert fanout(alert).messages == 2
    assert Message.objects.filter(kind="alert", to="+12025550101").count() == 1
    assert Message.objects.filter(kind="alert", to__iexact="twice@example.org").count() == 1
    # A second run (a retry) still adds nothing.
    assert fanout(alert).messages == 0
