"""The dispatcher console. Views check the role, validate a form, call one service, then render
or redirect. Every response under /dispatch/ is marked no-store by the staff-area middleware."""

import hashlib
import io
import json
import math
import re
import time
from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

import reporting.messaging.selectors as messaging_selectors
import reporting.messaging.services as messaging_services
import reporting.voice.selectors as phone_line_selectors
from portal.client_ip import client_ip
from portal.csv_export import csv_writer, sql_csv_cell
from portal.staff.audit import audit_record
from reporting import outcomes
from reporting.models import Report

from . import charts, domain, forms, poll, selectors, services, statistics
from .eido import eido_document
from .models import ApiToken, QueueItem, SupervisorAlert, reply_waiting, wrote_after_close
from .templatetags import dispatch_tags

WORK, SUPERVISE, AUDIT = services.WORK, services.SUPERVISE, "staff.view_auditentry"


def staff_required(perm):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perm(perm):
                audit_record(
                    actor=request.user,
                    action="console.denied",
                    ip=client_ip(request),
                    outcome="denied",
                    detail={"path": request.path, "needs": perm},
                )
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


# --- The queue -------------------------------------------------------------------------------


QUEUE_LENGTH = 200  # rows the console shows; the rest wait behind them
# The columns a row shows (dispatch/_queue_rows.html), read as plain values: not the narrative
# and the rest of the report, and no model instances to build, 200 times over.
ROW_FIELDS = (
    "pk",
    "priority",
    "created_at",
    "updated_at",
    "due_at",
    "decided_at",
    "closed_at",
    "reporter_replied_at",
    "claimed_by_id",
    "report__reference",
    "report__possible_emergency",
    "report__status",
    "report__channel",
    "report__category__name",
    "report__category__translation_key",
    "claimed_by__username",
)


def _queue_filtered(request):
    categories = selectors.categories_for_filter()
    form = forms.QueueFilterForm(request.GET or None, categories=categories)
    filters = form.cleaned_data if form.is_valid() else {}
    queue = selectors.queue_for(
        request.user,
        status=filters.get("status", ""),
        category=filters.get("category", ""),
        priority=filters.get("priority", ""),
        mine=filters.get("mine", False),
    )
    return form, queue


def _rows(queue, category_names: dict) -> list[dict]:
    """The rows as the template shows them, every value worked out here once per render (the
    labels, the flags, the link, the waiting time): the template only prints them, escaped."""
    rows = list(queue.values(*ROW_FIELDS))
    if not rows:
        return rows
    report_fields = Report._meta
    statuses = {v: str(label) for v, label in report_fields.get_field("status").flatchoices}
    channels = {v: str(label) for v, label in report_fields.get_field("channel").flatchoices}
    priorities = {
        value: str(label) for value, label in QueueItem._meta.get_field("priority").flatchoices
    }
    marker = 987654321
    link = reverse("dispatch:item", args=[marker])
    now = timezone.now()
    for row in rows:
        replied, decided, closed = (
            row["reporter_replied_at"],
            row["decided_at"],
            row["closed_at"],
        )
        channel, status = row["report__channel"], row["report__status"]
        key = row["report__category__translation_key"]
        if wrote_after_close(replied, closed):
            flag = "after_close"
        elif reply_waiting(replied, decided, closed):
            flag = "reply"
        else:
            flag = ""
        overdue = decided is None and now > row["due_at"]
        priority = str(row["priority"])
        row.update(
            # Numbers as text: the template would localize every one of them.
            pk=str(row["pk"]),
            priority=priority,
            row_class=f"queue-row priority-{priority}{' is-overdue' if overdue else ''}",
            timer_class=f"timer{' timer--overdue' if overdue else ''}",
            claimed=str(row["claimed_by_id"] or ""),
            priority_label=priorities.get(row["priority"], priority),
            link=link.replace(str(marker), str(row["pk"])),
            reference=row["report__reference"],
            possible_emergency=row["report__possible_emergency"],
            flag=flag,
            category=category_names.get(str(key), row["report__category__name"])
            if category_names
            else row["report__category__name"],
            channel_class=f"channel channel--{channel}",
            channel_label=channels.get(channel, channel),
            status_label=statuses.get(status, status),
            overdue=overdue,
            since=row["created_at"].isoformat(),
            due=row["due_at"].isoformat(),
            decided="1" if decided else "",
            age=dispatch_tags.age(row["created_at"], now),
            claimed_by=row["claimed_by__username"],
        )
    return rows


