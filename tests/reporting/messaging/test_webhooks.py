"""Twilio's webhooks, posted as Twilio would (form-encoded, signed with the auth token)."""

import re

import pytest

from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver
from reporting.messaging import backends
from reporting.messaging.models import Message, OptOut
from reporting.messaging.services import call_back_start, message_queue
from reporting.messaging.twilio_backend import twilio_request_valid
from reporting.mms import mms_photos_save
from reporting.models import ReportAttachment
from tests.factories import report_submit_for_test
from tests.support.twiml import twiml_check

from .conftest import RELAY, REPORTER, deliver, sign

pytestmark = pytest.mark.django_db

INBOUND = "/twilio/sms/inbound/"
STATUS = "/twilio/sms/status/"
AGENCY = "+15005550006"


def inbound(body="Hello", sid="SM" + "1" * 32, from_=REPORTER, **more):
    return {
        "MessageSid": sid,
        "SmsSid": sid,
        "AccountSid": "AC" + "a" * 32,
        "From": from_,
        "To": AGENCY,
        "Body": body,
        "NumMedia": "0",
        **more,
    }


def sent_sms(report):
    sms = report.messages.get(channel="sms")
    deliver(sms)
    sms.refresh_from_db()
    return sms


# --- Signatures ----------------------------------------------------------------------------


def test_a_signed_inbound_text_is_accepted_and_joins_the_senders_open_report(
    post_signed, report, site
):
    response = post_signed(INBOUND, inbound("The paint is blue."))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    reply = report.messages.get(direction="inbound")
    assert reply.body == "The paint is blue." and reply.status == "received"
    assert reply.from_address == REPORTER
    assert b"<Message>" not in response.content  # a thread reply needs no auto-answer


@pytest.mark.parametrize(
    "case", ["unsigned", "forged", "tampered", "extra_param", "other_url", "wrong_token"]
)
def test_unsigned_forged_or_tampered_webhooks_get_403_and_change_nothing(client, report, case):
    params = inbound("The paint is blue.")
    signature = sign(f"http://testserver{INBOUND}", params)
    headers = {"HTTP_X_TWILIO_SIGNATURE": signature}
    if case == "unsigned":
        headers = {}
    elif case == "forged":
        headers = {"HTTP_X_TWILIO_SIGNATURE": "bm90IGEgc2lnbmF0dXJl"}
    elif case == "tampered":
        params = {**params, "Body": "Something else"}
    elif case == "extra_param":
        params = {**params, "Injected": "1"}
    elif case == "other_url":
        headers = {"HTTP_X_TWILIO_SIGNATURE": sign("http://testserver/twilio/sms/status/", params)}
    elif case == "wrong_token":
        headers = {"HTTP_X_TWILIO_SIGNATURE": sign(f"http://testserver{INBOUND}", params, "nope")}

    response = client.post(INBOUND, params, **headers)

    assert response.status_code == 403
    assert not Message.objects.filter(direction="inbound").exists()


def test_webhooks_take_only_post(client):
    assert client.get(INBOUND).status_code == 405


def test_behind_a_proxy_the_signature_is_checked_against_the_public_base_url(
    settings, post_signed, report
):
    settings.TWILIO_WEBHOOK_BASE_URL = "https://report.example.org"
    params = inbound("From behind the proxy")

    internal = post_signed(INBOUND, params)  # signed for http://testserver/...
    public = post_signed(INBOUND, params, signed_url=f"https://report.example.org{INBOUND}")

    assert internal.status_code == 403
    assert public.status_code == 200


def test_the_validator_agrees_with_twilios_published_example(rf, settings):
    """A known answer from twilio-python's own tests, so signing here is not circular."""
    settings.TWILIO_AUTH_TOKEN = "12345"
    settings.TWILIO_WEBHOOK_BASE_URL = "https://mycompany.com"
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+14158675309",
        "Digits": "1234",
        "From": "+14158675309",
        "To": "+18005551212",
    }
    request = rf.post(
        "/myapp.php?foo=1&bar=2", params, HTTP_X_TWILIO_SIGNATURE="RSOYDt4T1cUTdK1PDd93/VVr8B8="
    )

    assert twilio_request_valid(request)


