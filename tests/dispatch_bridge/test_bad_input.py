"""Odd ids and dates from a supervisor's URL bar: a 404 or a message, never a 500."""

import pytest
from django.urls import reverse

from dispatch_bridge.forms import AuditFilterForm, StatsRangeForm
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db

OUT_OF_RANGE = ["9999-12-31", "0001-01-01", "1999-12-31"]


def test_acknowledging_an_unknown_alert_is_a_404(client, supervisor):
    login_with_mfa(client, supervisor)

    assert client.post(reverse("dispatch:alert_ack", args=[999999])).status_code == 404


@pytest.mark.parametrize(
    ("action", "data"),
    [("claim", {}), ("release", {}), ("request_info", {"question": ""}), ("approve", {})],
)
def test_an_action_on_an_unknown_item_is_a_404_and_changes_nothing(
    client, dispatcher, action, data
):
    from portal.staff.models import AuditEntry

    login_with_mfa(client, dispatcher)
    before = AuditEntry.objects.count()

    url = reverse("dispatch:item_action", args=[999999, action])
    assert client.post(url, data).status_code == 404
    assert not AuditEntry.objects.filter(object_id="999999").exists()
    assert AuditEntry.objects.count() == before


@pytest.mark.parametrize("day", OUT_OF_RANGE)
@pytest.mark.parametrize("field", ["since", "until"])
def test_stats_refuse_dates_out_of_range_with_a_message(client, supervisor, day, field):
    login_with_mfa(client, supervisor)
    query = {"since": "2026-01-01", "until": "2026-01-31", field: day}

    response = client.get(reverse("dispatch:stats"), query)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a date between 2000-01-01 and" in html
    assert f'value="{day}"' in html  # what was typed is kept


@pytest.mark.parametrize("day", OUT_OF_RANGE)
@pytest.mark.parametrize("field", ["since", "until"])
def test_the_audit_log_refuses_dates_out_of_range_with_a_message(client, supervisor, day, field):
    login_with_mfa(client, supervisor)

    for extra in ({}, {"format": "csv"}):
        response = client.get(reverse("dispatch:audit"), {field: day, **extra})
        assert response.status_code == 200

    html = client.get(reverse("dispatch:audit"), {field: day}).content.decode()
    assert "Enter a date between 2000-01-01 and" in html


def test_the_date_message_is_translated(settings):
    from django.utils import translation

    with translation.override("es"):
        form = StatsRangeForm({"since": "9999-12-31", "until": "9999-12-31"})
        assert not form.is_valid()
        assert "Escriba una fecha entre 2000-01-01 y" in str(form.errors["since"])
    assert AuditFilterForm({"since": "2026-01-01"}).is_valid()
