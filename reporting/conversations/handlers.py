"""The report-by-text handlers of the inbound text chain (MESSAGING_INBOUND_HANDLERS).

`conversation_continue` goes first in the chain: a text from someone in the middle of a report
by text is an answer to it, and REPORT / REPORTE starts one (also a second report beside an open
one, or after a closed one). `conversation_offer` goes last: any text from a sender with no open
report that no other handler took starts one too, since the only other answer would be "we
could not match this number".
"""

from reporting.messaging.selectors import phone_is_opted_out

from . import services, words
from .selectors import conversation_in_progress


def _detach(inbound) -> None:
    """A conversation's texts belong to the report it will file, not to an open one's thread."""
    if inbound.message.report_id is not None:
        inbound.message.report = None
        inbound.message.media = []  # kept again below if the conversation takes the photos
        inbound.message.save(update_fields=["report", "media", "updated_at"])


def conversation_continue(inbound) -> str | None:
    conversation = conversation_in_progress(inbound.sender)
    if conversation is None:
        # REPORT is answered here, first, so that a handler for other texts (a follow-up to a
        # closed report, say) never takes it: a resident can always start another report.
        return _start(inbound) if _asks(inbound) else None
    _detach(inbound)
    outcome = services.conversation_receive(
        conversation,
        text=inbound.body,
        media=inbound.media,
        message=inbound.message,
        keyword=inbound.keyword,
        emergency_reply=inbound.emergency_reply,
    )
    if outcome.after_emergency:
        # Only when the two fit one text's budget (services decided); else it is said next.
        inbound.allow_after_emergency = True
    if outcome.submit:
        # The reply joins the new report's thread too.
        inbound.message.refresh_from_db(fields=["report"])
        inbound.report = inbound.message.report
    return outcome.reply


def _asks(inbound) -> bool:
    return not inbound.keyword and words.is_word(inbound.body, words.REPORT_EN | words.REPORT_ES)


def conversation_offer(inbound) -> str | None:
    if inbound.keyword or inbound.report is not None or inbound.emergency_reply:
        # Keywords keep their built-in answers, a resident with an open report writes to its
        # thread, and a text that reads like an emergency gets the 9-1-1 answer alone.
        return None
    if not (inbound.body or "").strip():
        return None
    return _start(inbound)


def _start(inbound) -> str | None:
    if phone_is_opted_out(inbound.sender):
        # After STOP only START re-opens texts (the carriers' rule): no conversation until then.
        return None
    _detach(inbound)
    language = words.language_guess(inbound.body, default=inbound.language)
    _conversation, reply = services.conversation_start(
        phone=inbound.sender, language=language, message=inbound.message
    )
    return reply