# --- Keywords, threads, strangers ----------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["STOP", "stop", "Unsubscribe", "END", "QUIT", "STOPALL", "REVOKE", "OPTOUT", "CANCEL"]
)
def test_stop_family_keywords_record_an_opt_out(post_signed, report, word):
    response = post_signed(INBOUND, inbound(word))

    assert response.status_code == 200
    assert OptOut.objects.get(phone=REPORTER).source == "keyword"


def test_after_stop_no_text_is_sent_and_start_lifts_it(post_signed, report):
    post_signed(INBOUND, inbound("STOP"))
    update = message_queue(report=report, channel="sms", to=REPORTER, body="Update")
    backends.outbox.clear()

    assert deliver(update) == "failed"
    assert backends.outbox == []

    post_signed(INBOUND, inbound("start", sid="SM" + "2" * 32))
    again = message_queue(report=report, channel="sms", to=REPORTER, body="Update again")

    assert not OptOut.objects.exists()
    assert deliver(again) == "sent"
    assert [m["body"] for m in backends.outbox] == ["Update again"]


def test_the_advanced_opt_out_parameter_counts_too(post_signed, report):
    post_signed(INBOUND, inbound("Para", OptOutType="STOP"))

    assert OptOut.objects.filter(phone=REPORTER).exists()


def test_a_sentence_containing_stop_is_not_an_opt_out(post_signed, report):
    post_signed(INBOUND, inbound("Stop please, I found my bike"))

    assert not OptOut.objects.exists()
    assert report.messages.filter(direction="inbound").count() == 1


def test_on_a_short_code_the_app_confirms_stop_itself(settings, post_signed, report, site):
    settings.TWILIO_HANDLES_OPT_OUT_REPLIES = False

    response = post_signed(INBOUND, inbound("STOP"))

    assert b"no more texts" in response.content


def test_help_gets_the_help_text_with_the_non_emergency_number(post_signed, report, site):
    response = post_signed(INBOUND, inbound("HELP"))

    assert b"(202) 555-0142" in response.content
    assert b"9-1-1" in response.content
    assert report.messages.filter(kind="reply_help", status="sent").exists()


def test_help_in_spanish_for_a_spanish_reporter(post_signed, site):
    report_submit_for_test(phone=REPORTER, language="es")

    response = post_signed(INBOUND, inbound("INFO"))

    assert b"emergencia" in response.content


def test_an_unknown_sender_is_told_where_to_call_never_silence(post_signed, site, settings):
    # Without the report-by-text handler (which offers a conversation instead: its own tests).
    settings.MESSAGING_INBOUND_HANDLERS = []
    response = post_signed(INBOUND, inbound("Is anyone there?", from_="+12025550177"))

    text = response.content.decode()
    assert "(202) 555-0142" in text
    assert "In an emergency call 9-1-1." in text
    assert "emergencia" in text  # and in Spanish
    stored = Message.objects.get(direction="inbound")
    assert stored.report is None and stored.from_address == "+12025550177"


def test_a_retried_inbound_webhook_is_stored_once(post_signed, report):
    first = post_signed(INBOUND, inbound("Twice?"))
    second = post_signed(INBOUND, inbound("Twice?"))

    assert first.status_code == second.status_code == 200
    assert report.messages.filter(direction="inbound").count() == 1


def test_a_closed_report_is_not_joined_the_newest_open_one_is(post_signed):
    older = report_submit_for_test(phone=REPORTER)
    newer = report_submit_for_test(phone=REPORTER)
    closed = report_submit_for_test(phone=REPORTER)
    closed.status = "closed"
    closed.save(update_fields=["status"])

    post_signed(INBOUND, inbound("About my report"))

    assert newer.messages.filter(direction="inbound").exists()
    assert not older.messages.filter(direction="inbound").exists()
    assert not closed.messages.filter(direction="inbound").exists()


