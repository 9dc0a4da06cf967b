"""Reads for the phone line: the desk's settings and hours, a caller's report, the statistics."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Site

from cms.models import AgencySettings
from reporting.messaging.models import Message, OptOut
from reporting.models import Report
from reporting.services import REFERENCE_PREFIX

from .models import Call, CallStep, PhoneLineSettings

# Twilio Lookup line types that can't receive a text (https://www.twilio.com/docs/lookup/v2-api/
# line-type-intelligence): anything else, and "" (not asked or unknown), gets one; a send that
# fails still ends in the spoken web address.
NO_TEXT_LINE_TYPES = {
    "landline",
    "fixedVoip",
    "tollFree",
    "premium",
    "sharedCost",
    "uan",
    "voicemail",
    "pager",
}
# The kind of the line's text (services.TEXT_KIND names the same).
LINK_TEXT_KIND = "phone_line_link"
# Caller IDs Twilio uses when the number is withheld.
WITHHELD = {"", "anonymous", "restricted", "unknown", "blocked", "+266696687", "+7378742833"}


def phone_line_settings() -> PhoneLineSettings:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return PhoneLineSettings()
    return PhoneLineSettings.for_site(site)


def desk_open(line: PhoneLineSettings, now: datetime | None = None) -> bool:
    """Is the desk answering now (in the agency's time zone)? No hours set: always."""
    if line.desk_opens is None or line.desk_closes is None:
        return True
    now = timezone.localtime(now)
    if line.desk_days == PhoneLineSettings.Days.WEEKDAYS and now.weekday() >= 5:
        return False
    if line.desk_opens <= line.desk_closes:
        return line.desk_opens <= now.time() < line.desk_closes
    return now.time() >= line.desk_opens or now.time() < line.desk_closes  # past midnight


def agency_address() -> str:
    """The agency's street address from its site settings, on one line, for reading aloud."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    agency = AgencySettings.for_site(site) if site else None
    return " ".join((agency.address if agency else "").split())


def call_for_sid(sid: str) -> Call | None:
    return Call.objects.filter(sid=sid).first()


def caller_withheld(number: str) -> bool:
    return (number or "").strip().lower() in WITHHELD


def caller_opted_out(number: str) -> bool:
    return OptOut.objects.filter(phone=number).exists()


def reference_from_digits(digits: str, *, year: int | None = None) -> str:
    """ "2026004217" -> "NE-2026-004217"; up to 6 digits are this year's ("4217")."""
    if len(digits) == 10:
        return f"{REFERENCE_PREFIX}-{digits[:4]}-{digits[4:]}"
    if 0 < len(digits) <= 6:
        year = year or timezone.localdate().year
        return f"{REFERENCE_PREFIX}-{year}-{int(digits):06d}"
    return ""


def report_for_caller(*, reference: str, caller: str) -> Report | None:
    """The report with this reference, only when the caller rings from the phone given with it.

    References are sequential, so a reference alone proves nothing (docs/decisions/
    0004-phone-status-by-caller-id.md); the phone number is the same proof an inbound text's
    sender is for joining a report's thread.
    """
    if not reference or caller_withheld(caller):
        return None
    return (
        Report.objects.select_related("category").filter(reference=reference, phone=caller).first()
    )


def link_texts_since(number: str, since: datetime) -> int:
    """How many texts with the link the line has sent this number since `since`."""
    return Message.objects.filter(kind=LINK_TEXT_KIND, to=number, created_at__gte=since).count()


def status_misses_since(number: str, since: datetime) -> int:
    """How many references this number tried on the line without a match since `since`."""
    return CallStep.objects.filter(
        outcome="status_not_found", at__gte=since, call__caller=number
    ).count()


def message_state(message_id: int | None) -> Message | None:
    if not message_id:
        return None
    return Message.objects.only("status", "error_code").filter(pk=message_id).first()


def call_for_link(token: str) -> Call | None:
    return Call.objects.filter(link_token=token).first() if token else None


@dataclass(frozen=True)
class LineCounts:
    calls: int
    texts_sent: int
    reports: int
    to_desk: int
    landline: int

    @property
    def deflection(self) -> float | None:
        """Reports filed from a call's text, per call answered."""
        return self.reports / self.calls if self.calls else None


def line_counts(*, since: datetime, until: datetime) -> LineCounts:
    """Calls answered, texts sent from them, reports filed from those texts (channel "phone"),
    calls put through to the desk and callers who couldn't get a text, in [since, until)."""
    calls = Call.objects.filter(started_at__gte=since, started_at__lt=until).aggregate(
        calls=Count("pk"),
        texts=Count(
            "pk",
            filter=Q(
                text__status__in=[Message.Status.SENT, Message.Status.DELIVERED],
            ),
        ),
    )
    steps = CallStep.objects.filter(at__gte=since, at__lt=until).aggregate(
        desk=Count("call", filter=Q(outcome="dialed"), distinct=True),
        landline=Count("call", filter=Q(outcome="no_texts"), distinct=True),
    )
    reports = Report.objects.filter(
        channel="phone", submitted_at__gte=since, submitted_at__lt=until
    ).count()
    return LineCounts(
        calls=calls["calls"],
        texts_sent=calls["texts"],
        reports=reports,
        to_desk=steps["desk"],
        landline=steps["landline"],
    )


def line_counts_for_days(*, since: date, until: date) -> LineCounts:
    """The counts for whole days in the agency's time zone, `until` included (the console's
    statistics range)."""
    zone = timezone.get_current_timezone()
    return line_counts(
        since=datetime.combine(since, time.min, tzinfo=zone),
        until=datetime.combine(until + timedelta(days=1), time.min, tzinfo=zone),
    )
