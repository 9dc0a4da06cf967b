"""The line's figures on the console's statistics page: supervisors only."""

import pytest
from django.urls import reverse

from reporting.messaging.models import Message
from tests.reporting.messaging.conftest import deliver_until_done
from tests.support.staff import login_with_mfa

from .conftest import Call

pytestmark = pytest.mark.django_db


def test_supervisors_see_calls_texts_and_reports_from_the_line(client, line, supervisor):
    caller = Call(client)
    caller.dial_in()
    caller.stay_silent()
    caller.press("1")
    deliver_until_done(Message.objects.get(kind="phone_line_link"))
    Call(client, caller="+12025550177").dial_in()

    login_with_mfa(client, supervisor)
    response = client.get(reverse("dispatch:stats"))

    assert response.status_code == 200
    counts = response.context["phone_line"]
    assert (counts.calls, counts.texts_sent, counts.reports) == (2, 1, 0)
    html = response.content.decode()
    assert "Non-emergency phone line" in html
    assert '<dd id="stat-line-calls">2</dd>' in html
    assert '<dd id="stat-line-texts">1</dd>' in html
    assert "0%" in html  # deflection: no report yet


def test_dispatchers_do_not_see_the_statistics(client, line, dispatcher):
    login_with_mfa(client, dispatcher)
    assert client.get(reverse("dispatch:stats")).status_code == 403
