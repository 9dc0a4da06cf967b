"""Staff see how a report came (web, text, phone then text) in the queue and on the item, and
read a report-by-text's whole conversation on the item, escaped."""

import pytest
from django.test import Client
from django.urls import reverse

from reporting.models import Report
from tests.factories import report_submit_for_test
from tests.support.staff import login_with_mfa, make_staff

from .helpers import Phone

pytestmark = pytest.mark.django_db


@pytest.fixture
def text_report(client, site, lost_property, settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    phone = Phone(client)
    phone.file_report(name="<b>Alex</b> O'Brien")
    return Report.objects.get(channel="sms"), phone


def test_the_queue_and_the_item_show_the_channel_and_the_conversation(text_report):
    report, phone = text_report
    web = report_submit_for_test(phone="+12025550100", category=report.category)
    staff = Client()
    login_with_mfa(staff, make_staff("dispatcher", "dispatcher"))

    queue = staff.get("/dispatch/").content.decode()
    assert '<th scope="col">Channel</th>' in queue
    assert '<td class="channel channel--sms">Text message</td>' in queue
    assert '<td class="channel channel--web">Web form</td>' in queue

    page = staff.get(reverse("dispatch:item", args=[report.queue_item.pk])).content.decode()
    assert '<dd class="channel channel--sms">Text message</dd>' in page
    assert "the whole conversation, every question and every answer" in page
    # Every question and every answer, in order, escaped.
    assert "<b>Alex</b>" not in page
    assert "&lt;b&gt;Alex&lt;/b&gt; O&#x27;Brien" in page
    position = 0
    for text in ("REPORT", phone.replies[0].split("\n")[0], "My bicycle was taken", "send"):
        found = page.find(text.replace("'", "&#x27;"), position)
        assert found > position, text
        position = found
    web_page = staff.get(reverse("dispatch:item", args=[web.queue_item.pk])).content.decode()
    assert '<dd class="channel channel--web">Web form</dd>' in web_page
    assert "the whole conversation" not in web_page
