"""The reporter's answer reaches the queue: the item is flagged and, if it was waiting on that
answer, goes back to review (as the reporter's move, audited)."""

import pytest
from django.urls import reverse

from dispatch_bridge import services
from dispatch_bridge.models import QueueItem
from portal.staff.models import AuditEntry
from reporting.messaging.inbound import sms_inbound_receive
from reporting.messaging.models import Message
from reporting.models import ReportStatus
from reporting.services import report_reply_add
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db

TWILIO_NUMBER = "+12025550199"


@pytest.fixture
def waiting(item, dispatcher):
    """An item whose dispatcher asked the reporter a question."""
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    services.queue_item_request_info(
        item_id=item.pk, actor=dispatcher, question="Which fence panel?"
    )
    item.refresh_from_db()
    assert item.report.status == ReportStatus.NEEDS_INFO
    return item


def reply_on_status_page(item, body="The one by the gate."):
    return report_reply_add(report=item.report, body=body)


def reply_by_text(item, body="The one by the gate.", sid="SM" + "1" * 32):
    return sms_inbound_receive(
        sid=sid, from_=str(item.report.phone), to=TWILIO_NUMBER, body=body, media=[]
    )


@pytest.mark.parametrize(
    ("reply", "via"), [(reply_on_status_page, "status_page"), (reply_by_text, "sms")]
)
def test_an_answer_puts_a_needs_info_item_back_in_review(
    waiting, reply, via, django_capture_on_commit_callbacks
):
    before = QueueItem.objects.get(pk=waiting.pk)
    outbound = Message.objects.filter(report=waiting.report, direction="outbound").count()

    with django_capture_on_commit_callbacks(execute=True):
        reply(waiting)

    item = QueueItem.objects.select_related("report").get(pk=waiting.pk)
    assert item.report.status == ReportStatus.IN_REVIEW
    assert item.reporter_replied_at is not None and item.reply_waiting
    assert item.updated_at > before.updated_at  # the console's poll notices
    assert item.claimed_by == before.claimed_by  # still the asking dispatcher's
    event = item.report.events.order_by("-pk").first()
    assert event.status == ReportStatus.IN_REVIEW and event.actor is None
    entry = AuditEntry.objects.get(action="queue.resume")
    assert entry.actor is None and entry.actor_label == "reporter"
    assert entry.detail == {"via": via, "from": "needs_info", "to": "in_review"}
    # Going back to review is not news for the reporter: no message about it.
    assert Message.objects.filter(report=waiting.report, direction="outbound").count() == outbound


def test_an_answer_while_in_review_only_flags_the_item(
    item, dispatcher, django_capture_on_commit_callbacks
):
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)

    with django_capture_on_commit_callbacks(execute=True):
        reply_on_status_page(item)

    item.refresh_from_db()
    assert item.report.status == ReportStatus.IN_REVIEW and item.reporter_replied_at
    assert AuditEntry.objects.filter(
        action="queue.reporter_replied", actor_label="reporter"
    ).exists()


def test_keywords_are_not_answers(waiting, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        reply_by_text(waiting, body="HELP")

    item = QueueItem.objects.select_related("report").get(pk=waiting.pk)
    assert item.reporter_replied_at is None
    assert item.report.status == ReportStatus.NEEDS_INFO


def test_the_console_shows_the_reply_cue(
    client, waiting, dispatcher, django_capture_on_commit_callbacks
):
    login_with_mfa(client, dispatcher)
    rows = client.get(reverse("dispatch:queue_rows")).json()["rows"]
    assert "Reporter replied" not in rows

    with django_capture_on_commit_callbacks(execute=True):
        reply_by_text(waiting)

    rows = client.get(reverse("dispatch:queue_rows")).json()["rows"]
    assert "Reporter replied" in rows
    page = client.get(reverse("dispatch:item", args=[waiting.pk])).content.decode()
    assert 'class="reply-notice"' in page

    services.queue_item_approve(item_id=waiting.pk, actor=dispatcher)
    page = client.get(reverse("dispatch:item", args=[waiting.pk])).content.decode()
    assert 'class="reply-notice"' not in page  # answered by the decision


def test_the_cue_is_translated(client, waiting, dispatcher, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        reply_on_status_page(waiting)
    login_with_mfa(client, dispatcher)

    rows = client.get(reverse("dispatch:queue_rows"), HTTP_ACCEPT_LANGUAGE="es").json()["rows"]

    assert "Respondió quien reporta" in rows


def test_a_spanish_console_request_leaves_the_threads_language_alone(client, dispatcher):
    from django.utils import translation

    login_with_mfa(client, dispatcher)
    with translation.override("en"):
        client.get(reverse("dispatch:queue_rows"), HTTP_ACCEPT_LANGUAGE="es")
        assert translation.get_language() == "en"