def test_mms_pictures_become_report_attachments_without_their_location(
    post_signed, report, django_capture_on_commit_callbacks, settings, tmp_path
):
    import io

    from PIL import ExifTags, Image

    from tests.reporting.test_photos import jpeg_with_gps

    settings.MEDIA_ROOT = tmp_path
    photo_url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"
    junk_url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2"
    backends.media[photo_url] = ("image/jpeg", jpeg_with_gps().read())
    backends.media[junk_url] = ("image/jpeg", b"\xff\xd8\xff not really a jpeg")
    params = inbound(
        "Photo",
        NumMedia="2",
        MediaUrl0=photo_url,
        MediaContentType0="image/jpeg",
        MediaUrl1=junk_url,
        MediaContentType1="image/jpeg",
    )

    with django_capture_on_commit_callbacks() as callbacks:
        post_signed(INBOUND, params)
    # The fetch is queued, not done in the webhook (the other callback flags the queue item).
    assert len(callbacks) == 2
    message = report.messages.get(direction="inbound")

    # Reporting's own outbox row, written in the webhook's transaction.
    item = OutboxItem.objects.get(kind="reporting.mms_photos", target_id=message.pk)
    assert item_deliver(item_id=item.pk) == "sent"
    item.refresh_from_db()
    assert item.provider_ref == "1"  # the unreadable one is skipped
    assert mms_photos_save(item) == ""  # idempotent
    assert ReportAttachment.objects.filter(report=report).count() == 1
    attachment = ReportAttachment.objects.get(report=report)
    assert attachment.source == "mms" and attachment.content_type == "image/jpeg"
    stored = Image.open(io.BytesIO(attachment.file.read()))
    assert not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert len(stored.getexif()) == 0
    # A random name: stored pictures can't be found by counting message ids.
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", attachment.file.name.rsplit("/", 1)[-1])


# --- Status callbacks ----------------------------------------------------------------------


def status(sid, value, **more):
    return {"MessageSid": sid, "MessageStatus": value, "AccountSid": "AC" + "a" * 32, **more}


def test_status_callbacks_move_a_message_forward(post_signed, report):
    sms = sent_sms(report)

    assert post_signed(STATUS, status(sms.provider_sid, "sent")).status_code == 200
    assert post_signed(STATUS, status(sms.provider_sid, "delivered")).status_code == 200

    sms.refresh_from_db()
    assert sms.status == "delivered" and sms.provider_status == "delivered"


def test_a_duplicate_status_callback_changes_nothing(post_signed, report):
    sms = sent_sms(report)
    post_signed(STATUS, status(sms.provider_sid, "delivered"))
    sms.refresh_from_db()
    before = (sms.status, sms.updated_at, sms.error_code)

    response = post_signed(STATUS, status(sms.provider_sid, "delivered"))

    sms.refresh_from_db()
    assert response.status_code == 200
    assert (sms.status, sms.updated_at, sms.error_code) == before


def test_a_late_sent_after_delivered_is_ignored(post_signed, report):
    sms = sent_sms(report)
    post_signed(STATUS, status(sms.provider_sid, "delivered"))

    post_signed(STATUS, status(sms.provider_sid, "sent"))
    post_signed(STATUS, status(sms.provider_sid, "undelivered", ErrorCode="30003"))

    sms.refresh_from_db()
    assert sms.status == "delivered" and sms.error_code == ""


def test_an_unknown_sid_gets_200(post_signed, db):
    assert post_signed(STATUS, status("SM" + "f" * 32, "delivered")).status_code == 200


def test_undelivered_shows_the_reason(post_signed, report):
    sms = sent_sms(report)

    post_signed(STATUS, status(sms.provider_sid, "undelivered", ErrorCode="30003"))

    sms.refresh_from_db()
    assert sms.status == "undelivered" and sms.error_code == "30003"
    assert "unreachable" in sms.error_reason


def test_a_21610_status_opts_out_and_reaches_the_reporter_by_email(post_signed):
    report = report_submit_for_test(phone=REPORTER, email="alex@example.org")
    report.messages.filter(channel="email").delete()  # as if the reporter had no receipt email
    sms = sent_sms(report)

    post_signed(STATUS, status(sms.provider_sid, "failed", ErrorCode="21610"))
    post_signed(STATUS, status(sms.provider_sid, "failed", ErrorCode="21610"))

    assert OptOut.objects.filter(phone=REPORTER, source="provider").exists()
    assert report.messages.filter(channel="email", kind="receipt").count() == 1


# --- Voice ---------------------------------------------------------------------------------


