"""Every channel a resident writes through reaches the right outcome: wizard fields, answers on
the status page, inbound texts. Real PostgreSQL, Redis cache and the real services."""

import pytest
from django.urls import reverse

from dispatch_bridge.models import SupervisorAlert
from portal.staff.models import AuditEntry
from reporting.messaging.models import Message, OptOut
from reporting.models import Priority, Report, TriageFinding
from reporting.services import report_submit
from tests.factories import CategoryFactory
from tests.reporting.helpers import fill_all, post_step, screen, step_url, submit
from tests.reporting.messaging.conftest import REPORTER, sign

pytestmark = pytest.mark.django_db

INBOUND = "/twilio/sms/inbound/"


# --- The wizard: every free-text field -----------------------------------------------------


def test_a_weapon_in_the_suspect_description_brings_back_call_911_naming_it(
    client, site, vandalism
):
    fill_all(client)
    response = post_step(client, "who", {"suspect": "Tall man, he has a gun in his waistband"})
    assert response.status_code == 302
    assert response.url == reverse("reporting:emergency_check") + "?next=property"

    page = client.get(response.url).content.decode()
    assert 'href="tel:911"' in page
    assert "You wrote that someone has a weapon." in page
    assert '“<span lang="en">gun</span>”' in page
    # What was typed is kept in the draft while the resident decides.
    assert "waistband" in client.get(step_url("who")).content.decode()


def test_the_call_911_page_speaks_the_residents_language(client, site, vandalism):
    screen(client, prefix="/es")
    post_step(client, "category", prefix="/es")
    response = post_step(
        client, "what", {"narrative": "Mi papá se cayó y no despierta"}, prefix="/es"
    )
    page = client.get(response.url).content.decode()
    assert "Llame al 911 ahora" in page or "Llame al 9-1-1" in page
    assert "Usted escribió que alguien podría no estar respirando o no despertar." in page


def test_a_reporter_who_goes_on_files_an_urgent_item_with_the_reasons_kept(
    client, site, vandalism, django_capture_on_commit_callbacks
):
    fill_all(client)
    post_step(client, "property", {"item1_description": "Laptop. The garage is on fire now"})
    client.post(reverse("reporting:emergency_check"), {"next": "photos"})

    with django_capture_on_commit_callbacks(execute=True):
        submit(client)

    report = Report.objects.get()
    assert report.possible_emergency is True
    assert report.queue_item.priority == Priority.URGENT
    assert SupervisorAlert.objects.filter(item=report.queue_item).exists()
    (finding,) = report.triage_findings.all()
    assert (finding.concept, finding.source, finding.field) == (
        "fire",
        "wizard",
        "property.item1_description",
    )
    assert finding.sentence_parts == ("The garage is ", "on fire", " now")


def test_a_new_kind_of_emergency_on_a_later_step_warns_again(client, site, vandalism):
    fill_all(client)
    post_step(client, "what", {"narrative": "Someone is following me in a grey car"})
    client.post(reverse("reporting:emergency_check"), {"next": "where"})
    # The same concept again: no second warning.
    assert post_step(client, "who", {"suspect": "the driver following me"}).url == step_url(
        "property"
    )
    # A weapon is new: warned again.
    response = post_step(client, "who", {"suspect": "the driver has a knife"})
    assert response.url.startswith(reverse("reporting:emergency_check"))


def test_negated_and_past_words_go_through_as_an_ordinary_report(client, site, vandalism):
    fill_all(
        client,
        {
            "what": {"narrative": "Nobody was hurt. Fireworks last week broke my window."},
            "who": {"suspect": "No weapons were involved"},
        },
    )
    response = submit(client)
    assert response.status_code == 302
    assert Report.objects.get().possible_emergency is False
    assert not TriageFinding.objects.exists()


# --- Answers on the status page ------------------------------------------------------------


def _status_url(report):
    from reporting.selectors import status_token_for

    return reverse("reporting:status", args=[status_token_for(report)])


def test_an_emergency_in_an_answer_is_sent_and_answered_with_call_911(
    client, site, django_capture_on_commit_callbacks
):
    report = report_submit(
        category=CategoryFactory(),
        reporter_name="Ana",
        language="es",
        narrative="Alguien rayó mi carro anoche.",
        phone="+12025550100",
        email="",
        callback_channel="sms",
        address="12 Oak Street",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/es" + _status_url(report), {"body": "El hombre regresó y tiene una pistola"}
        )

    page = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:911"' in page
    assert "Usted escribió que alguien tiene un arma." in page
    assert report.replies.get().body == "El hombre regresó y tiene una pistola"  # never lost
    report.refresh_from_db()
    assert report.possible_emergency is True
    assert report.queue_item.priority == Priority.URGENT
    assert SupervisorAlert.objects.filter(
        item=report.queue_item, kind="possible_emergency"
    ).exists()
    assert AuditEntry.objects.filter(action="queue.emergency_language").exists()
    assert report.triage_findings.get().source == "status_page"


