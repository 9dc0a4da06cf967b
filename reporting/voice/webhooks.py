"""The non-emergency line's voice webhooks (/twilio/line/...), signed and verified like the
messaging webhooks. Thin views: read Twilio's fields, call a service, answer TwiML.

Configure the agency number's "A call comes in" webhook as POST {base}/twilio/line/ and its
call status callback as POST {base}/twilio/line/call-status/ (README). Every other URL here is
reached from the TwiML's own actions, which carry the call's state: the CallSid (Twilio sends
it with every request) names the Call row, and `tries` counts the menu's misses.
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from reporting import outcomes
from reporting.messaging.models import Message
from reporting.messaging.twilio_backend import twilio_signature_required
from reporting.messaging.webhooks import ADDRESS, SID, WORD, fields_bounded

from . import prompts, selectors, services, twiml
from .models import Call, CallStep
from .understand import Heard, heard, reference_digits

# Misses (wrong keys, silence) before the line says goodbye; silence twice ends at once.
MAX_TRIES = 3
SPEECH = 500  # SpeechResult is a short phrase; anything longer is not Twilio's


def _xml(body: str) -> HttpResponse:
    return HttpResponse(body, content_type="text/xml; charset=utf-8")


def _url(name: str, **query) -> str:
    # Root-relative: Twilio resolves it against the URL it just called, so the signature it
    # sends is for the same public host (TWILIO_WEBHOOK_BASE_URL or what Django sees).
    path = reverse(f"voice_twilio:{name}")
    return path + ("?" + urlencode(query) if query else "")


def _tries(request) -> int:
    value = request.GET.get("tries", "0")
    return min(int(value), MAX_TRIES) if value.isascii() and value.isdigit() else 0


def _call(request) -> Call:
    data = request.POST
    return services.call_for(
        sid=data.get("CallSid", ""), caller=data.get("From", ""), to=data.get("To", "")
    )


def _heard(request) -> Heard:
    return heard(digits=request.POST.get("Digits", ""), speech=request.POST.get("SpeechResult", ""))


def _in_language(view):
    """Run the view in the call's language (the caller's choice, English until then)."""

    def wrapped(request, *args, **kwargs):
        if not request.POST.get("CallSid"):
            # Twilio sends it with every voice request: this isn't one of its calls.
            return HttpResponse("No CallSid", status=400, content_type="text/plain")
        call = _call(request)
        with translation.override(call.language):
            return view(request, call, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


# The fields every menu webhook reads, and their longest values from Twilio.
LIMITS = {"CallSid": SID, "From": ADDRESS, "To": ADDRESS, "Digits": WORD, "SpeechResult": SPEECH}


def _webhook(view):
    """Signed by Twilio, bounded field lengths, in the call's language."""
    return twilio_signature_required(fields_bounded(**LIMITS)(_in_language(view)))


# --- The answer and the menus ----------------------------------------------------------------


@twilio_signature_required
@fields_bounded(CallSid=SID, From=ADDRESS, To=ADDRESS)
def answer(request):
    """A call comes in: "Para español, oprima 2", the 9-1-1 warning, then the English menu."""
    data = request.POST
    services.call_answer(
        sid=data.get("CallSid", ""), caller=data.get("From", ""), to=data.get("To", "")
    )
    with translation.override("en"):
        return _xml(twiml.answer(action=_url("language"), welcome=prompts.welcome()))


@_webhook
def language(request, call):
    """The answer's short wait: 2 (or "español") for Spanish; 1, 3 or 4 go straight to that
    choice in English; anything else, or nothing, is the English menu."""
    said = _heard(request)
    if said.choice in ("2", "es"):
        services.call_step_record(call=call, menu=CallStep.Menu.LANGUAGE, choice="es", via=said.via)
        services.call_language_set(call=call, language="es")
        with translation.override("es"):
            return _xml(
                twiml.menu(
                    action=_url("menu"),
                    language="es",
                    before=(prompts.emergency_warning(), prompts.welcome()),
                )
            )
    if said.choice in ("1", "3", "4"):
        return _choose(call, said, tries=0)
    services.call_step_record(
        call=call, menu=CallStep.Menu.LANGUAGE, choice=said.choice or "timeout", via=said.via
    )
    return _xml(twiml.menu(action=_url("menu"), language=call.language))


@_webhook
def menu(request, call):
    """The main menu's answer (and every "press 9 for the menu" offer's)."""
    return _choose(call, _heard(request), tries=_tries(request))


