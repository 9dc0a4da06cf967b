"""The console over HTTP: roles, MFA, caching, escaping, audit, forms."""

import pytest
from django.urls import reverse

from dispatch_bridge import services
from portal.staff.models import AuditEntry
from reporting.models import ReportStatus
from tests.factories import report_submit_for_test
from tests.support.staff import login_with_mfa, make_staff

pytestmark = pytest.mark.django_db

QUEUE = "/dispatch/"


def get_as(client, user, url):
    login_with_mfa(client, user)
    return client.get(url)


# --- Permission matrix -----------------------------------------------------------------------

ROLE_MATRIX = {
    # role: (queue, item page, stats, audit, wagtail admin)
    "dispatcher": (200, 200, 403, 403, False),
    "supervisor": (200, 200, 200, 200, False),
    "admin_user": (200, 200, 200, 200, True),
    "editor": (403, 403, 403, 403, None),  # Wagtail access comes from the CMS migrations
    "approver": (403, 403, 403, 403, None),
}


@pytest.mark.parametrize("role", ROLE_MATRIX)
def test_permission_matrix(request, client, item, role):
    user = request.getfixturevalue(role)
    queue, detail, stats, audit, admin = ROLE_MATRIX[role]
    login_with_mfa(client, user)

    assert client.get(QUEUE).status_code == queue
    assert client.get(reverse("dispatch:item", args=[item.pk])).status_code == detail
    assert client.get(reverse("dispatch:stats")).status_code == stats
    assert client.get(reverse("dispatch:audit")).status_code == audit
    eido = client.get(reverse("dispatch:item_eido", args=[item.pk]))
    assert eido.status_code == (200 if queue == 200 else 403)
    if admin is not None:
        response = client.get("/admin/")
        assert (response.status_code == 200) is admin
    # Nobody outside the queue roles gets any report data.
    if queue == 403:
        body = client.get(reverse("dispatch:item", args=[item.pk])).content.decode()
        assert item.report.narrative not in body


def test_editors_and_approvers_have_no_report_permissions(editor, approver):
    for user in (editor, approver):
        perms = user.get_all_permissions()
        assert not any(p.startswith(("dispatch_bridge.", "reporting.")) for p in perms)


def test_dispatchers_cannot_reach_the_page_editor(client, dispatcher):
    assert not dispatcher.has_perm("wagtailadmin.access_admin")
    response = get_as(client, dispatcher, "/admin/pages/")
    assert response.status_code in (302, 403)
    assert not response.url.startswith("/admin/pages") if response.status_code == 302 else True


def test_anonymous_visitors_are_sent_to_sign_in(client, item):
    response = client.get(QUEUE)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert client.get(reverse("dispatch:item_eido", args=[item.pk])).status_code == 401


# --- MFA -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/dispatch/", "/admin/", "/django-admin/", "/staff/messages/", "/es/staff/messages/"]
)
def test_staff_without_mfa_reach_neither_console_nor_admin(client, path):
    user = make_staff("nomfa", "admin", mfa=False, is_superuser=True)
    client.force_login(user)
    response = client.get(path)

    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_activate_totp"))


