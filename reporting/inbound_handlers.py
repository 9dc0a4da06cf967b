"""What an inbound text means for a report after it is decided (issue 16): a survey answer, or a
follow-up to a closed report. Offered in the order MESSAGING_INBOUND_HANDLERS names them
(reporting/messaging/inbound.py, InboundText); each returns None to pass, or the reply to claim
the text. Each costs one indexed query when the text is not its case."""

from .messaging import content
from .messaging.inbound import InboundText
from .messaging.signals import message_received
from .models import Report, ReportStatus, SurveyChannel, TriageFinding
from .services import followup_record, report_emergency_language_check
from .surveys import (
    SurveyClosed,
    survey_answer,
    survey_link,
    survey_pending_for,
    survey_score_parse,
)


def survey_reply(inbound: InboundText) -> str | None:
    """ "5", "five", "cinco", "5 stars" ... from someone whose survey text is unanswered."""
    if inbound.keyword:
        # STOP closes nothing here: the survey went once and is never sent again.
        return None
    parsed = survey_score_parse(inbound.body)
    if parsed is None:
        return None
    report = survey_pending_for(inbound.sender)
    if report is None:
        return None
    score, comment = parsed
    try:
        survey_answer(report=report, score=score, comment=comment, channel=SurveyChannel.SMS)
    except SurveyClosed:
        return None
    message = inbound.message
    message.report, message.kind, message.language = report, "survey_answer", report.language
    message.save(update_fields=["report", "kind", "language", "updated_at"])
    return content.message_render(
        kind="survey_thanks",
        channel="sms",
        report=report,
        context={"score": score, "comment": comment, "survey_link": survey_link(report)},
    )


def followup_after_close(inbound: InboundText) -> str | None:
    """A text from someone whose reports are all closed joins the latest one: kept on it,
    flagged in the console, and the reporter is told what happens next."""
    if inbound.report is not None or inbound.keyword:
        return None
    report = (
        Report.objects.filter(phone=inbound.sender, status=ReportStatus.CLOSED)
        .select_related("category")
        .order_by("-submitted_at")
        .first()
    )
    if report is None:
        return None
    message = inbound.message
    message.report, message.language, message.media = report, report.language, inbound.media
    message.save(update_fields=["report", "language", "media", "updated_at"])
    inbound.language = report.language
    if inbound.emergency_reply:
        # The check ran without a report; now the closed report goes back to the top.
        report_emergency_language_check(
            report=report, text=inbound.body, source=TriageFinding.Source.SMS, field="sms"
        )
    message_received.send(sender=type(message), message=message)  # texted photos are saved
    followup_record(report=report, via="sms")
    return content.message_render(kind="followup", channel="sms", report=report)
