"""The one-question survey after a report closes (issue 16): "How did we do? Reply 1-5".

Timing: the close's transaction adds one outbox row (`reporting.survey`, keyed by the report so
it exists once per report) held back by REPORTING_SURVEY_DELAY_MINUTES with the outbox's
`not_before`; the outbox sweep queues it when due. A delay lets the outcome message arrive and
be read first, and a report reopened meanwhile is not surveyed. When the row runs, the survey
goes by text to those who chose texts (never for a sensitive category, never after STOP), else
by email with a link to the survey page; someone who chose no contact sees the question on
their status page. Whatever the channel, the survey page (from the status page) takes one
answer per report, and a text reply is read by `survey_score_parse`.
"""

import re
import unicodedata
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from portal.outbox.services import outbox_add

from .messaging import content
from .messaging.models import Message
from .messaging.selectors import phone_is_opted_out
from .messaging.services import message_queue
from .models import Report, ReportStatus, SurveyChannel, SurveyResponse
from .selectors import status_token_for

SURVEY_KIND = "reporting.survey"
MESSAGE_KIND = "survey"
# A text answer counts for this long after the survey text went out.
ANSWER_DAYS = 30
COMMENT_MAX = 500


class SurveyClosed(Exception):
    """The survey can't be answered: the report is not closed, or it was answered already."""


def survey_delay() -> timedelta:
    return timedelta(minutes=getattr(settings, "REPORTING_SURVEY_DELAY_MINUTES", 60))


def survey_link(report: Report) -> str:
    """The absolute link to the report's survey page, in the reporter's language."""
    with translation.override(report.language):
        path = reverse("reporting:survey", args=[status_token_for(report)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def survey_schedule(*, report: Report):
    """Called in the transaction that closes the report: one survey per report, ever."""
    return outbox_add(
        kind=SURVEY_KIND,
        key=f"{SURVEY_KIND}:{report.pk}",
        target_id=report.pk,
        not_before=timezone.now() + survey_delay(),
    )


def survey_open(report: Report) -> bool:
    """The reporter may answer now: the report is closed and not answered yet."""
    return (
        report.status == ReportStatus.CLOSED
        and not SurveyResponse.objects.filter(report=report).exists()
    )


def survey_channel(report: Report) -> str:
    """How to ask this reporter: "sms", "email", or "" (the status page only)."""
    if not survey_open(report) or report.callback_channel == "none":
        return ""
    texts = report.callback_channel in ("sms", "tty") and report.phone
    if texts and not report.category.sensitive and not phone_is_opted_out(report.phone):
        return Message.Channel.SMS
    if report.email:
        return Message.Channel.EMAIL
    return ""


def survey_send(item) -> str:
    """The outbox handler: queue the survey message when the report is still closed and not
    answered. Returns the message id, "" when there is nothing to send."""
    with transaction.atomic():
        report = (
            Report.objects.select_for_update(of=("self",))
            .select_related("category")
            .filter(pk=item.target_id)
            .first()
        )
        if report is None:
            return ""
        channel = survey_channel(report)
        if not channel:
            return ""
        sms = channel == Message.Channel.SMS
        link = survey_link(report) + ("" if sms else "?via=email")
        message = message_queue(
            report=report,
            channel=channel,
            to=report.phone.as_e164 if sms else report.email,
            body=content.message_render(
                kind=MESSAGE_KIND, channel=channel, report=report, context={"survey_link": link}
            ),
            kind=MESSAGE_KIND,
        )
    return str(message.pk)


def survey_answer(*, report: Report, score: int, comment: str = "", channel: str) -> SurveyResponse:
    """Record the one answer of a report's survey. Raises SurveyClosed when it can't be taken."""
    if not 1 <= int(score) <= 5:
        raise ValueError("a score is 1 to 5")
    if report.status != ReportStatus.CLOSED:
        raise SurveyClosed(report.reference)
    try:
        with transaction.atomic():
            return SurveyResponse.objects.create(
                report=report,
                score=int(score),
                comment=(comment or "").strip()[:COMMENT_MAX],
                channel=channel if channel in SurveyChannel.values else SurveyChannel.WEB,
            )
    except IntegrityError as exc:  # answered already (the one-to-one holds)
        raise SurveyClosed(report.reference) from exc


def survey_comment_add(*, report: Report, comment: str) -> SurveyResponse | None:
    """A comment after a score given without one (the survey page, after a text answer)."""
    comment = (comment or "").strip()[:COMMENT_MAX]
    with transaction.atomic():
        response = SurveyResponse.objects.select_for_update().filter(report=report).first()
        if response is None or response.comment or not comment:
            return response
        response.comment = comment
        response.save(update_fields=["comment"])
        return response


def survey_pending_for(sender: str) -> Report | None:
    """The closed report whose survey text went to `sender` recently and is not answered."""
    message = (
        Message.objects.filter(
            to=sender,
            kind=MESSAGE_KIND,
            channel=Message.Channel.SMS,
            direction=Message.Direction.OUTBOUND,
            created_at__gte=timezone.now() - timedelta(days=ANSWER_DAYS),
        )
        .select_related("report__category")
        .order_by("-created_at")
        .first()
    )
    if message is None or message.report is None or not survey_open(message.report):
        return None
    return message.report


# --- Reading a text answer ---------------------------------------------------------------------

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
}
STAR_CHARACTERS = "⭐★🌟"
_KEYCAP = re.compile("([1-5])\ufe0f?\u20e3")
_STARS = re.compile(rf"^(?:[{STAR_CHARACTERS}]\ufe0f?\s*){{1,5}}(?![{STAR_CHARACTERS}])")
_WORDS = "|".join(NUMBER_WORDS)
_SCORE = re.compile(
    rf"""^(?:(?:score|rating|puntuacion|calificacion|nota)\s*[:=]?\s*)?
    (?P<score>[1-5]|{_WORDS})\b(?![.,]\d)(?!\s*/\s*(?!5\b)\d)
    \s*(?:(?:/|out\s+of|of|de)\s*(?:5|five|cinco)\b)?
    [\s-]*(?:stars?|estrellas?|puntos?)?
    (?P<rest>.*)$""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)


def _plain(text: str) -> str:
    """Lower case without accents: "Cinco", "cínco" and "CINCO" read the same."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def survey_score_parse(text: str) -> tuple[int, str] | None:
    """(score, comment) when the text starts with a 1-5 answer: "5", "five", "cinco", "5 stars",
    "5/5", "4 out of 5", "⭐⭐⭐⭐⭐", "3️⃣"; what follows is the comment. None otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    stars = _STARS.match(text)
    if stars:
        count = sum(1 for ch in stars.group(0) if ch in STAR_CHARACTERS)
        return count, _comment(text[stars.end() :])
    text = _KEYCAP.sub(r"\1", text)
    match = _SCORE.match(text)
    if match is None:
        match = _SCORE.match(_plain(text))  # number words with accents or capitals
        if match is None:
            return None
        original_rest = text[len(text) - len(match.group("rest")) :]
    else:
        original_rest = match.group("rest")
    word = _plain(match.group("score"))
    score = int(word) if word.isdigit() else NUMBER_WORDS[word]
    return score, _comment(original_rest)


def _comment(rest: str) -> str:
    return rest.strip().lstrip(",.;:!-–—)").strip()[:COMMENT_MAX]