def test_signing_in_without_mfa_leads_to_the_mfa_setup_page(client):
    from tests.factories import TEST_PASSWORD

    make_staff("nomfa", "dispatcher", mfa=False)
    client.post(reverse("account_login"), {"login": "nomfa@example.org", "password": TEST_PASSWORD})

    response = client.get(QUEUE)
    assert response.url.startswith(reverse("mfa_activate_totp"))
    # allauth asks for the password once more before a new authenticator is added.
    response = client.get(response.url, follow=True)
    reauth_url = response.redirect_chain[-1][0]
    assert reauth_url.startswith(reverse("account_reauthenticate"))
    response = client.post(reauth_url, {"password": TEST_PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0].startswith(reverse("mfa_activate_totp"))
    assert response.status_code == 200 and "form" in response.context


# --- The console -----------------------------------------------------------------------------


@pytest.mark.parametrize("url_name", ["queue", "queue_rows", "stats", "audit"])
def test_no_console_response_is_cached(client, supervisor, url_name):
    response = get_as(client, supervisor, reverse(f"dispatch:{url_name}"))
    assert "no-store" in response["Cache-Control"]


def test_item_pages_and_eido_are_not_cached_either(client, dispatcher, item):
    login_with_mfa(client, dispatcher)
    for url in (
        reverse("dispatch:item", args=[item.pk]),
        reverse("dispatch:item_eido", args=[item.pk]),
    ):
        assert "no-store" in client.get(url)["Cache-Control"]


def test_queue_sorted_by_priority_then_age(client, dispatcher):
    from tests.factories import CategoryFactory

    low = report_submit_for_test(category=CategoryFactory(name="Lost", default_priority=4))
    older = report_submit_for_test()
    newer = report_submit_for_test()
    urgent = report_submit_for_test(possible_emergency=True)

    body = get_as(client, dispatcher, QUEUE).content.decode()

    order = [body.index(r.reference) for r in (urgent, older, newer, low)]
    assert order == sorted(order)


def test_filters(client, dispatcher, dispatcher2):
    mine = report_submit_for_test()
    other = report_submit_for_test()
    services.queue_item_claim(item_id=mine.queue_item.pk, actor=dispatcher)
    services.queue_item_claim(item_id=other.queue_item.pk, actor=dispatcher2)

    body = get_as(client, dispatcher, QUEUE + "?mine=on").content.decode()
    assert mine.reference in body and other.reference not in body
    body = client.get(QUEUE + "?status=submitted").content.decode()
    assert mine.reference not in body


def test_untrusted_text_is_escaped(client, dispatcher):
    report = report_submit_for_test(
        narrative='<script>alert("x")</script> broke my window',
        reporter_name="<img src=x onerror=alert(1)>",
        address="<b>12 Oak</b>",
    )
    body = get_as(client, dispatcher, reverse("dispatch:item", args=[report.queue_item.pk]))
    html = body.content.decode()

    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "<b>12 Oak</b>" not in html


def test_viewing_an_item_is_audited(client, dispatcher, item):
    get_as(client, dispatcher, reverse("dispatch:item", args=[item.pk]))

    entry = AuditEntry.objects.get(action="report.view")
    assert entry.actor == dispatcher and entry.object_id == str(item.report.pk)
    assert entry.ip == "127.0.0.1"


def test_claim_and_approve_through_the_console(client, dispatcher, item):
    login_with_mfa(client, dispatcher)

    client.post(reverse("dispatch:item_action", args=[item.pk, "claim"]))
    response = client.post(reverse("dispatch:item_action", args=[item.pk, "approve"]))

    assert response.status_code == 302
    item.report.refresh_from_db()
    assert item.report.status == ReportStatus.APPROVED and item.report.case_number
    actions = set(AuditEntry.objects.filter(actor=dispatcher).values_list("action", flat=True))
    assert {"queue.claim", "queue.approve"} <= actions


def test_a_claim_and_a_refused_claim_read_no_permission_rows(client, dispatcher, dispatcher2, item):
    """The console's hottest write. After the person's first request their permissions and MFA
    check come from the cache: the user, the item's locked read and the claim's writes remain."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login_with_mfa(client, dispatcher)
    client.get(reverse("dispatch:queue"))
    with CaptureQueriesContext(connection) as claim:
        claimed = client.post(reverse("dispatch:item_action", args=[item.pk, "claim"]))
    assert claimed.status_code == 302
    login_with_mfa(client, dispatcher2)
    client.get(reverse("dispatch:queue"))
    with CaptureQueriesContext(connection) as refusal:
        refused = client.post(reverse("dispatch:item_action", args=[item.pk, "claim"]))
    assert refused.status_code == 302
    item.refresh_from_db()
    assert item.claimed_by == dispatcher
    for queries in (claim, refusal):
        assert not [
            q
            for q in queries.captured_queries
            if "auth_permission" in q["sql"] or "mfa_authenticator" in q["sql"]
        ]
    # The refusal: the user, the locked read of the item and the audit (and here, inside the
    # test's transaction, a savepoint, its rollback and release).
    assert len(refusal) <= 6


def test_bad_input_keeps_what_was_typed(client, dispatcher, item):
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    login_with_mfa(client, dispatcher)

    response = client.post(
        reverse("dispatch:item_action", args=[item.pk, "reject"]),
        {"reason_code": "", "explanation": "Typed <carefully>"},
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Typed &lt;carefully&gt;" in html and "This field is required." in html
    item.report.refresh_from_db()
    assert item.report.status == ReportStatus.IN_REVIEW


def test_an_illegal_move_is_a_message_not_a_500(client, dispatcher, item):
    login_with_mfa(client, dispatcher)
    response = client.post(reverse("dispatch:item_action", args=[item.pk, "approve"]), follow=True)
    assert response.status_code == 200
    assert "current state" in response.content.decode()


def test_send_sms_with_a_template_without_javascript(client, dispatcher, item):
    login_with_mfa(client, dispatcher)
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    client.post(reverse("dispatch:item_sms", args=[item.pk]), {"template": "photo", "body": ""})

    message = item.report.messages.get(automatic=False)
    assert "photo" in message.body and message.sent_by == dispatcher


def test_sms_template_in_the_reporters_language(client, dispatcher):
    report = report_submit_for_test(language="es")
    login_with_mfa(client, dispatcher)
    services.queue_item_claim(item_id=report.queue_item.pk, actor=dispatcher)
    client.post(reverse("dispatch:item_sms", args=[report.queue_item.pk]), {"template": "photo"})
    assert "foto" in report.messages.get(automatic=False).body


def test_call_back_without_the_dispatchers_phone_says_why(client, dispatcher, item):
    login_with_mfa(client, dispatcher)
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    response = client.post(
        reverse("dispatch:item_call_back", args=[item.pk]), {"mode": "voice"}, follow=True
    )
    assert "The call could not be started" in response.content.decode()
    assert AuditEntry.objects.filter(action="queue.call_back", outcome="failure").exists()


def test_call_back_calls_the_messaging_service(client, dispatcher, item, monkeypatch):
    import reporting.messaging.services as messaging

    calls = []
    monkeypatch.setattr(messaging, "call_back_start", lambda **kw: calls.append(kw))
    login_with_mfa(client, dispatcher)
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    client.post(reverse("dispatch:item_call_back", args=[item.pk]), {"mode": "tty_relay"})
    assert calls == [{"report": item.report, "user": dispatcher, "mode": "tty_relay"}]
    assert AuditEntry.objects.filter(action="queue.call_back", outcome="success").exists()


def test_an_unknown_call_mode_is_refused(client, dispatcher, item):
    login_with_mfa(client, dispatcher)
    response = client.post(
        reverse("dispatch:item_call_back", args=[item.pk]), {"mode": "711"}, follow=True
    )
    assert "Choose how to call back." in response.content.decode()


def test_tty_reporters_get_no_plain_voice_button(client, dispatcher):
    report = report_submit_for_test(callback_channel="tty")
    services.queue_item_claim(item_id=report.queue_item.pk, actor=dispatcher)
    html = get_as(client, dispatcher, reverse("dispatch:item", args=[report.queue_item.pk]))
    html = html.content.decode()
    assert 'value="voice"' not in html and 'value="tty_relay"' in html


def test_poll_endpoint_lists_rows_without_report_details(client, dispatcher, item):
    data = get_as(client, dispatcher, reverse("dispatch:queue_rows")).json()
    assert item.report.reference in data["rows"]
    assert item.report.narrative not in data["rows"]
    assert data["order"] == [item.pk]


def test_audit_csv_export(client, supervisor, dispatcher, item):
    get_as(client, dispatcher, reverse("dispatch:item", args=[item.pk]))
    response = get_as(client, supervisor, reverse("dispatch:audit") + "?format=csv&action=report.")

    text = b"".join(response.streaming_content).decode()
    assert response["Content-Type"].startswith("text/csv")
    assert text.splitlines()[0].startswith("when,who,what")
    assert f"dispatcher,report.view,reporting.report,{item.report.pk}" in text
    assert AuditEntry.objects.filter(action="audit.export", actor=supervisor).exists()


def test_audit_csv_export_escapes_formulas(client, supervisor, dispatcher):
    import csv
    import io

    from portal.staff.audit import audit_record

    # A failed login is audited with the login name exactly as typed: an attacker's formula
    # (a valid email address, so the login form passes it on).
    typed = "=cmd|'/c_calc'!a0@example.org"  # lowercase: allauth lowercases emails
    client.post("/accounts/login/", {"login": typed, "password": "wrong"})
    client.post("/accounts/login/", {"login": "+1+1@example.org", "password": "wrong"})
    audit_record(actor=None, actor_label="-2+3", action="auth.test", detail={"x": 1})
    audit_record(actor=None, actor_label="@SUM(1)", action="auth.test")
    audit_record(actor=None, actor_label="\t=1", action="auth.test")
    response = get_as(client, supervisor, reverse("dispatch:audit") + "?format=csv&action=auth.")

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    who = {row[1] for row in rows[1:]}
    assert {"'" + typed, "'+1+1@example.org", "'-2+3", "'@SUM(1)", "'\t=1"} <= who
    assert not [c for row in rows for c in row if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_a_dispatcher_sets_the_phone_twilio_rings_first(client, dispatcher):
    login_with_mfa(client, dispatcher)

    bad = client.post(reverse("dispatch:my_phone"), {"phone": "not a phone"})
    assert bad.status_code == 400
    assert 'value="not a phone"' in bad.content.decode()  # what was typed is kept

    client.post(reverse("dispatch:my_phone"), {"phone": "+12025550177"})
    dispatcher.refresh_from_db()
    assert dispatcher.staff_phone.phone.as_e164 == "+12025550177"
    assert AuditEntry.objects.filter(action="staff.phone_set", actor=dispatcher).exists()


def test_the_reporters_words_are_marked_with_their_language(client, dispatcher):
    report = report_submit_for_test(language="es", narrative="Rompieron la ventana de mi carro.")

    html = get_as(client, dispatcher, reverse("dispatch:item", args=[report.queue_item.pk]))

    # The console is in the dispatcher's language; a screen reader must switch for these.
    assert '<dd class="narrative" lang="es">Rompieron la ventana' in html.content.decode()


# --- The live poll ---------------------------------------------------------------------------


def test_the_poller_gets_an_empty_304_until_the_queue_changes(
    client, dispatcher, item, django_assert_max_num_queries
):
    login_with_mfa(client, dispatcher)
    url = reverse("dispatch:queue_rows")
    poll = {"HTTP_X_BACKGROUND_POLL": "1"}
    first = client.get(url, **poll)
    assert first.status_code == 200
    etag = first["ETag"]

    # Nothing changed: answered from the signed tag before the session is loaded. The one
    # query left is the queue's version (read at most twice a second per process in production).
    with django_assert_max_num_queries(1):
        unchanged = client.get(url, HTTP_IF_NONE_MATCH=etag, **poll)
    assert unchanged.status_code == 304
    assert unchanged.content == b""
    assert "no-store" in unchanged["Cache-Control"]

    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag, **poll)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert dispatcher.get_username() in changed.json()["rows"]


def test_a_changed_queue_sends_the_order_and_only_the_rows_changed_since_the_poller_s_stamp(
    client, dispatcher, item, django_assert_max_num_queries
):
    from datetime import timedelta

    from django.utils import timezone

    from dispatch_bridge.models import QueueItem

    others = [report_submit_for_test().queue_item for _ in range(5)]
    an_hour_ago = timezone.now() - timedelta(hours=1)
    QueueItem.objects.update(updated_at=an_hour_ago)
    # The newest change the poller will hold; rows changed well before it are not sent again.
    QueueItem.objects.filter(pk=item.pk).update(updated_at=an_hour_ago + timedelta(minutes=5))
    login_with_mfa(client, dispatcher)
    url = reverse("dispatch:queue_rows")
    poll = {"HTTP_X_BACKGROUND_POLL": "1"}
    first = client.get(url, **poll)
    full = first.json()
    assert full["full"] is True
    assert set(full["order"]) == {item.pk, *(o.pk for o in others)}
    assert all(o.report.reference in full["rows"] for o in others)

    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    with django_assert_max_num_queries(12):
        changed = client.get(
            url, {"since": full["stamp"]}, HTTP_IF_NONE_MATCH=first["ETag"], **poll
        )
    data = changed.json()
    assert changed.status_code == 200 and data["full"] is False
    assert data["order"] == full["order"]  # the claim does not move it
    assert f'data-id="{item.pk}"' in data["rows"]
    assert dispatcher.get_username() in data["rows"]
    assert not any(f'data-id="{o.pk}"' in data["rows"] for o in others)
    assert data["stamp"] > full["stamp"]

    # Nothing changed since the new stamp: the tag holds whatever `since` says.
    again = client.get(url, {"since": data["stamp"]}, HTTP_IF_NONE_MATCH=changed["ETag"], **poll)
    assert again.status_code == 304


def test_a_closed_item_leaves_the_order_and_junk_since_means_every_row(client, dispatcher, item):
    other = report_submit_for_test().queue_item
    login_with_mfa(client, dispatcher)
    url = reverse("dispatch:queue_rows")
    stamp = client.get(url).json()["stamp"]
    other.__class__.objects.filter(pk=other.pk).update(closed_at=other.created_at)

    data = client.get(url, {"since": stamp}).json()
    assert data["order"] == [item.pk]

    for junk in ("nan", "x", "-1", "inf"):
        data = client.get(url, {"since": junk}).json()
        assert data["full"] is True and f'data-id="{item.pk}"' in data["rows"], junk


def _sign_out_everywhere():
    from django.contrib.sessions.models import Session
    from django.core.cache import cache

    Session.objects.all().delete()
    cache.clear()  # cached_db sessions


def test_the_poll_tag_answers_only_for_its_own_session_and_signature(client, dispatcher, item):
    login_with_mfa(client, dispatcher)
    url = reverse("dispatch:queue_rows")
    headers = {"HTTP_X_BACKGROUND_POLL": "1"}
    tag = client.get(url, **headers)["ETag"]
    digest, expires, signature = tag.strip('"').split(".")

    # Tampered: not answered from the tag. The full path still finds this dispatcher's rows
    # unchanged and hands out a fresh tag.
    forged = f'"{digest}.{int(expires) + 3600}.{signature}"'
    response = client.get(url, HTTP_IF_NONE_MATCH=forged, **headers)
    assert response.status_code == 304 and response["ETag"] != forged

    # Another session cookie: the full path runs, and it knows no such session.
    session = client.cookies["sessionid"].value
    client.cookies["sessionid"] = "someone-else"
    assert client.get(url, HTTP_IF_NONE_MATCH=tag, **headers).status_code in (302, 401)
    client.cookies["sessionid"] = session

    # Signed out elsewhere: until the tag expires the poll hears only "nothing changed" (no
    # data); the full path then sends the console to the login (next test).
    _sign_out_everywhere()
    assert client.get(url, HTTP_IF_NONE_MATCH=tag, **headers).status_code == 304


def test_an_expired_poll_tag_goes_through_the_full_path(client, dispatcher, item, settings):
    settings.DISPATCH_POLL_TAG_SECONDS = -10  # every tag handed out is already expired
    login_with_mfa(client, dispatcher)
    url = reverse("dispatch:queue_rows")
    headers = {"HTTP_X_BACKGROUND_POLL": "1"}
    tag = client.get(url, **headers)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=tag, **headers).status_code == 304  # full path

    _sign_out_everywhere()
    assert client.get(url, HTTP_IF_NONE_MATCH=tag, **headers).status_code in (302, 401)


def test_the_queue_page_hands_its_script_a_tag_so_the_first_poll_is_unchanged(
    client, dispatcher, item, django_assert_max_num_queries
):
    import re

    login_with_mfa(client, dispatcher)
    html = client.get(QUEUE).content.decode()
    tag = re.search(r'data-poll-tag="([^"]+)"', html).group(1).replace("&quot;", '"')
    stamp = re.search(r'data-poll-stamp="([^"]+)"', html).group(1)
    assert float(stamp) == item.updated_at.timestamp()
    assert f'data-urgent="{item.pk}"' in html or item.priority != 1

    url = reverse("dispatch:queue_rows")
    with django_assert_max_num_queries(1):
        first = client.get(
            url, {"since": stamp}, HTTP_IF_NONE_MATCH=tag, HTTP_X_BACKGROUND_POLL="1"
        )
    assert first.status_code == 304


def test_rows_show_translated_labels_and_links(client, dispatcher, item):
    login_with_mfa(client, dispatcher)
    rows = client.get(reverse("dispatch:queue_rows"), HTTP_ACCEPT_LANGUAGE="es").json()["rows"]
    assert item.get_priority_display() not in ("", None)
    from django.utils import translation

    with translation.override("es"):
        assert item.get_priority_display() in rows
        assert item.report.get_status_display() in rows
    assert f'href="{reverse("dispatch:item", args=[item.pk])}"' in rows


def test_after_a_change_consoles_share_the_rendered_rows_but_not_mine_or_alerts(
    client, dispatcher, dispatcher2, supervisor, item, django_assert_max_num_queries
):
    url = reverse("dispatch:queue_rows")
    login_with_mfa(client, dispatcher)
    stamp = client.get(url).json()["stamp"]
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)

    first = client.get(url, {"since": stamp}).json()
    login_with_mfa(client, dispatcher2)
    # The second console reads no rows: the session, MFA, permissions and the version.
    with django_assert_max_num_queries(5):
        second = client.get(url, {"since": stamp}, HTTP_X_BACKGROUND_POLL="1").json()
    assert second == first
    assert dispatcher.get_username() in second["rows"]

    mine = client.get(url, {"since": stamp, "mine": "on"}).json()
    assert mine["order"] == []  # dispatcher2 holds nothing
    login_with_mfa(client, supervisor)
    alerts = client.get(url, {"since": stamp}).json()["alerts"]
    assert "csrfmiddlewaretoken" in alerts or alerts.strip() == ""


def test_queue_rows_cost_the_same_queries_however_many_and_whatever_they_show(
    client, dispatcher, item, django_assert_max_num_queries
):
    """Rows read only the columns they show: a column the template needs but the query left out
    would cost one query per row."""
    from django.utils import timezone

    from dispatch_bridge.models import QueueItem

    others = [report_submit_for_test(possible_emergency=True).queue_item for _ in range(4)]
    services.queue_item_claim(item_id=others[0].pk, actor=dispatcher)
    QueueItem.objects.filter(pk=others[1].pk).update(reporter_replied_at=timezone.now())
    login_with_mfa(client, dispatcher)
    client.get(QUEUE)
    with django_assert_max_num_queries(12):
        page = client.get(QUEUE).content.decode()
    assert dispatcher.get_username() in page
    assert "Reporter replied" in page and "Possible emergency" in page
    with django_assert_max_num_queries(12):
        rows = client.get(reverse("dispatch:queue_rows")).json()["rows"]
    assert all(f'data-id="{o.pk}"' in rows for o in others)


def test_the_poll_tag_differs_per_filter_and_per_person(client, dispatcher, dispatcher2, item):
    url = reverse("dispatch:queue_rows")
    login_with_mfa(client, dispatcher)
    mine = client.get(url, {"mine": "on"})["ETag"]
    everything = client.get(url)["ETag"]
    login_with_mfa(client, dispatcher2)
    assert len({mine, everything, client.get(url)["ETag"]}) == 3


def test_the_queue_page_reads_only_workable_items(
    client, dispatcher, item, django_assert_max_num_queries
):
    """Closed items (most of a year's queue) are never read for the console."""
    for _ in range(3):
        closed = report_submit_for_test()
        closed.queue_item.__class__.objects.filter(pk=closed.queue_item.pk).update(
            closed_at=closed.submitted_at
        )
    login_with_mfa(client, dispatcher)
    with django_assert_max_num_queries(12):
        response = client.get(QUEUE)
    assert response.status_code == 200
    assert item.report.reference in response.content.decode()
    assert closed.reference not in response.content.decode()


def test_stats_cost_the_same_queries_for_any_number_of_items(client, supervisor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login_with_mfa(client, supervisor)
    url = reverse("dispatch:stats")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    report_submit_for_test()
    client.get(url)  # the session's last-seen time is written now, not in either count
    few = queries()
    for _ in range(4):
        report_submit_for_test()
    assert queries() == few


def test_audit_csv_streams_in_chunks(client, supervisor):
    import csv
    import io
    from datetime import datetime

    from dispatch_bridge import views

    AuditEntry.objects.bulk_create(
        AuditEntry(actor_label="bulk", action="bulk.test", object_id=str(n)) for n in range(2500)
    )
    response = get_as(client, supervisor, reverse("dispatch:audit") + "?format=csv&action=bulk.")

    # Written by PostgreSQL (COPY), passed on in writes of bounded size: every entry, newest
    # first, the cells as csv_writer writes them.
    chunks = list(response.streaming_content)
    rows = list(csv.reader(io.StringIO(b"".join(chunks).decode())))
    assert len(rows) == 1 + 2500
    assert [row[4] for row in rows[1:3]] == ["2499", "2498"]
    assert 2 < len(chunks) < 10 and max(len(c) for c in chunks) < 2 * views._AUDIT_CHUNK_BYTES
    newest = AuditEntry.objects.filter(action="bulk.test").first()
    assert datetime.fromisoformat(rows[1][0]) == newest.at
    assert rows[1][1:] == ["bulk", "bulk.test", "", "2499", "", "", "success", "{}"]

    # Without PostgreSQL (the demo) the same rows come in chunks of _AUDIT_CHUNK_ROWS rows.
    python = list(views._audit_csv_rows(AuditEntry.objects.filter(action="bulk.test")))
    assert list(csv.reader(io.StringIO("".join(python))))[1:] == [
        [datetime.fromisoformat(row[0]).isoformat(), *row[1:]] for row in rows[1:]
    ]
    assert len(python) == 1 + 3  # the header, two chunks of 1,000 rows, the last 500
