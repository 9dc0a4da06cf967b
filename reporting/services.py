"""Writes for report intake. Each service runs in one transaction."""

import datetime
import hmac
import logging
import secrets
import uuid

from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from portal.outbox.services import outbox_add

from . import conf
from .images import PhotoRejected, photo_clean
from .messaging import content as message_content
from .messaging.services import message_queue, reporter_notify
from .models import (
    DraftPhoto,
    Report,
    ReportAttachment,
    ReportDraft,
    ReporterReply,
    ReportEvent,
    ReportStatus,
    StatusCode,
    TriageFinding,
)
from .selectors import (
    contact_digest,
    report_for_contact_digest,
    report_is_open,
    status_code_pending,
)
from .signals import (
    emergency_language_found,
    followup_received,
    reply_received,
    report_submitted,
)
from .storage import report_storage
from .triage.lists import check_fields

logger = logging.getLogger(__name__)

REFERENCE_PREFIX = "NE"


def reference_next(*, year: int | None = None) -> str:
    """The next reference, e.g. NE-2026-004217.

    Each year's numbers come from a PostgreSQL sequence of its own (made by the year's first
    report; migration 0012): nextval() holds no lock until commit, so concurrent submits never
    wait for each other's commit as they did on a counter row. Unique; a submit that rolls back
    leaves its number unused.
    """
    year = year or timezone.localdate().year
    if connection.vendor != "postgresql":
        return f"{REFERENCE_PREFIX}-{year}-{_reference_last_stored(year) + 1:06d}"
    with connection.cursor() as cursor:
        cursor.execute("SELECT reporting_reference_next(%s)", [year])
        (last,) = cursor.fetchone()
    return f"{REFERENCE_PREFIX}-{year}-{last:06d}"


def _reference_last_stored(year: int) -> int:
    # The demo's SQLite has no sequences; it lets one writer in at a time, so the highest stored
    # number is enough there (the unique index still refuses a duplicate).
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    last = (
        Report.objects.filter(reference__startswith=prefix)
        .order_by("-reference")
        .values_list("reference", flat=True)
        .first()
    )
    return int(last.removeprefix(prefix)) if last else 0


@transaction.atomic
def report_submit(
    *, category, reporter_name: str, language: str, narrative: str, **fields
) -> Report:
    """Store a report, its first history line, its receipt and (through the signal) its queue item.

    All of it commits together or not at all; the receipt is sent after commit.
    """
    return _report_create(
        category=category,
        reporter_name=reporter_name,
        language=language,
        narrative=narrative,
        **fields,
    )


def _report_create(*, category, reporter_name: str, language: str, narrative: str, **fields):
    """report_submit's work, for a caller whose own transaction already holds it together (no
    savepoint of its own: two round trips fewer)."""
    report = Report.objects.create(
        reference=reference_next(),
        category=category,
        reporter_name=reporter_name,
        language=language,
        narrative=narrative,
        status=ReportStatus.SUBMITTED,
        **fields,
    )
    ReportEvent.objects.create(report=report, status=ReportStatus.SUBMITTED)
    report_submitted.send(sender=Report, report=report)
    reporter_notify(report=report, kind="receipt", new_report=True)
    return report


# --- The wizard's draft, the reporter's replies -----------------------------------------------
# Everything below is written by the intake views; report_submit above stays the one way in.


class DraftNotReady(Exception):
    """The draft can't be submitted yet; `step` is the first one to fix."""

    def __init__(self, step: str):
        super().__init__(step)
        self.step = step


def draft_start(*, language: str, emergency: bool) -> ReportDraft:
    """A new draft after the screening questions (kept, even when they sent the resident to
    9-1-1, so the wizard can refuse it)."""
    return ReportDraft.objects.create(language=language, screening_emergency=emergency)


# The key in a draft's data that names the channel a report came by when it isn't the web form
# alone (e.g. "phone": opened from the link the non-emergency line texted).
DRAFT_CHANNEL_KEY = "_channel"


