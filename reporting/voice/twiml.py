"""The line's TwiML answers, built with the SDK's VoiceResponse (through twilio_backend, the one
module that imports twilio). Each function returns the XML string a webhook sends back.

Rules kept here (Twilio's TwiML reference): <Say>, <Pause>, <Play> are the only verbs nested in
<Gather>; <Gather> and <Dial> take an absolute `action`; verbs after a <Gather> run when it
times out with no input, so every menu ends in a <Redirect> to its own action (no input there
means silence) or in a goodbye and <Hangup>.
"""

from django.utils import timezone

from reporting.messaging.twilio_backend import say_in, voice_language, voice_response

from . import prompts

# Seconds of silence a menu waits for a key press or a word.
MENU_TIMEOUT = 6
# The first answer's short wait for "2" (Spanish) before the English menu.
LANGUAGE_TIMEOUT = 2


_say = say_in


def _gather(response, *, action: str, language: str, timeout: int = MENU_TIMEOUT, **extra):
    return response.gather(
        input="dtmf speech",
        action=action,
        method="POST",
        timeout=timeout,
        speech_timeout="auto",
        language=voice_language(language),
        hints=prompts.MENU_HINTS.get(language, prompts.MENU_HINTS["en"]),
        **extra,
    )


def answer(*, action: str, welcome: str) -> str:
    """The first words of every call: the Spanish offer, the 9-1-1 warning, a welcome."""
    response = voice_response()
    gather = response.gather(
        input="dtmf speech",
        action=action,
        method="POST",
        timeout=LANGUAGE_TIMEOUT,
        num_digits=1,
        speech_timeout="auto",
        # A caller who speaks is most likely asking for Spanish ("español").
        language=voice_language("es"),
        hints="español, espanol, inglés, english",
    )
    _say(gather, prompts.spanish_offer(), "es")
    _say(gather, prompts.emergency_warning(), "en")
    _say(gather, welcome, "en")
    response.redirect(action, method="POST")
    return str(response)


def menu(*, action: str, language: str, before: tuple[str, ...] = ()) -> str:
    """The main menu, after anything to say first (an apology, an answer)."""
    response = voice_response()
    for text in before:
        _say(response, text, language)
    gather = _gather(response, action=action, language=language, num_digits=1)
    _say(gather, prompts.main_menu(), language)
    response.redirect(action, method="POST")
    return str(response)


def offer(*, action: str, language: str, say: tuple[str, ...], choices: str) -> str:
    """Something said, then a short choice (e.g. "press 2 for the desk, 9 for the menu");
    silence ends the call politely."""
    response = voice_response()
    for text in say:
        _say(response, text, language)
    gather = _gather(response, action=action, language=language, num_digits=1)
    _say(gather, choices, language)
    _say(response, prompts.goodbye(), language)
    response.hangup()
    return str(response)


def hold(*, say: str, language: str, seconds: int, then: str) -> str:
    response = voice_response()
    _say(response, say, language)
    response.pause(length=seconds)
    response.redirect(then, method="POST")
    return str(response)


def ask_reference(*, action: str, language: str, before: tuple[str, ...] = ()) -> str:
    response = voice_response()
    for text in before:
        _say(response, text, language)
    gather = response.gather(
        input="dtmf speech",
        action=action,
        method="POST",
        timeout=10,
        finish_on_key="#",
        speech_timeout="auto",
        language=voice_language(language),
    )
    _say(gather, prompts.status_ask(year=timezone.localdate().year), language)
    response.redirect(action, method="POST")
    return str(response)


def dial(*, say: str, language: str, number: str, action: str, timeout: int = 25) -> str:
    """Connect the caller to the desk; Twilio posts the outcome to `action`. No callerId: a
    forwarded call shows the caller's own number, so the desk can call them back."""
    response = voice_response()
    _say(response, say, language)
    dial = response.dial(action=action, method="POST", timeout=timeout)
    dial.number(number)
    return str(response)


def end(*, say: tuple[str, ...], language: str) -> str:
    response = voice_response()
    for text in say:
        _say(response, text, language)
    response.hangup()
    return str(response)
