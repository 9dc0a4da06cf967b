"""The survey page and the status page after close with odd input: the form again or a 404,
never a 500; a comment with markup is shown escaped on the staff statistics page."""

import pytest

from reporting.selectors import status_token_for
from tests.factories import report_submit_for_test
from tests.reporting.helpers import reverse
from tests.support.staff import login_with_mfa, make_staff

from .test_survey_and_followups import close

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def staff(db):
    return make_staff("dispatcher", "dispatcher")


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"score": "²"},
        {"score": "9" * 40},
        {"score": "0", "comment": "x" * 5000},
        {"score": ["1", "2"]},
        {"score": "5", "comment": "x" * 501},
        {"score": "5", "comment": "😀" * 400, "via": "email"},
    ],
)
def test_survey_odd_posts(client, site, staff, data):
    report = close(report_submit_for_test(), staff)
    url = reverse("reporting:survey", args=[status_token_for(report)])
    assert client.post(url, data).status_code in (302, 400)


def test_survey_and_status_odd_tokens(client, site):
    for token in ["²", "x" * 500, "-", "1-2-3"]:
        assert client.get(reverse("reporting:survey", args=[token])).status_code == 404
        assert client.post(reverse("reporting:status", args=[token])).status_code == 404
    assert client.put(reverse("reporting:survey", args=["x"])).status_code == 405


def test_markup_in_a_comment_and_a_reply_is_escaped_for_staff(client, site, staff):
    report = close(report_submit_for_test(), staff)
    token = status_token_for(report)
    client.post(reverse("reporting:survey", args=[token]), {"score": "1", "comment": SCRIPT})
    response = client.post(reverse("reporting:status", args=[token]), {"body": SCRIPT})
    assert response.status_code in (200, 302)
    client.logout()
    login_with_mfa(client, make_staff("boss", "supervisor"))
    page = client.get("/dispatch/stats/").content.decode()
    assert "&lt;script&gt;alert(1)" in page and SCRIPT not in page
    item = client.get(f"/dispatch/items/{report.queue_item.pk}/").content.decode()
    assert SCRIPT not in item