def draft_via(*, draft: ReportDraft | None, language: str, channel: str) -> ReportDraft:
    """Mark a draft (a new one before screening, or the one being written) as coming by
    `channel`; draft_submit files its report with that channel."""
    if draft is None or draft.report_id:
        return ReportDraft.objects.create(language=language, data={DRAFT_CHANNEL_KEY: channel})
    draft.data = {**draft.data, DRAFT_CHANNEL_KEY: channel}
    draft.save(update_fields=["data", "updated_at"])
    return draft


def draft_screening_record(*, draft, emergency: bool) -> None:
    draft.screening_emergency = emergency
    draft.save(update_fields=["screening_emergency", "updated_at"])


def draft_step_save(*, draft, step: str, raw: dict) -> None:
    """Store a step's answers as typed; called for valid and invalid input alike."""
    draft.data = {**draft.data, step: raw}
    draft.save(update_fields=["data", "updated_at"])


def draft_emergency_acknowledge(*, draft, concepts) -> None:
    """The reporter saw "Call 9-1-1 now" for these concepts and chose to go on."""
    known = set(draft.emergency_concepts_acknowledged) | set(concepts)
    draft.emergency_concepts_acknowledged = sorted(known)
    draft.save(update_fields=["emergency_concepts_acknowledged", "updated_at"])


def triage_findings_record(*, report, source: str, findings) -> list[TriageFinding]:
    """Keep what the emergency check found ((field, text, finding) triples) for the console."""
    rows = []
    for field, text, finding in findings:
        sentence = text[finding.sentence_start : finding.sentence_end]
        rows.append(
            TriageFinding(
                report=report,
                source=source,
                field=field[:60],
                concept=finding.concept,
                language=finding.language,
                phrase=finding.phrase[:300],
                words=finding.text[:300],
                sentence=sentence,
                words_start=finding.start - finding.sentence_start,
                words_end=finding.end - finding.sentence_start,
            )
        )
    return TriageFinding.objects.bulk_create(rows)


def _photo_store(upload, *, folder: str):
    """Check, strip and store one upload; returns (stored name, content type, size)."""
    photo = photo_clean(upload)
    name = report_storage().save(
        f"{folder}/{uuid.uuid4().hex}.{photo.extension}", ContentFile(photo.content)
    )
    return name, photo.content_type, len(photo.content)


def draft_photos_update(*, draft, files, remove_ids=()) -> None:
    """Add checked photos to a draft and drop the ones the reporter removed.

    Raises images.PhotoRejected (translated message) and stores nothing from this request when
    any file is refused, so the reporter never wonders which ones made it.
    """
    remove_ids = [int(i) for i in remove_ids]
    if not files and not remove_ids:
        return  # "Save and continue" with nothing added or removed: nothing to write
    kept = draft.photos.exclude(pk__in=remove_ids).aggregate(total=Sum("size"))["total"] or 0
    stored = []
    try:
        for upload in files:
            stored.append((upload.name, *_photo_store(upload, folder="drafts")))
            if kept + sum(size for *_rest, size in stored) > conf.MAX_DRAFT_PHOTO_BYTES:
                raise PhotoRejected(
                    _(
                        "Together these photos are too large for one report. "
                        "Please choose fewer or smaller photos."
                    )
                )
    except Exception:
        for _original, name, _ct, _size in stored:
            report_storage().delete(name)
        raise
    with transaction.atomic():
        for photo in draft.photos.filter(pk__in=remove_ids):
            photo.file.delete(save=False)
            photo.delete()
        for original, name, content_type, size in stored:
            DraftPhoto.objects.create(
                draft=draft,
                file=name,
                original_name=original[:200],
                content_type=content_type,
                size=size,
            )
        draft.save(update_fields=["updated_at"])


