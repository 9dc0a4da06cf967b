"""The desk's number and hours, edited in Wagtail (Settings -> Phone line) by the admin role."""

import pytest

from reporting.voice.models import PhoneLineSettings
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db

URL = "/admin/settings/voice/phonelinesettings/{}/"


def form(**changes):
    return {
        "desk_number": "+12025550180",
        "desk_days": "weekdays",
        "desk_opens": "08:00",
        "desk_closes": "18:00",
        **changes,
    }


def test_the_admin_role_sets_the_desk_and_its_hours(client, site, admin_user):
    login_with_mfa(client, admin_user)
    assert 'name="desk_number"' in client.get(URL.format(site.pk)).content.decode()

    response = client.post(URL.format(site.pk), form())

    assert response.status_code == 302
    line = PhoneLineSettings.objects.get(site=site)
    assert line.desk_number == "+12025550180" and str(line.desk_opens) == "08:00:00"


def test_an_opening_time_without_a_closing_time_is_refused_and_kept(client, site, admin_user):
    login_with_mfa(client, admin_user)
    response = client.post(URL.format(site.pk), form(desk_closes=""))

    page = response.content.decode()
    assert response.status_code == 200  # Wagtail shows the form again
    assert "Give both the opening and the closing time" in page
    assert 'value="+12025550180"' in page or "202" in page
    assert not PhoneLineSettings.objects.filter(site=site, desk_opens__isnull=False).exists()


def test_a_dispatcher_cannot_change_the_desk(client, site, dispatcher):
    login_with_mfa(client, dispatcher)
    assert client.post(URL.format(site.pk), form()).status_code in (302, 403)
    assert not PhoneLineSettings.objects.filter(site=site, desk_number="+12025550180").exists()
