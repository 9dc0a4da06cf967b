"""The new staff pages and CSVs per role, and untrusted text on them escaped."""

import pytest

from reporting.alerts.models import Subscriber
from tests.support.staff import login_with_mfa, make_staff

from .conftest import alert_make

pytestmark = pytest.mark.django_db

CSV = "/dispatch/stats/?since=2026-01-01&until=2026-01-31&format=csv&table=categories"


@pytest.mark.parametrize(
    ("groups", "counts", "stats"),
    [
        ((), 302, 302),
        (("dispatcher",), 403, 403),
        (("Community relations editor",), 403, 403),
        (("supervisor",), 200, 200),
    ],
)
def test_staff_alert_counts_and_statistics_csv_per_role(client, hoods, groups, counts, stats):
    alert_make(neighbourhoods=[hoods[0]], headline_en="<script>alert(1)</script>")
    if groups:
        login_with_mfa(client, make_staff("someone", *groups))
    response = client.get("/staff/alerts/")
    assert response.status_code == counts
    if counts == 200:
        assert b"<script>alert(1)" not in response.content
    assert client.get(CSV).status_code == stats
    assert client.get("/dispatch/stats/?since=%C2%B2&until=x%00").status_code in (stats, 400)


def test_no_subscriber_data_on_public_alert_pages(client, hoods):
    alert = alert_make(neighbourhoods=[hoods[0]])
    Subscriber.objects.create(
        email="secret-person@example.com", phone="+12025550199", language="en", whole_city=True
    )
    for path in [
        "/alerts/",
        "/alerts/feed.atom",
        f"/alerts/{alert.uid}/",
        f"/alerts/{alert.uid}.cap.xml",
    ]:
        body = client.get(path).content
        assert b"secret-person" not in body and b"5550199" not in body
