"""The console shows why an item may be an emergency; a dispatcher can mark a finding "not an
emergency" (audited), and the mark reaches the list editors' review page."""

import pytest
from django.urls import reverse

from portal.staff.models import AuditEntry
from reporting.services import triage_findings_record
from reporting.triage.lists import check_fields
from tests.factories import report_submit_for_test
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagged(db):
    text = "Ventana rota. <b>Él</b> tiene una pistola en la mano."
    report = report_submit_for_test(narrative=text, language="es", possible_emergency=True)
    triage_findings_record(
        report=report, source="wizard", findings=check_fields({"what.narrative": text})
    )
    return report


def test_the_console_shows_the_sentence_and_marks_the_words_that_fired(client, dispatcher, flagged):
    login_with_mfa(client, dispatcher)
    page = client.get(reverse("dispatch:item", args=[flagged.queue_item.pk])).content.decode()
    assert "Why this may be an emergency" in page
    assert "A weapon present" in page
    # Escaped, with the words that fired marked, in the reporter's language.
    assert '<blockquote lang="es">' in page
    assert "&lt;b&gt;Él&lt;/b&gt; tiene una <mark>pistola</mark> en la mano." in page
    assert "<b>Él</b>" not in page


def test_a_dispatcher_marks_a_finding_not_an_emergency_and_it_is_audited(
    client, dispatcher, admin_user, flagged
):
    finding = flagged.triage_findings.get()
    url = reverse("dispatch:finding_dismiss", args=[flagged.queue_item.pk, finding.pk])
    login_with_mfa(client, dispatcher)

    missing_reason = client.post(url, {"note": " "})
    assert missing_reason.status_code == 400
    assert "This field is required." in missing_reason.content.decode()

    response = client.post(url, {"note": "It is a toy, the caller confirmed"})
    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.dismissed_by == dispatcher and finding.dismissed_at is not None
    entry = AuditEntry.objects.get(action="triage.not_emergency")
    assert entry.detail["concept"] == "weapon"

    client.logout()
    login_with_mfa(client, admin_user)
    review = client.get(reverse("triage_marked")).content.decode()
    assert "It is a toy, the caller confirmed" in review
    assert "<mark>pistola</mark>" in review


def test_people_without_the_queue_permission_cannot_mark_findings(client, editor, flagged):
    finding = flagged.triage_findings.get()
    login_with_mfa(client, editor)
    response = client.post(
        reverse("dispatch:finding_dismiss", args=[flagged.queue_item.pk, finding.pk]),
        {"note": "no"},
    )
    assert response.status_code == 403
    finding.refresh_from_db()
    assert finding.dismissed_at is None


def test_dispatchers_cannot_open_the_list_editors_pages(client, dispatcher):
    login_with_mfa(client, dispatcher)
    assert client.get(reverse("triage_marked")).status_code in (302, 403)
    assert client.get(reverse("triage_try")).status_code in (302, 403)
