"""Only the holder (or a supervisor) escalates a claimed item or contacts its reporter; nobody
contacts the reporter of a closed item. Refusals are messages, never 500s."""

import pytest
from django.urls import reverse

import reporting.messaging.services as messaging
from dispatch_bridge import services
from dispatch_bridge.models import SupervisorAlert
from portal.staff.models import AuditEntry
from reporting.models import ReportStatus
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(item, dispatcher):
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    item.refresh_from_db()
    return item


@pytest.fixture
def calls(monkeypatch):
    made = []
    monkeypatch.setattr(messaging, "call_back_start", lambda **kw: made.append(kw))
    return made


def test_another_dispatcher_cannot_escalate_a_claimed_item(held, dispatcher2):
    with pytest.raises(services.AlreadyClaimed):
        services.queue_item_escalate(item_id=held.pk, actor=dispatcher2)

    held.refresh_from_db()
    assert held.report.status == ReportStatus.IN_REVIEW and not SupervisorAlert.objects.exists()
    assert AuditEntry.objects.filter(
        action="queue.escalate", actor=dispatcher2, outcome="denied"
    ).exists()


def test_the_holder_or_a_supervisor_can_escalate_and_anyone_an_unclaimed_item(
    held, dispatcher2, supervisor, report
):
    services.queue_item_escalate(item_id=held.pk, actor=supervisor)
    held.refresh_from_db()
    assert held.report.status == ReportStatus.ESCALATED and held.claimed_by.username == "dispatcher"

    from tests.factories import report_submit_for_test

    free = report_submit_for_test().queue_item
    services.queue_item_escalate(item_id=free.pk, actor=dispatcher2)
    free.refresh_from_db()
    assert free.report.status == ReportStatus.ESCALATED and free.claimed_by == dispatcher2


def test_the_escalate_button_is_not_offered_on_someone_elses_item(client, held, dispatcher2):
    login_with_mfa(client, dispatcher2)
    html = client.get(reverse("dispatch:item", args=[held.pk])).content.decode()
    assert reverse("dispatch:item_action", args=[held.pk, "escalate"]) not in html

    response = client.post(
        reverse("dispatch:item_action", args=[held.pk, "escalate"]), {"note": ""}, follow=True
    )
    assert response.status_code == 200
    assert "Someone else has already claimed this item." in response.content.decode()


def test_only_the_holder_or_a_supervisor_texts_the_reporter(held, dispatcher2, supervisor):
    with pytest.raises(services.NotAllowed):
        services.queue_item_send_sms(item_id=held.pk, actor=dispatcher2, body="Hello")
    assert not held.report.messages.filter(automatic=False).exists()
    assert AuditEntry.objects.filter(
        action="queue.send_sms", actor=dispatcher2, outcome="denied"
    ).exists()

    assert services.queue_item_send_sms(item_id=held.pk, actor=supervisor, body="Hello")


def test_a_non_holders_text_is_refused_with_a_message(client, held, dispatcher2):
    login_with_mfa(client, dispatcher2)
    page = client.get(reverse("dispatch:item", args=[held.pk])).content.decode()
    assert reverse("dispatch:item_sms", args=[held.pk]) not in page
    assert "Claim the item before you contact the reporter." in page

    response = client.post(
        reverse("dispatch:item_sms", args=[held.pk]), {"body": "Hello"}, follow=True
    )

    assert response.status_code == 200
    assert "Claim the item before you contact the reporter." in response.content.decode()
    assert not held.report.messages.filter(automatic=False).exists()


def test_a_non_holders_call_back_is_refused_with_a_message(client, held, dispatcher2, calls):
    login_with_mfa(client, dispatcher2)

    response = client.post(
        reverse("dispatch:item_call_back", args=[held.pk]), {"mode": "voice"}, follow=True
    )

    assert response.status_code == 200 and calls == []
    assert "Claim the item before you contact the reporter." in response.content.decode()
    assert AuditEntry.objects.filter(
        action="queue.call_back", actor=dispatcher2, outcome="denied"
    ).exists()


def test_nobody_contacts_the_reporter_of_a_closed_item(client, held, dispatcher, supervisor, calls):
    services.queue_item_approve(item_id=held.pk, actor=dispatcher)
    services.queue_item_close(item_id=held.pk, actor=dispatcher, disposition_code="01")
    held.refresh_from_db()
    assert held.closed_at is not None

    for actor in (dispatcher, supervisor):
        with pytest.raises(services.IllegalMove):
            services.queue_item_send_sms(item_id=held.pk, actor=actor, body="Hello")
        with pytest.raises(services.IllegalMove):
            services.queue_item_call_back(item_id=held.pk, actor=actor, mode="voice")
    assert calls == []

    login_with_mfa(client, supervisor)
    closed = "This item is closed: reopen it before contacting the reporter."
    response = client.post(
        reverse("dispatch:item_sms", args=[held.pk]), {"body": "Hello"}, follow=True
    )
    assert response.status_code == 200 and closed in response.content.decode()
    response = client.post(
        reverse("dispatch:item_call_back", args=[held.pk]), {"mode": "voice"}, follow=True
    )
    assert response.status_code == 200 and closed in response.content.decode()


def test_the_holder_still_calls_back(client, held, dispatcher, calls):
    login_with_mfa(client, dispatcher)

    client.post(reverse("dispatch:item_call_back", args=[held.pk]), {"mode": "tty_relay"})

    assert calls == [{"report": held.report, "user": dispatcher, "mode": "tty_relay"}]