def _queue_context(request):
    form, queue = _queue_filtered(request)
    return {
        "filter_form": form,
        "items": _rows(queue[:QUEUE_LENGTH], form.category_names),
        "alerts": selectors.open_alerts() if request.user.has_perm(SUPERVISE) else [],
    }


@require_GET
@staff_required(WORK)
def queue(request):
    from django.conf import settings

    # The version before the rows: a change in between is then seen by the first poll.
    version = poll.fresh_version()
    context = _queue_context(request)
    context["poll_interval"] = settings.DISPATCH_POLL_INTERVAL_MS
    # The page hands the script the tag and stamp of the rows it shows, so its first poll is an
    # unchanged 304 rather than the whole queue again.
    context["poll_tag"] = poll.make_tag(request, _rows_digest(request, version), version)
    stamps = [row["updated_at"].timestamp() for row in context["items"]]
    context["poll_stamp"] = max(stamps) if stamps else 0
    context["urgent_ids"] = ",".join(
        row["pk"] for row in context["items"] if row["priority"] == "1" and not row["claimed"]
    )
    return render(request, "dispatch/queue.html", context)


def _rows_digest(request, version: str) -> str:
    """What the rows depend on: the queue's version, who asks (their items, their alerts), the
    filters and the language. Equal digests mean the poller already shows the same rows. The
    poller's own `since` is not part of it: it says what the poller holds, not what it asks."""
    query = request.GET.copy()
    query.pop("since", None)
    parts = (
        version,
        request.user.pk,
        request.user.has_perm(SUPERVISE),
        query.urlencode(),
        translation.get_language(),
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]


# A row saved just before the stamp may commit just after the poll read it: rows changed this
# many seconds before what the poller holds are sent again.
ROWS_SINCE_MARGIN_SECONDS = 5.0


def _since(request):
    try:
        since = float(request.GET.get("since", ""))
    except ValueError:
        return None
    return since if math.isfinite(since) and since > 0 else None  # junk: every row


@require_GET
@staff_required(WORK)
def queue_rows(request):
    """What the console's poller fetches. Lists only the queue; report details stay behind the
    audited item page.

    The poller sends back the ETag it got; while nothing changed the answer is an empty 304
    (one query for the version, no rows read or rendered), so the cost of an open console does
    not grow with the queue. When something changed it sends `since`, the stamp of the rows it
    holds: the answer then has the queue's order (ids, one narrow query) and the HTML of only the
    rows changed since (`rows`); without `since`, every row. A new `stamp` comes with each.
    The ETag is a signed tag (dispatch_bridge.poll) that lets the next polls be answered 304
    before the session is even loaded, while it holds."""
    # The version the fast path answers with (read at most every DISPATCH_POLL_VERSION_SECONDS
    # per process): read before the rows, so a change after it is seen by the next poll. Fifty
    # consoles asking after a change then cost one version query per process, not fifty.
    version = poll.current_version()
    digest = _rows_digest(request, version)
    sent = request.META.get("HTTP_IF_NONE_MATCH", "")
    if sent and poll.tag_digest(sent) == digest:
        return poll.not_modified(poll.make_tag(request, digest, version))
    since = _since(request)
    key = _shared_rows_key(request, version, since)
    shared = _shared_rows.get(key) if key else None
    if shared is None or shared[0] < time.monotonic():
        payload = _changed_rows(request, since)
        if key:
            if len(_shared_rows) >= 32:
                _shared_rows.pop(next(iter(_shared_rows)), None)
            _shared_rows[key] = (time.monotonic() + SHARED_ROWS_SECONDS, payload)
    else:
        payload = shared[1]
    # Only supervisors see alerts; they carry a form with the asker's CSRF token.
    alerts = (
        render_to_string(
            "dispatch/_alerts.html", {"alerts": selectors.open_alerts()}, request=request
        )
        if request.user.has_perm(SUPERVISE)
        else ""
    )
    response = JsonResponse({**payload, "alerts": alerts})
    response["ETag"] = poll.make_tag(request, digest, version)
    return response


# After a change every open console asks for the same changed rows within about a second: each
# process renders them once per (version, since, filters, language). The alerts carry a form
# with the asker's CSRF token and are rendered per request; a "mine" list is nobody else's.
_shared_rows: dict = {}
SHARED_ROWS_SECONDS = 5.0


