"""Writes for the phone line. Each runs in one transaction; the text goes through the outbox
(reporting.messaging.services.message_queue, the existing "messaging.sms" kind)."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from reporting.messaging.backends import get_backend
from reporting.messaging.errors import MessagingError
from reporting.messaging.models import Message
from reporting.messaging.services import message_queue
from reporting.services import draft_via

from . import prompts, selectors
from .models import Call, CallStep

logger = logging.getLogger(__name__)

TEXT_KIND = selectors.LINK_TEXT_KIND


@transaction.atomic
def call_answer(*, sid: str, caller: str, to: str) -> Call:
    """The call as the line first hears it; Twilio's retry of the same call finds the row."""
    call = Call.objects.filter(sid=sid).first()
    if call is not None:
        return call
    try:
        with transaction.atomic():
            call = Call.objects.create(sid=sid, caller=caller[:32], to=to[:32])
    except IntegrityError:
        return Call.objects.get(sid=sid)
    CallStep.objects.create(call=call, menu=CallStep.Menu.ANSWER, outcome="answered")
    return call


def call_for(*, sid: str, caller: str = "", to: str = "") -> Call:
    """The call a later webhook belongs to (answered by `call_answer`, or made now if that
    answer was lost)."""
    return selectors.call_for_sid(sid) or call_answer(sid=sid, caller=caller, to=to)


def call_step_record(*, call: Call, menu: str, choice: str = "", via: str = "", outcome=""):
    return CallStep.objects.create(
        call=call, menu=menu, choice=choice[:20], via=via[:8], outcome=outcome[:40]
    )


def call_language_set(*, call: Call, language: str) -> None:
    if call.language != language:
        call.language = language
        call.save(update_fields=["language"])


def link_for(call: Call) -> str:
    """The link in the call's text: the report form, marked as coming from this call."""
    with translation.override(call.language):
        path = reverse("voice:link", args=[call.link_token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@dataclass(frozen=True)
class TextOutcome:
    queued: bool
    reason: str = ""  # why not: "withheld", "opted_out", "limit", "landline"


def _line_type(call: Call) -> str:
    """Twilio Lookup's line type, asked once per call and only where configured."""
    if not settings.VOICE_LOOKUP_LINE_TYPE:
        return ""
    if call.line_type:
        return call.line_type
    try:
        line_type = get_backend().line_type(call.caller)
    except MessagingError as exc:
        # Not knowing is no reason to refuse: the send itself will tell.
        logger.warning("Lookup failed for call %s: %s", call.sid, exc)
        return ""
    if line_type:
        Call.objects.filter(pk=call.pk).update(line_type=line_type[:20])
        call.line_type = line_type[:20]
    return line_type


@transaction.atomic
def call_text_link(*, call: Call, via: str = "dtmf") -> TextOutcome:
    """Option 1: queue a text with the link to report online, unless the caller's phone can't
    take one (withheld number, opted out of texts, or a landline by Twilio Lookup)."""
    if call.text_id:
        outcome = TextOutcome(queued=True)  # asked twice in one call: one text is enough
    elif selectors.caller_withheld(call.caller):
        outcome = TextOutcome(queued=False, reason="withheld")
    elif selectors.caller_opted_out(call.caller):
        outcome = TextOutcome(queued=False, reason="opted_out")
    elif selectors.link_texts_since(call.caller, timezone.now() - timedelta(days=1)) >= (
        settings.VOICE_TEXTS_PER_NUMBER_PER_DAY
    ):
        # Caller ID can be spoofed: the line must not be a way to flood someone with texts.
        outcome = TextOutcome(queued=False, reason="limit")
    elif _line_type(call) in selectors.NO_TEXT_LINE_TYPES:
        outcome = TextOutcome(queued=False, reason="landline")
    else:
        with translation.override(call.language):
            body = prompts.text_body(link=link_for(call))
        message = message_queue(
            report=None,
            channel=Message.Channel.SMS,
            to=call.caller,
            body=body,
            kind=TEXT_KIND,
            language=call.language,
        )
        Call.objects.filter(pk=call.pk).update(text=message)
        call.text = message
        outcome = TextOutcome(queued=True)
    call_step_record(
        call=call,
        menu=CallStep.Menu.TEXT,
        choice="1",
        via=via,
        outcome="text_queued"
        if outcome.queued
        else ("text_limit" if outcome.reason == "limit" else "no_texts"),
    )
    return outcome


def call_text_failed(*, call: Call) -> None:
    """The text could not be sent (a landline Twilio refused, say): the caller hears the web
    address instead, and the statistics count the call with the ones that got no text."""
    call_step_record(call=call, menu=CallStep.Menu.TEXT, outcome="no_texts")


def call_status_limited(*, call: Call, via: str) -> bool:
    """True when this number has tried too many references without a match today; the try is
    then not made at all, so the answer can't tell apart a guess that would have matched."""
    since = timezone.now() - timedelta(days=1)
    if selectors.status_misses_since(call.caller, since) < (
        settings.VOICE_STATUS_MISSES_PER_NUMBER_PER_DAY
    ):
        return False
    call_step_record(
        call=call, menu=CallStep.Menu.STATUS, choice="reference", via=via, outcome="status_limit"
    )
    return True


@transaction.atomic
def call_status_attempt(*, call: Call, reference: str, via: str):
    """Option 3: one try at a reference; returns the report only for its own phone."""
    Call.objects.filter(pk=call.pk).update(status_attempts=call.status_attempts + 1)
    call.status_attempts += 1
    report = selectors.report_for_caller(reference=reference, caller=call.caller)
    call_step_record(
        call=call,
        menu=CallStep.Menu.STATUS,
        choice="reference" if reference else "invalid",
        via=via,
        outcome="status_read" if report else "status_not_found",
    )
    return report


@transaction.atomic
def call_end_record(*, sid: str, status: str, duration: str = "") -> bool:
    """Twilio's status callback for a call to the line; unknown SIDs change nothing."""
    changes = {"status": (status or "")[:20]}
    if status in ("completed", "busy", "failed", "no-answer", "canceled"):
        changes["ended_at"] = timezone.now()
    # ASCII digits only ("²".isdigit() but int() refuses it), and short enough for the column.
    if (duration or "").isascii() and (duration or "").isdigit() and len(duration) <= 9:
        changes["duration"] = int(duration)
    return bool(Call.objects.filter(sid=sid).update(**changes))


@transaction.atomic
def call_link_open(*, call: Call, draft=None):
    """The caller opened the text's link: their draft (a new one, or the one they were
    writing) becomes a report by phone, so the report it files counts for the line."""
    call_step_record(call=call, menu=CallStep.Menu.TEXT, outcome="link_opened")
    return draft_via(
        draft=draft, language=translation.get_language() or call.language, channel="phone"
    )


@transaction.atomic
def calls_forget() -> int:
    """Blank the caller's number on calls older than VOICE_CALLER_RETENTION_DAYS.

    The number is needed only while it can still be used: to text the link, to read a status,
    to count a report filed by text after the call. The call and its choices stay for the
    statistics, without it.
    """
    before = timezone.now() - timedelta(days=settings.VOICE_CALLER_RETENTION_DAYS)
    return Call.objects.filter(started_at__lt=before).exclude(caller="").update(caller="")