def _choose(call: Call, said: Heard, *, tries: int) -> HttpResponse:
    language = call.language
    if said.choice in ("es", "en") and said.choice != language:
        services.call_step_record(
            call=call, menu=CallStep.Menu.LANGUAGE, choice=said.choice, via=said.via
        )
        services.call_language_set(call=call, language=said.choice)
        with translation.override(said.choice):
            return _xml(twiml.menu(action=_url("menu"), language=said.choice))
    handler = {"1": _text, "2": _desk, "3": _status_ask, "4": _hours}.get(said.choice)
    if handler is not None:
        return handler(call, said)
    if said.choice in ("9", "es", "en"):
        services.call_step_record(call=call, menu=CallStep.Menu.MAIN, choice="9", via=said.via)
        return _xml(twiml.menu(action=_url("menu"), language=language))
    if said.silent:
        services.call_step_record(
            call=call, menu=CallStep.Menu.MAIN, choice="timeout", outcome="silence" if tries else ""
        )
        if tries:
            return _xml(twiml.end(say=(prompts.no_choice_goodbye(),), language=language))
        return _xml(
            twiml.menu(
                action=_url("menu", tries=1), language=language, before=(prompts.did_not_hear(),)
            )
        )
    services.call_step_record(call=call, menu=CallStep.Menu.MAIN, choice="invalid", via=said.via)
    if tries + 1 >= MAX_TRIES:
        return _xml(twiml.end(say=(prompts.not_a_choice(), prompts.goodbye()), language=language))
    return _xml(
        twiml.menu(
            action=_url("menu", tries=tries + 1),
            language=language,
            before=(prompts.not_a_choice(),),
        )
    )


# --- 1: a text with the link -----------------------------------------------------------------


def _text(call: Call, said: Heard) -> HttpResponse:
    outcome = services.call_text_link(call=call, via=said.via)
    if outcome.reason == "limit":
        return _no_texts(call, first=prompts.text_limit())
    if not outcome.queued:
        return _no_texts(call)
    return _xml(
        twiml.hold(
            say=prompts.text_hold(),
            language=call.language,
            seconds=2,
            then=_url("text_check", n=1),
        )
    )


def _no_texts(call: Call, *, first: str = "") -> HttpResponse:
    """A phone that can't take texts: the web address, slowly, twice, and the desk."""
    address = prompts.spoken_web_address(prompts.report_online_url(call.language))
    return _xml(
        twiml.offer(
            action=_url("menu", tries=1),
            language=call.language,
            say=(first or prompts.cannot_text(), prompts.web_address_twice(address)),
            choices=prompts.desk_offer(),
        )
    )


@_webhook
def text_check(request, call):
    """While the caller holds: did the outbox send the text, or did Twilio refuse it?"""
    n = _tries_n(request)
    message = selectors.message_state(call.text_id)
    status = message.status if message else Message.Status.FAILED
    if status in (Message.Status.SENT, Message.Status.DELIVERED):
        return _sent(call, prompts.text_sent())
    if status in (Message.Status.FAILED, Message.Status.UNDELIVERED):
        services.call_text_failed(call=call)
        return _no_texts(call)
    if n < settings.VOICE_TEXT_CHECKS:
        return _xml(
            twiml.hold(say="", language=call.language, seconds=2, then=_url("text_check", n=n + 1))
        )
    return _sent(call, prompts.text_on_its_way())


def _tries_n(request) -> int:
    value = request.GET.get("n", "1")
    return min(int(value), 99) if value.isascii() and value.isdigit() else 1


def _sent(call: Call, say: str) -> HttpResponse:
    return _xml(
        twiml.offer(
            action=_url("menu", tries=1),
            language=call.language,
            say=(say,),
            choices=prompts.menu_again(),
        )
    )


# --- 2: the desk -----------------------------------------------------------------------------


def _hours_text(line) -> str:
    return prompts.desk_hours(days=line.desk_days, opens=line.desk_opens, closes=line.desk_closes)


def _desk(call: Call, said: Heard) -> HttpResponse:
    line = selectors.phone_line_settings()
    if not line.desk_number:
        outcome, say = "desk_none", (prompts.desk_none(),)
    elif not selectors.desk_open(line):
        outcome, say = "desk_closed", (prompts.desk_closed(), _hours_text(line))
    else:
        services.call_step_record(
            call=call, menu=CallStep.Menu.DESK, choice="2", via=said.via, outcome="dialed"
        )
        return _xml(
            twiml.dial(
                say=prompts.desk_connecting(),
                language=call.language,
                number=line.desk_number.as_e164,
                action=_url("desk_result"),
            )
        )
    services.call_step_record(
        call=call, menu=CallStep.Menu.DESK, choice="2", via=said.via, outcome=outcome
    )
    return _after_desk(call, say)