def _shared_rows_key(request, version, since):
    query = request.GET.copy()
    query.pop("since", None)
    if query.get("mine"):
        return None
    return (version, since, query.urlencode(), translation.get_language())


def _changed_rows(request, since) -> dict:
    form, queue = _queue_filtered(request)
    order = list(queue.values_list("pk", "updated_at", "priority", "claimed_by_id")[:QUEUE_LENGTH])
    if since is None:
        changed = [pk for pk, *_ in order]
    else:
        after = since - ROWS_SINCE_MARGIN_SECONDS
        changed = [pk for pk, updated_at, *_ in order if updated_at.timestamp() > after]
    items = _rows(queue.filter(pk__in=changed), form.category_names) if changed else []
    context = {"items": items}
    stamps = [updated_at.timestamp() for _, updated_at, *_ in order]
    return {
        "full": since is None,
        "order": [pk for pk, *_ in order],
        "rows": render_to_string("dispatch/_queue_rows.html", context),
        "urgent": [pk for pk, _, priority, claimed in order if priority == 1 and not claimed],
        "stamp": max([*stamps, since or 0]),
    }


@require_POST
@staff_required(WORK)
def take_next(request):
    try:
        item = services.queue_item_take_next(actor=request.user, ip=client_ip(request))
    except services.QueueError as exc:
        messages.info(request, exc.message)
        return redirect("dispatch:queue")
    return redirect("dispatch:item", item.pk)


# --- One item --------------------------------------------------------------------------------

ACTIONS = {
    "claim": (forms.EmptyForm, services.queue_item_claim),
    "release": (forms.EmptyForm, services.queue_item_release),
    "request_info": (forms.RequestInfoForm, services.queue_item_request_info),
    "resume": (forms.EmptyForm, services.queue_item_resume),
    "approve": (forms.ApproveForm, services.queue_item_approve),
    "refer": (forms.ReferForm, services.queue_item_refer),
    "reject": (forms.RejectForm, services.queue_item_reject),
    "duplicate": (forms.DuplicateForm, services.queue_item_mark_duplicate),
    "escalate": (forms.EscalateForm, services.queue_item_escalate),
    "close": (forms.CloseForm, services.queue_item_close),
    "reopen": (forms.ReopenForm, services.queue_item_reopen),
}


def _render_item(
    request,
    item,
    *,
    bound=None,
    sms_form=None,
    finding_form=None,
    finding_form_for=None,
    status=200,
):
    report = item.report
    is_holder = item.claimed_by_id == request.user.pk
    is_supervisor = request.user.has_perm(SUPERVISE)
    allowed = domain.allowed_actions(
        report.status,
        is_holder=is_holder,
        is_supervisor=is_supervisor,
        held_by_other=item.claimed_by_id not in (None, request.user.pk),
        reporter_wrote=services.reporter_wrote_after_decision(item),
        claimed=item.claimed_by_id is not None,
    )
    action_forms = {
        name: bound[1] if bound and bound[0] == name else ACTIONS[name][0]() for name in allowed
    }
    audit_record(actor=request.user, action="report.view", obj=report, ip=client_ip(request))
    return render(
        request,
        "dispatch/item.html",
        {
            "item": item,
            "report": report,
            "details": selectors.report_details(report),
            "is_holder": is_holder,
            # The text and call-back forms work for the holder or a supervisor, on open items.
            "can_contact": (is_holder or is_supervisor) and item.closed_at is None,
            "action_forms": action_forms,
            "thread": selectors.thread_for(report),
            "call_options": messaging_selectors.call_back_options(report),
            "relay_script": (
                messaging_services.tty_relay_script(report)
                if report.callback_channel == "tty"
                else ""
            ),
            "replies": report.replies.all(),
            "findings": report.triage_findings.select_related("dismissed_by"),
            "finding_form": finding_form or forms.FindingDismissForm(),
            "finding_form_for": finding_form_for,
            "sms_form": sms_form or forms.SmsForm(),
            "sms_templates": {
                key: _in_language(text, report.language)
                for key, text in forms.SMS_TEMPLATES.items()
            },
            "history": report.events.select_related("actor").all(),
            # Decided, and no automatic message reaches this reporter (issue 16).
            "reads_by": services.reporter_reads_by(report),
            "personal_word": (
                report.status in domain.DECIDED and outcomes.needs_personal_word(report)
            ),
            "attachments": report.attachments.all(),
            "now": timezone.now(),
        },
        status=status,
    )