def test_the_dispatcher_hears_who_they_are_connected_to_then_the_reporter_is_dialled(
    post_signed, report, dispatcher, settings
):
    settings.TWILIO_WEBHOOK_BASE_URL = "https://report.example.org"
    call = call_back_start(report=report, user=dispatcher, mode="voice")
    deliver(call)
    path = f"/twilio/voice/connect/{call.pk}/"

    response = post_signed(
        path,
        {"CallSid": "CA1", "CallStatus": "in-progress"},
        signed_url=f"https://report.example.org{path}",
    )

    xml = response.content.decode()
    assert response.status_code == 200
    assert f'callerId="{settings.TWILIO_VOICE_FROM_NUMBER}"' in xml
    assert f"<Number>{REPORTER}</Number>" in xml
    assert f"/twilio/voice/dial-status/{call.pk}/" in xml


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_call_backs_words_are_said_by_a_voice_that_speaks_the_sites_language(
    post_signed, report, dispatcher, settings, language
):
    # Twilio's default voice speaks no Spanish: a Spanish-language site's call-back would fail.
    settings.LANGUAGE_CODE = language
    call = call_back_start(report=report, user=dispatcher, mode="voice")
    deliver(call)

    connect = post_signed(f"/twilio/voice/connect/{call.pk}/", {"CallSid": "CA1"})
    gone = post_signed("/twilio/voice/connect/999999/", {"CallSid": "CA2"})

    for response in (connect, gone):
        root = twiml_check(response.content.decode())
        say = root.find("Say")
        assert say.get("voice") == settings.VOICE_SAY_VOICES[language]
        assert say.get("language") == {"en": "en-US", "es": "es-MX"}[language]


def test_a_tty_relay_call_dials_the_relay_service_never_the_reporter(post_signed, dispatcher, site):
    report = report_submit_for_test(phone=REPORTER, callback_channel="tty")
    call = call_back_start(report=report, user=dispatcher, mode="tty_relay")
    deliver(call)

    xml = post_signed(f"/twilio/voice/connect/{call.pk}/", {"CallSid": "CA1"}).content.decode()

    assert f"<Number>{RELAY}</Number>" in xml and REPORTER not in xml
    assert "relay service" in xml


def test_the_reporters_leg_and_the_call_status_are_recorded(post_signed, report, dispatcher):
    call = call_back_start(report=report, user=dispatcher, mode="voice")
    deliver(call)
    call.refresh_from_db()

    post_signed(f"/twilio/voice/dial-status/{call.pk}/", {"DialCallStatus": "no-answer"})
    post_signed("/twilio/voice/status/", {"CallSid": call.provider_sid, "CallStatus": "completed"})

    call.refresh_from_db()
    assert call.status == "undelivered" and call.error_code == "no_answer"
    assert "No one answered" in call.error_reason


# --- Values no real Twilio request has (issue 12) ----------------------------------------


@pytest.mark.parametrize(
    ("path", "params"),
    [
        (INBOUND, inbound(OptOutType="STOP" * 30)),
        (INBOUND, inbound(sid="SM" + "1" * 200)),
        (INBOUND, inbound(from_="+1" + "2" * 100)),
        (INBOUND, inbound(To="+1" + "5" * 100)),
        (STATUS, {"MessageSid": "SM" + "9" * 100, "MessageStatus": "delivered"}),
        (STATUS, {"MessageSid": "SM" + "9" * 32, "MessageStatus": "delivered" * 10}),
        ("/twilio/voice/status/", {"CallSid": "CA" + "1" * 100, "CallStatus": "completed"}),
    ],
)
def test_an_over_long_value_is_a_logged_400_and_stores_nothing(
    post_signed, report, site, path, params, caplog
):
    before = Message.objects.count()

    with caplog.at_level("WARNING", logger="reporting.messaging.webhooks"):
        response = post_signed(path, params)

    assert response.status_code == 400
    assert "limit" in caplog.text
    assert Message.objects.count() == before
    assert not OptOut.objects.exists()


@pytest.mark.parametrize("odd", ["\x00", "\x0c", "\x1b"])
def test_a_residents_text_with_a_control_character_is_kept_without_it(
    post_signed, report, site, odd
):
    # A 400 would lose the text (Twilio does not retry), so it is stored, cleaned.
    response = post_signed(INBOUND, inbound(f"Hi{odd}there"))

    assert response.status_code == 200
    message = report.messages.get(direction="inbound")
    assert message.body == "Hi there" and message.from_address == REPORTER


def test_other_signed_webhooks_still_refuse_control_characters(post_signed, report, site):
    response = post_signed(STATUS, {"MessageSid": "SM" + "9" * 32, "MessageStatus": "sent\x00"})

    assert response.status_code == 400