def _after_desk(call: Call, say: tuple[str, ...]) -> HttpResponse:
    return _xml(
        twiml.offer(
            action=_url("menu", tries=1),
            language=call.language,
            say=say,
            choices=prompts.after_desk_offer(),
        )
    )


@twilio_signature_required
@fields_bounded(CallSid=SID, DialCallStatus=WORD)
@_in_language
def desk_result(request, call):
    """<Dial>'s outcome: a call the desk answered ends with it; otherwise the fallback."""
    status = request.POST.get("DialCallStatus", "").lower()
    if status in ("completed", "answered"):
        services.call_step_record(call=call, menu=CallStep.Menu.DESK, outcome="desk_answered")
        return _xml(twiml.end(say=(), language=call.language))
    services.call_step_record(
        call=call, menu=CallStep.Menu.DESK, choice=status[:20], outcome="desk_no_answer"
    )
    line = selectors.phone_line_settings()
    return _after_desk(call, (prompts.desk_unavailable(), _hours_text(line)))


# --- 3: the status of a report ---------------------------------------------------------------


def _status_ask(call: Call, said: Heard) -> HttpResponse:
    services.call_step_record(call=call, menu=CallStep.Menu.MAIN, choice="3", via=said.via)
    return _xml(twiml.ask_reference(action=_url("status"), language=call.language))


@_webhook
def status(request, call):
    """The reference typed (then #) or said; read back what the status page shows, only to a
    caller ringing from the report's own phone, and nothing personal."""
    data = request.POST
    digits = reference_digits(digits=data.get("Digits", ""), speech=data.get("SpeechResult", ""))
    via = "dtmf" if data.get("Digits") else ("speech" if data.get("SpeechResult") else "")
    language = call.language
    if not digits:
        services.call_step_record(call=call, menu=CallStep.Menu.STATUS, choice="timeout", via=via)
        return _xml(
            twiml.menu(
                action=_url("menu", tries=1), language=language, before=(prompts.did_not_hear(),)
            )
        )
    if services.call_status_limited(call=call, via=via):
        return _status_no_more_tries(language)
    reference = selectors.reference_from_digits(digits)
    report = services.call_status_attempt(call=call, reference=reference, via=via)
    if report is not None:
        return _xml(
            twiml.menu(
                action=_url("menu", tries=1), language=language, before=_status_words(report)
            )
        )
    if call.status_attempts >= MAX_TRIES:
        return _status_no_more_tries(language)
    return _xml(
        twiml.ask_reference(
            action=_url("status"), language=language, before=(prompts.status_not_found(),)
        )
    )


def _status_no_more_tries(language: str) -> HttpResponse:
    """Not found, and no more tries: the status online or the desk."""
    return _xml(
        twiml.offer(
            action=_url("menu", tries=1),
            language=language,
            say=(prompts.status_not_found(), prompts.status_too_many()),
            choices=prompts.desk_offer(),
        )
    )


def _status_words(report) -> tuple[str, ...]:
    words = [
        prompts.status_read(
            reference=report.reference,
            status=str(report.get_status_display()),
            meaning=prompts.status_meaning(report.status),
            case_number=report.case_number,
            referred_to=report.referred_to,
        )
    ]
    if report.status == "closed":
        # The closing disposition in the reporter's words, as the status page gives it.
        words.append(outcomes.disposition_words(report.disposition_code))
    if report.status == "needs_info":
        words.append(prompts.question_waiting())
    return tuple(w for w in words if w)


# --- 4: hours and address --------------------------------------------------------------------


def _hours(call: Call, said: Heard) -> HttpResponse:
    services.call_step_record(
        call=call, menu=CallStep.Menu.HOURS, choice="4", via=said.via, outcome="hours"
    )
    line = selectors.phone_line_settings()
    address = selectors.agency_address()
    online = prompts.spoken_web_address(prompts.report_online_url(call.language))
    say = [_hours_text(line)]
    if address:
        say.append(prompts.address_line(address))
    say.append(prompts.report_online(online))
    return _xml(twiml.menu(action=_url("menu", tries=1), language=call.language, before=tuple(say)))


# --- Twilio's status callback ----------------------------------------------------------------


@twilio_signature_required
@fields_bounded(CallSid=SID, CallStatus=WORD, CallDuration=WORD)
def call_status(request):
    services.call_end_record(
        sid=request.POST.get("CallSid", ""),
        status=request.POST.get("CallStatus", "").lower(),
        duration=request.POST.get("CallDuration", ""),
    )
    return HttpResponse(status=204)