def test_an_ordinary_answer_just_goes_back_to_the_status_page(client, site):
    report = report_submit(
        category=CategoryFactory(),
        reporter_name="Ana",
        language="en",
        narrative="Someone keyed my car overnight.",
        phone="+12025550100",
        email="",
        callback_channel="sms",
        address="12 Oak Street",
    )
    response = client.post(_status_url(report), {"body": "No one was hurt, it was parked."})
    assert response.status_code == 302
    assert not report.triage_findings.exists()


# --- Inbound texts (and MMS captions) ------------------------------------------------------


def _inbound(body, sid, **more):
    return {
        "MessageSid": sid,
        "SmsSid": sid,
        "AccountSid": "AC" + "a" * 32,
        "From": REPORTER,
        "To": "+15005550006",
        "Body": body,
        "NumMedia": "0",
        **more,
    }


def _post_signed(client, params):
    signature = sign(f"http://testserver{INBOUND}", params)
    return client.post(INBOUND, params, HTTP_X_TWILIO_SIGNATURE=signature)


@pytest.fixture
def texting(settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    return settings


def test_an_emergency_text_gets_call_911_at_once_in_the_reporters_language(
    client, site, texting, django_capture_on_commit_callbacks
):
    report = report_submit(
        category=CategoryFactory(),
        reporter_name="Ana",
        language="es",
        narrative="Me robaron la bicicleta.",
        phone=REPORTER,
        email="",
        callback_channel="sms",
        address="12 Oak Street",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = _post_signed(client, _inbound("ayuda mi esposo no respira", "SM" + "2" * 32))

    body = response.content.decode()
    assert response.status_code == 200
    assert "<Message>" in body and "llame o envíe un texto al 9-1-1 ahora" in body
    report.refresh_from_db()
    assert report.queue_item.priority == Priority.URGENT
    assert SupervisorAlert.objects.filter(item=report.queue_item).exists()
    assert report.triage_findings.get().source == "sms"
    assert Message.objects.filter(kind="reply_emergency", to=REPORTER).exists()


def test_an_mms_caption_is_checked_too(client, site, texting):
    report = report_submit(
        category=CategoryFactory(),
        reporter_name="Sam",
        language="en",
        narrative="Someone broke my mailbox.",
        phone=REPORTER,
        email="",
        callback_channel="sms",
        address="12 Oak Street",
    )
    params = _inbound(
        "the guy in this photo is back with a knife",
        "MM" + "3" * 32,
        NumMedia="1",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME1",
        MediaContentType0="image/jpeg",
    )
    response = _post_signed(client, params)
    assert "If this is an emergency, call or text 9-1-1 now" in response.content.decode()
    assert report.triage_findings.get().concept == "weapon"


def test_stop_is_still_honoured_and_ordinary_texts_get_no_warning(client, site, texting):
    report_submit(
        category=CategoryFactory(),
        reporter_name="Sam",
        language="en",
        narrative="Someone broke my mailbox.",
        phone=REPORTER,
        email="",
        callback_channel="sms",
        address="12 Oak Street",
    )
    ordinary = _post_signed(
        client, _inbound("The paint was blue, nobody was hurt", "SM" + "4" * 32)
    )
    assert "9-1-1 now" not in ordinary.content.decode()
    _post_signed(client, _inbound("STOP", "SM" + "5" * 32))
    assert OptOut.objects.filter(phone=REPORTER).exists()


def test_the_emergency_reply_goes_out_even_when_the_senders_rate_is_used_up(client, site, texting):
    from reporting.messaging.ratelimit import rate_acquire, rate_reset

    report_submit(
        category=CategoryFactory(),
        reporter_name="Sam",
        language="en",
        narrative="Someone broke my mailbox.",
        phone=REPORTER,
        email="",
        callback_channel="sms",
        address="12 Oak Street",
    )
    rate_reset()
    try:
        while rate_acquire(wait=0):
            pass  # the sender's whole window is taken by other sends
        assert not rate_acquire(wait=0)
        response = _post_signed(client, _inbound("my dad isnt breathing", "SM" + "6" * 32))
    finally:
        rate_reset()
    # The reply is the webhook's own answer (TwiML), not a queued send: nothing can hold it.
    assert "If this is an emergency, call or text 9-1-1 now" in response.content.decode()