def _in_language(text, language):
    with translation.override(language):
        return str(text)


@require_GET
@staff_required(WORK)
def item_detail(request, item_id):
    item = get_object_or_404(
        QueueItem.objects.select_related("report__category__locale"), pk=item_id
    )
    return _render_item(request, item)


@require_POST
@staff_required(WORK)
def item_action(request, item_id, action):
    if action not in ACTIONS:
        raise PermissionDenied
    form_class, service = ACTIONS[action]
    form = form_class(request.POST)
    if form.is_valid():
        try:
            service(item_id=item_id, actor=request.user, ip=client_ip(request), **form.cleaned_data)
        except QueueItem.DoesNotExist:
            # The service's own read of the item is the existence check (no query before it).
            raise Http404 from None
        except services.InvalidInput as exc:
            form.add_error(None, exc.message)
        except services.QueueError as exc:
            messages.error(request, exc.message)
            return redirect("dispatch:item", item_id)
        else:
            messages.success(request, _("Done: %(action)s.") % {"action": _label(action)})
            return redirect("dispatch:item", item_id)
    try:
        item = selectors.item_detail(item_id)
    except QueueItem.DoesNotExist:
        raise Http404 from None
    # Show the form again with what was typed and the message, next to the report.
    return _render_item(request, item, bound=(action, form), status=400)


def _label(action):
    from .templatetags.dispatch_tags import action_label

    return action_label(action)


@require_POST
@staff_required(WORK)
def item_send_sms(request, item_id):
    item = get_object_or_404(QueueItem.objects.select_related("report"), pk=item_id)
    form = forms.SmsForm(request.POST, language=item.report.language)
    if form.is_valid():
        try:
            services.queue_item_send_sms(
                item_id=item_id,
                actor=request.user,
                body=form.cleaned_data["body"],
                ip=client_ip(request),
            )
        except services.InvalidInput as exc:
            form.add_error(None, exc.message)  # keeps what was typed
        except services.QueueError as exc:
            # Not the holder, or a closed item: the page shows why and offers no text form.
            messages.error(request, exc.message)
            return redirect("dispatch:item", item_id)
        else:
            messages.success(request, _("Message queued."))
            return redirect(reverse("dispatch:item", args=[item_id]) + "#thread")
    return _render_item(request, selectors.item_detail(item_id), sms_form=form, status=400)


@require_POST
@staff_required(WORK)
def finding_dismiss(request, item_id, finding_id):
    item = get_object_or_404(QueueItem, pk=item_id)
    get_object_or_404(item.report.triage_findings, pk=finding_id)
    form = forms.FindingDismissForm(request.POST)
    if form.is_valid():
        try:
            services.triage_finding_dismiss(
                finding_id=finding_id,
                actor=request.user,
                note=form.cleaned_data["note"],
                ip=client_ip(request),
            )
        except services.InvalidInput as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("Marked not an emergency."))
            return redirect(reverse("dispatch:item", args=[item_id]) + "#findings")
    return _render_item(
        request,
        selectors.item_detail(item_id),
        finding_form=form,
        finding_form_for=finding_id,
        status=400,
    )


CALL_MODES = ("voice", "tty_relay")


@require_POST
@staff_required(WORK)
def item_call_back(request, item_id):
    get_object_or_404(QueueItem, pk=item_id)
    mode = request.POST.get("mode", "")
    if mode not in CALL_MODES:
        messages.error(request, _("Choose how to call back."))
        return redirect("dispatch:item", item_id)
    try:
        services.queue_item_call_back(
            item_id=item_id, actor=request.user, mode=mode, ip=client_ip(request)
        )
    except services.QueueError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Call-back started: your phone will ring first."))
    return redirect("dispatch:item", item_id)


@staff_required(WORK)
def my_phone(request):
    """Where a dispatcher sets the phone Twilio rings first for a call-back."""
    current = getattr(request.user, "staff_phone", None)
    form = forms.StaffPhoneForm(
        request.POST or None, initial={"phone": current.phone if current else ""}
    )
    if request.method == "POST" and form.is_valid():
        messaging_services.staff_phone_set(user=request.user, phone=form.cleaned_data["phone"])
        audit_record(actor=request.user, action="staff.phone_set", ip=client_ip(request))
        messages.success(request, _("Your call-back phone is saved."))
        return redirect("dispatch:my_phone")
    status = 400 if request.method == "POST" else 200
    return render(request, "dispatch/my_phone.html", {"form": form}, status=status)


