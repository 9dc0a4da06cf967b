"""The phone simulator's call to the non-emergency line: be the caller, read what the line says.

Each step posts what Twilio would post (CallSid, From, To, and Digits or SpeechResult) to the
URL the line's last TwiML named, signed with the demo's token, through every middleware and the
real view; the TwiML that comes back is turned into words to read and the next choice to make.
The call's state lives in the visitor's session, by phone number.
"""

import uuid
from dataclasses import asdict, dataclass, field

from defusedxml import ElementTree
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from reporting.messaging.twilio_backend import twilio_signature

from .forms import CallInputForm

CALLS_KEY = "demo_phone_calls"
# A caller holding while the line sends their text is moved on at once, at most this often.
MAX_HOLDS = 5


@dataclass
class CallState:
    """One simulated call: what was said so far and what the line waits for."""

    sid: str
    lines: list[dict] = field(default_factory=list)  # {"who": "line"|"me", "text", "lang"}
    waiting: str = ""  # "input" (a menu), "dial" (ringing the desk), "" (ended)
    action: str = ""  # where the answer goes
    on_silence: str = ""  # the URL Twilio follows when nobody answers ("" = the call ends)
    silence_words: list[dict] = field(default_factory=list)  # said before hanging up on silence
    finish_on_key: str = ""
    dialing: str = ""

    @property
    def ended(self) -> bool:
        return not self.waiting


def state_for(request, number: str) -> CallState | None:
    data = request.session.get(CALLS_KEY, {}).get(number)
    return CallState(**data) if data else None


def _save(request, number: str, state: CallState | None) -> None:
    calls = request.session.setdefault(CALLS_KEY, {})
    if state is None:
        calls.pop(number, None)
    else:
        calls[number] = asdict(state)
    request.session.modified = True


def post_signed(request, path: str, params: dict) -> str:
    """POST `params` to a Twilio webhook at `path` (with its query), signed as Twilio signs,
    through every middleware and the real view. Returns the TwiML it answered."""
    base = settings.TWILIO_WEBHOOK_BASE_URL.rstrip("/") or request.build_absolute_uri("/")[:-1]
    signature = twilio_signature(base + path, params)
    # The inner request activates its own language; the page goes on in the visitor's.
    with translation.override(translation.get_language()):
        response = Client(HTTP_HOST=request.get_host()).post(
            path, params, HTTP_X_TWILIO_SIGNATURE=signature
        )
    if response.status_code != 200:
        raise RuntimeError(f"the webhook answered {response.status_code}")
    return response.content.decode()


_post = post_signed


def _words(element) -> list[dict]:
    found = []
    for el in element:
        if el.tag == "Say" and (el.text or "").strip():
            found.append({"who": "line", "text": el.text.strip(), "lang": el.get("language", "")})
        elif el.tag == "Pause":
            found.append(
                {
                    "who": "note",
                    "text": _("(%(seconds)s seconds of silence)") % {"seconds": el.get("length")},
                    "lang": "",
                }
            )
    return found


def _hear(state: CallState, twiml: str) -> str:
    """Read the line's answer into the call; returns a URL to follow at once (a hold), or ""."""
    root = ElementTree.fromstring(twiml)
    verbs = list(root)
    state.waiting = state.action = state.on_silence = state.finish_on_key = state.dialing = ""
    state.silence_words = []
    for index, el in enumerate(verbs):
        if el.tag in ("Say", "Pause"):
            state.lines += _words([el])
        elif el.tag == "Gather":
            state.lines += _words(el)
            state.waiting, state.action = "input", el.get("action", "")
            state.finish_on_key = el.get("finishOnKey", "")
            after = verbs[index + 1 :]
            redirect = next((v for v in after if v.tag == "Redirect"), None)
            state.on_silence = (redirect.text or "").strip() if redirect is not None else ""
            state.silence_words = _words(after)
            return ""
        elif el.tag == "Dial":
            number = el.find("Number")
            state.waiting, state.action = "dial", el.get("action", "")
            state.dialing = (number.text or "").strip() if number is not None else ""
            return ""
        elif el.tag == "Redirect":
            return (el.text or "").strip()
        elif el.tag == "Hangup":
            state.lines.append({"who": "note", "text": _("(The line hung up.)"), "lang": ""})
            return ""
    return ""


def _step(request, state: CallState, path: str, params: dict) -> None:
    base = {
        "CallSid": state.sid,
        "AccountSid": settings.TWILIO_ACCOUNT_SID,
        "From": params.pop("From"),
        "To": settings.TWILIO_FROM_NUMBER,
        "Direction": "inbound",
        "CallStatus": "in-progress",
    }
    follow = _hear(state, _post(request, path, {**base, **params}))
    holds = 0
    while follow and holds < MAX_HOLDS:
        holds += 1
        follow = _hear(state, _post(request, follow, dict(base)))


def call_start(request, number: str) -> CallState:
    state = CallState(sid="CA" + uuid.uuid4().hex)
    state.lines.append({"who": "note", "text": _("(You call the non-emergency line.)"), "lang": ""})
    _step(request, state, reverse("voice_twilio:answer"), {"From": number})
    _save(request, number, state)
    return state


def call_answer(request, number: str, *, how: str, digits: str = "", speech: str = ""):
    """The caller's turn: keys, words, silence, or (while the desk rings) the desk's outcome."""
    state = state_for(request, number)
    if state is None or state.ended:
        return None
    if how == "hang_up":
        state.lines.append({"who": "note", "text": _("(You hung up.)"), "lang": ""})
        state.waiting = ""
        _save(request, number, state)
        return state
    if state.waiting == "dial":
        status = "completed" if how == "desk_answers" else "no-answer"
        note = (
            _("(The desk answers and you talk. The call ends.)")
            if status == "completed"
            else _("(Nobody at the desk answers.)")
        )
        state.lines.append({"who": "note", "text": note, "lang": ""})
        _step(request, state, state.action, {"From": number, "DialCallStatus": status})
    elif how == "silence":
        state.lines.append({"who": "note", "text": _("(You say nothing.)"), "lang": ""})
        if state.on_silence:
            _step(request, state, state.on_silence, {"From": number})
        else:
            state.lines += state.silence_words
            state.lines.append({"who": "note", "text": _("(The line hung up.)"), "lang": ""})
            state.waiting = ""
    elif how == "keys" and digits:
        state.lines.append({"who": "me", "text": _("You press %(keys)s") % {"keys": digits}})
        keys = digits.removesuffix(state.finish_on_key) if state.finish_on_key else digits
        _step(request, state, state.action, {"From": number, "Digits": keys})
    elif how == "speech" and speech:
        state.lines.append({"who": "me", "text": _("You say: “%(words)s”") % {"words": speech}})
        _step(
            request,
            state,
            state.action,
            {"From": number, "SpeechResult": speech, "Confidence": "0.9"},
        )
    _save(request, number, state)
    return state


def call_context(request, number: str, *, call_form: CallInputForm | None = None) -> dict:
    """What the simulator page needs for the call: the call so far and the forms to answer."""
    state = state_for(request, number) if number else None
    bound = call_form["how"].value() if call_form is not None else ""

    def form_for(how: str) -> CallInputForm:
        if bound == how:
            return call_form  # what was typed, with its error
        return CallInputForm(initial={"number": number, "how": how}, prefix=how)

    return {
        "call": state,
        "call_keys_form": form_for("keys"),
        "call_speech_form": form_for("speech"),
    }