def drafts_purge(*, now: datetime.datetime | None = None) -> int:
    """Delete drafts untouched for conf.draft_retention_days(), with their photo files.

    Residents are told on the draft pages; nothing younger is touched. Submitted drafts go too:
    their report holds everything, and their photos already belong to its attachments.
    Returns how many drafts were deleted.
    """
    cutoff = (now or timezone.now()) - datetime.timedelta(days=conf.draft_retention_days())
    deleted = 0
    for draft in ReportDraft.objects.filter(updated_at__lt=cutoff).iterator(chunk_size=200):
        with transaction.atomic():
            locked = (
                ReportDraft.objects.select_for_update(skip_locked=True)
                .filter(pk=draft.pk, updated_at__lt=cutoff)
                .first()
            )
            if locked is None:
                continue  # touched meanwhile, or another sweep holds it
            names = [photo.file.name for photo in locked.photos.all()]
            locked.delete()
            # Files go only once the rows are gone for good.
            transaction.on_commit(lambda names=names: [report_storage().delete(n) for n in names])
            deleted += 1
    if deleted:
        logger.info("Deleted %s drafts untouched for %s days", deleted, conf.draft_retention_days())
    return deleted


@transaction.atomic
def draft_submit(*, draft, fields: dict, findings=()) -> Report:
    """Turn a checked draft into a report: one transaction for the report, its queue item (via
    the signal), its receipt, its photos and the draft's end."""
    # Two tabs pressing "Send" at once must not file the report twice.
    locked = ReportDraft.objects.select_for_update().get(pk=draft.pk)
    if locked.report_id:
        return locked.report
    channel = locked.data.get(DRAFT_CHANNEL_KEY)
    if channel:
        fields = {**fields, "channel": channel}
    report = _report_create(possible_emergency=bool(findings), **fields)
    triage_findings_record(report=report, source=TriageFinding.Source.WIZARD, findings=findings)
    photos = list(locked.photos.all())
    if photos:
        ReportAttachment.objects.bulk_create(
            ReportAttachment(
                report=report,
                file=photo.file.name,
                content_type=photo.content_type,
                size=photo.size,
                source=ReportAttachment.Source.WEB,
            )
            for photo in photos
        )
        # The files now belong to the attachments; only the draft rows go.
        locked.photos.all().delete()
    locked.report = report
    locked.save(update_fields=["report", "updated_at"])
    return report


def report_reply_add(*, report, body: str, files=()) -> ReporterReply:
    """The reporter's answer or new information (text and/or photos) from the status page.

    Taken in every status (issue 16): escalated and decided reports still take new information,
    routed to whoever holds them, and a closed report keeps what its reporter wrote and flags it
    for the console. Dispatch shows `report.replies` and
    `report.attachments.filter(source="status")`. The returned reply carries `triage_findings`
    (emergency language found in the answer) and `after_decision` (the report was no longer
    open). Raises images.PhotoRejected for a bad photo.
    """
    stored = []
    try:
        for upload in files:
            stored.append(_photo_store(upload, folder=f"reports/{report.submitted_at:%Y/%m}"))
    except Exception:
        for name, _ct, _size in stored:
            report_storage().delete(name)
        raise
    with transaction.atomic():
        current = Report.objects.select_for_update().get(pk=report.pk)
        reply = ReporterReply.objects.create(report=current, body=body)
        for name, content_type, size in stored:
            ReportAttachment.objects.create(
                report=current,
                file=name,
                content_type=content_type,
                size=size,
                source=ReportAttachment.Source.STATUS_PAGE,
            )
        reply.after_decision = not report_is_open(current)
        if reply.after_decision:
            followup_record(report=current, via="status_page")
        else:
            reply_received.send(sender=ReporterReply, report=current, reply=reply)
        reply.triage_findings = report_emergency_language_check(
            report=current, text=body, source=TriageFinding.Source.STATUS_PAGE, field="reply"
        )
    return reply


def followup_record(*, report, via: str) -> None:
    """The reporter wrote after a decision or the close: the queue flags it (after commit)."""
    followup_received.send(sender=Report, report=report, via=via)