@require_POST
@staff_required(SUPERVISE)
def alert_ack(request, alert_id):
    get_object_or_404(SupervisorAlert, pk=alert_id)
    services.alert_acknowledge(alert_id=alert_id, actor=request.user, ip=client_ip(request))
    return redirect("dispatch:queue")


# --- Report photos ---------------------------------------------------------------------------

# Shown in the browser; anything else (an odd MMS attachment) is only offered as a download, so
# a file a stranger sent can never run as a page on this origin.
INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}


@require_GET
def attachment_download(request, attachment_id):
    """A report's photo, for staff working the queue (or a CAD holding an API token). MEDIA_ROOT
    is never served publicly; this view is the only way to a report's files, and it is audited."""
    from reporting.models import ReportAttachment

    by_token = _token_ok(request)
    if not by_token:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perm(WORK):
            audit_record(
                actor=request.user,
                action="console.denied",
                ip=client_ip(request),
                outcome="denied",
                detail={"path": request.path, "needs": WORK},
            )
            raise PermissionDenied
    attachment = get_object_or_404(
        ReportAttachment.objects.select_related("report"), pk=attachment_id
    )
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    inline = attachment.content_type in INLINE_TYPES
    extension = re.sub(r"[^a-z0-9]", "", attachment.file.name.rsplit(".", 1)[-1].lower())[:5]
    filename = f"{attachment.report.reference}-{attachment.pk}.{extension or 'bin'}"
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=filename,
        content_type=attachment.content_type if inline else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "no-store, private"
    audit_record(
        actor=request.user if request.user.is_authenticated else None,
        actor_label="" if request.user.is_authenticated else "api-token",
        action="report.view_attachment",
        obj=attachment.report,
        ip=client_ip(request),
        detail={"attachment": attachment.pk},
    )
    return response


# --- EIDO ------------------------------------------------------------------------------------


def _token_ok(request) -> bool:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header.startswith("Token "):
        return False
    digest = hashlib.sha256(header[6:].strip().encode()).hexdigest()
    return ApiToken.objects.filter(key_hash=digest, active=True).exists()


@require_GET
def item_eido(request, item_id):
    by_token = _token_ok(request)
    if not by_token:
        if not request.user.is_authenticated:
            return JsonResponse({"error": "authentication required"}, status=401)
        if not request.user.has_perm(WORK):
            raise PermissionDenied
    item = get_object_or_404(
        QueueItem.objects.select_related("report__category__locale"), pk=item_id
    )
    document = eido_document(item, base_url=request.build_absolute_uri("/")[:-1])
    audit_record(
        actor=request.user if request.user.is_authenticated else None,
        actor_label="" if request.user.is_authenticated else "api-token",
        action="report.export_eido",
        obj=item.report,
        ip=client_ip(request),
    )
    return HttpResponse(json.dumps(document, indent=2), content_type="application/json")


# --- Supervisors -----------------------------------------------------------------------------


@require_GET
@staff_required(AUDIT)
def audit_log(request):
    form = forms.AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    entries = selectors.audit_entries(**filters)
    if request.GET.get("format") == "csv":
        audit_record(
            actor=request.user,
            action="audit.export",
            ip=client_ip(request),
            detail=filters and {k: str(v) for k, v in filters.items() if v},
        )
        return _audit_csv(entries)
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request, "dispatch/audit.html", {"form": form, "page": page, "query": query.urlencode()}
    )


_AUDIT_HEADER = ["when", "who", "what", "object_type", "object_id", "object", "from", "outcome"]
_AUDIT_FIELDS = ("at", "actor_label", "action", "object_type", "object_id", "object_repr", "ip")
_AUDIT_CHUNK_ROWS = 1000
_AUDIT_CHUNK_BYTES = 64 * 1024


def _audit_csv(entries):
    """Streamed: memory stays the same whatever the number of entries. On PostgreSQL the rows
    are written by the database itself (COPY ... TO STDOUT, CSV), with the formula rule applied
    in the query (portal.csv_export.sql_csv_cell); elsewhere (the demo) in chunks of rows."""
    if connection.vendor == "postgresql":
        body = _audit_csv_copy(entries)
    else:
        body = _audit_csv_rows(entries)
    response = StreamingHttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audit.csv"'
    return response


def _audit_csv_header() -> str:
    buffer = io.StringIO()
    csv_writer(buffer, lineterminator="\n").writerow([*_AUDIT_HEADER, "detail"])
    return buffer.getvalue()


def _audit_csv_copy(entries):
    inner, params = entries.values_list(
        "id", *_AUDIT_FIELDS, "outcome", "detail"
    ).query.sql_with_params()
    text = [sql_csv_cell(f"e.{column}") for column in _AUDIT_FIELDS[1:6]]
    # nullif: COPY quotes an empty string ("") to tell it from NULL; csv_writer writes nothing.
    columns = ["to_json(e.at) #>> '{}'", *text, "host(e.ip)", "e.outcome", "e.detail::text"]
    select = ", ".join(f"nullif({column}, '')" for column in columns)
    copy = connection.ops.compose_sql(
        f"COPY (SELECT {select} FROM ({inner}) e ORDER BY e.at DESC, e.id DESC) "  # noqa: S608
        "TO STDOUT WITH (FORMAT csv)",
        params,
    )
    yield _audit_csv_header()
    buffer = bytearray()
    with connection.cursor() as cursor, cursor.cursor.copy(copy) as rows:
        for row in rows:  # one row per block: passed on in writes of about 64 KB
            buffer += row
            if len(buffer) >= _AUDIT_CHUNK_BYTES:
                yield bytes(buffer)
                buffer.clear()
    yield bytes(buffer)


def _audit_csv_rows(entries):
    rows = entries.values_list(*_AUDIT_FIELDS, "outcome", "detail").iterator(chunk_size=2000)
    buffer = io.StringIO()
    writer = csv_writer(buffer, lineterminator="\n")
    yield _audit_csv_header()
    for n, (at, *fields, ip, outcome, detail) in enumerate(rows, start=1):
        writer.writerow(
            [at.isoformat(), *fields, ip or "", outcome, json.dumps(detail, sort_keys=True)]
        )
        if n % _AUDIT_CHUNK_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@require_GET
@staff_required(SUPERVISE)
def deliveries(request):
    """Side effects that will not happen without a person: dead and failed outbox rows."""
    page = Paginator(selectors.deliveries_needing_attention(), 50).get_page(request.GET.get("page"))
    audit_record(
        actor=request.user,
        action="deliveries.view",
        ip=client_ip(request),
        detail={"page": page.number},
    )
    return render(request, "dispatch/deliveries.html", {"page": page})


@require_POST
@staff_required(SUPERVISE)
def delivery_retry(request, outbox_item_id):
    try:
        services.delivery_retry(
            outbox_item_id=outbox_item_id, actor=request.user, ip=client_ip(request)
        )
    except services.InvalidInput as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Queued to be tried again."))
    return redirect("dispatch:deliveries")


@require_GET
@staff_required(SUPERVISE)
def stats(request):
    today = timezone.localdate()
    initial = {"since": today - timedelta(days=29), "until": today}
    chosen = "since" in request.GET or "until" in request.GET
    form = forms.StatsRangeForm(request.GET if chosen else initial)
    data = form.cleaned_data if form.is_valid() else initial
    result = statistics.supervisor_statistics(since=data["since"], until=data["until"])
    query = f"since={data['since'].isoformat()}&until={data['until'].isoformat()}"
    if request.GET.get("format") == "csv":
        table = result.tables.get(request.GET.get("table", ""))
        if table is None:
            raise Http404
        audit_record(
            actor=request.user,
            action="stats.export",
            ip=client_ip(request),
            detail={"table": table.slug, "since": str(data["since"]), "until": str(data["until"])},
        )
        return _csv_download(table, f"statistics-{table.slug}-{data['since']}-{data['until']}")
    tables = result.tables
    for table in tables.values():
        table.csv_url = f"?{query}&format=csv&table={table.slug}"
    phone_line = phone_line_selectors.line_counts_for_days(since=data["since"], until=data["until"])
    return render(
        request,
        "dispatch/stats.html",
        {
            "form": form,
            "stats": result,
            "tables": tables,
            "query": query,
            "trend_chart": charts.line_chart([(d.isoformat(), n) for d, n in result.trend]),
            "category_chart": charts.bar_chart([(r[0], r[1]) for r in tables["categories"].rows]),
            "outcome_chart": charts.bar_chart([(r[0], r[1]) for r in tables["outcomes"].rows]),
            "phone_line": phone_line,
        },
    )


def _csv_download(table, filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    csv_writer(response).writerows(table.csv_rows())
    return response