def report_emergency_language_check(*, report, text: str, source: str, field: str) -> list:
    """Check a reporter's later words (status-page answer, text message) for emergency language.

    On a finding: the findings are kept for the console, the report becomes a possible emergency
    and the dispatch queue is told (top priority, supervisors alerted). Returns the findings
    ((field, text, finding) triples) so the channel can answer "call 9-1-1" at once.
    """
    findings = check_fields({field: text}, language_hint=report.language)
    if not findings:
        return []
    with transaction.atomic():
        triage_findings_record(report=report, source=source, findings=findings)
        Report.objects.filter(pk=report.pk).update(possible_emergency=True)
        emergency_language_found.send(sender=Report, report=report, via=source)
    return findings


def text_emergency_reply(*, report, body: str, language: str) -> str:
    """For an inbound text: "call or text 9-1-1 now" in the reporter's language when it reads
    like an emergency ("" otherwise). With a report, it is also raised in the queue."""
    if report is not None:
        findings = report_emergency_language_check(
            report=report, text=body, source=TriageFinding.Source.SMS, field="sms"
        )
        reply_language = report.language
    else:
        findings = check_fields({"sms": body}, language_hint=language)
        reply_language = findings[0][2].language if findings else language
    return message_content.emergency_text(reply_language) if findings else ""


# --- Status access by proof of contact (issue 12) ---------------------------------------------


def _status_code_hash(*, report_id: int, session_hash: str, code: str) -> str:
    return salted_hmac(
        "reporting.status_code", f"{report_id}:{session_hash}:{code}", algorithm="sha256"
    ).hexdigest()


STATUS_CODE_KIND = "reporting.status_code"


@transaction.atomic
def status_code_request(*, reference: str, contact: str, session_hash: str) -> None:
    """Ask for a code for a status lookup. The request does the same work whatever was typed
    (one outbox row holding the reference and a digest of the contact), so neither its answer
    nor its timing tells whether anything matched; status_code_deliver does the matching."""
    outbox_add(
        kind=STATUS_CODE_KIND,
        key=f"{STATUS_CODE_KIND}:{uuid.uuid4().hex}",
        payload={
            "reference": reference,
            "contact": contact_digest(contact),
            "session": session_hash,
        },
    )


def status_code_deliver(item) -> str:
    """The outbox handler: when the reference and the contact match a report, send a one-time
    code to that phone or email (whatever the reporter's contact preference: they asked for it
    just now). The code opens the report only in the browser session that asked."""
    payload = item.payload
    report, channel = report_for_contact_digest(
        reference=payload.get("reference", ""), digest=payload.get("contact", "")
    )
    if report is None:
        return ""
    code = f"{secrets.randbelow(10**conf.STATUS_CODE_DIGITS):0{conf.STATUS_CODE_DIGITS}d}"
    session_hash = payload["session"]
    with transaction.atomic():
        StatusCode.objects.create(
            report=report,
            code_hash=_status_code_hash(report_id=report.pk, session_hash=session_hash, code=code),
            session_hash=session_hash,
            channel=channel,
            expires_at=timezone.now() + datetime.timedelta(minutes=conf.STATUS_CODE_MINUTES),
        )
        message = message_queue(
            report=report,
            channel=channel,
            to=report.email if channel == "email" else report.phone.as_e164,
            body=message_content.message_render(
                kind="status_code", channel=channel, report=report, context={"code": code}
            ),
            kind="status_code",
        )
    return str(message.pk)


@transaction.atomic
def status_code_check(*, session_hash: str, code: str):
    """The report when `code` is this session's live code; else None and one try is used."""
    now = timezone.now()
    pending = status_code_pending(session_hash=session_hash, now=now)
    if pending is not None:
        pending = StatusCode.objects.select_for_update().select_related("report").get(pk=pending.pk)
    expected = _status_code_hash(
        report_id=pending.report_id if pending else 0, session_hash=session_hash, code=code
    )
    if pending is None:
        hmac.compare_digest(expected, expected)  # a miss costs what a hit does
        return None
    if pending.used_at is None and hmac.compare_digest(pending.code_hash, expected):
        pending.used_at = now
        pending.save(update_fields=["used_at"])
        return pending.report
    StatusCode.objects.filter(pk=pending.pk).update(attempts=F("attempts") + 1)
    return None
