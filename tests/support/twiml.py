"""Check a TwiML voice answer against Twilio's TwiML rules, as far as they are written down
(https://www.twilio.com/docs/voice/twiml and each verb's page): which verbs a <Response> and a
<Gather> may hold, each verb's attributes and their values, and the nouns <Dial> takes.

`twiml_check(xml)` parses with defusedxml and raises AssertionError naming every breach; it
returns the root element so tests can read what is said and where each action goes.
"""

import re

from defusedxml import ElementTree

RESPONSE_VERBS = {
    "Say",
    "Play",
    "Pause",
    "Gather",
    "Dial",
    "Redirect",
    "Hangup",
    "Reject",
    "Record",
    "Enqueue",
    "Leave",
    "Connect",
    "Refer",
    "Start",
    "Stop",
    "Pay",
    "Prompt",
    "Sms",
}
ATTRIBUTES = {
    "Say": {"voice", "language", "loop"},
    "Pause": {"length"},
    "Redirect": {"method"},
    "Hangup": set(),
    "Gather": {
        "action",
        "actionOnEmptyResult",
        "bargeIn",
        "debug",
        "enhanced",
        "finishOnKey",
        "hints",
        "input",
        "language",
        "maxSpeechTime",
        "method",
        "numDigits",
        "partialResultCallback",
        "partialResultCallbackMethod",
        "profanityFilter",
        "speechModel",
        "speechTimeout",
        "timeout",
    },
    "Dial": {
        "action",
        "answerOnBridge",
        "callerId",
        "hangupOnStar",
        "method",
        "record",
        "recordingStatusCallback",
        "recordingStatusCallbackEvent",
        "recordingStatusCallbackMethod",
        "recordingTrack",
        "referMethod",
        "referUrl",
        "ringTone",
        "sequential",
        "timeLimit",
        "timeout",
        "trim",
        "events",
    },
    "Number": {
        "sendDigits",
        "url",
        "method",
        "statusCallbackEvent",
        "statusCallback",
        "statusCallbackMethod",
        "byoc",
        "machineDetection",
    },
}
GATHER_CHILDREN = {"Say", "Play", "Pause"}
DIAL_NOUNS = {"Number", "Client", "Conference", "Queue", "Sip", "Sim", "Application"}
# The languages this portal speaks (Say and Gather both support them).
LANGUAGES = {"en-US", "es-MX"}
# Twilio's basic voices ("man", the default, and "woman") speak en/en-US but no es-MX: a <Say>
# with a voice that can't speak its language fails. Polly's and Google's voices for each.
VOICES = {
    "en-US": {"Polly.Joanna", "Polly.Matthew", "Polly.Joanna-Neural", "man", "woman", None},
    "es-MX": {"Polly.Mia", "Polly.Andres", "Polly.Mia-Neural", "Polly.Andres-Neural"},
}
E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def _check_attributes(el, problems: list[str]) -> None:
    allowed = ATTRIBUTES.get(el.tag)
    if allowed is None:
        return
    extra = set(el.attrib) - allowed
    if extra:
        problems.append(f"<{el.tag}> has attributes Twilio does not know: {sorted(extra)}")
    a = el.attrib
    if "method" in a and a["method"] not in ("GET", "POST"):
        problems.append(f"<{el.tag}> method must be GET or POST, not {a['method']}")
    if "language" in a and a["language"] not in LANGUAGES:
        problems.append(f"<{el.tag}> language {a['language']} is not en-US or es-MX")
    if el.tag == "Say" and a.get("voice") not in VOICES.get(a.get("language", "en-US"), ()):
        problems.append(f"<Say> voice {a.get('voice')} can't speak {a.get('language', 'en-US')}")
    if el.tag == "Gather":
        if a.get("input", "dtmf") not in ("dtmf", "speech", "dtmf speech", "speech dtmf"):
            problems.append(f"<Gather> input {a.get('input')!r} is not dtmf and/or speech")
        for key in ("timeout", "numDigits"):
            if key in a and not (a[key].isdigit() and int(a[key]) > 0):
                problems.append(f"<Gather> {key} must be a positive integer: {a[key]!r}")
        speech_timeout = a.get("speechTimeout", "auto")
        if speech_timeout != "auto" and not speech_timeout.isdigit():
            problems.append(f"<Gather> speechTimeout must be 'auto' or seconds: {speech_timeout}")
        if "finishOnKey" in a and not re.fullmatch(r"[0-9#*]?", a["finishOnKey"]):
            problems.append(f"<Gather> finishOnKey must be one key: {a['finishOnKey']!r}")
        if not a.get("action"):
            problems.append("<Gather> without an action posts back to the same URL")
    if el.tag == "Pause" and "length" in a and not a["length"].isdigit():
        problems.append(f"<Pause> length must be whole seconds: {a['length']!r}")
    if el.tag == "Dial" and "timeout" in a and not 5 <= int(a["timeout"]) <= 600:
        problems.append(f"<Dial> timeout must be 5-600 seconds: {a['timeout']}")


def twiml_check(xml: str):
    root = ElementTree.fromstring(xml)
    problems: list[str] = []
    if root.tag != "Response":
        raise AssertionError(f"the root is <{root.tag}>, not <Response>")
    verbs = list(root)
    if not verbs:
        problems.append("an empty <Response> hangs up without a word")
    for el in verbs:
        if el.tag not in RESPONSE_VERBS:
            problems.append(f"<{el.tag}> is not a TwiML voice verb")
        _check_attributes(el, problems)
        if el.tag == "Say" and not (el.text or "").strip():
            problems.append("<Say> with nothing to say")
        if el.tag == "Redirect" and not (el.text or "").strip():
            problems.append("<Redirect> without a URL")
        if el.tag == "Hangup" and (len(el) or (el.text or "").strip()):
            problems.append("<Hangup> takes nothing inside")
        if el.tag == "Gather":
            for child in el:
                if child.tag not in GATHER_CHILDREN:
                    problems.append(f"<Gather> may not hold <{child.tag}>")
                _check_attributes(child, problems)
                if child.tag == "Say" and not (child.text or "").strip():
                    problems.append("<Say> with nothing to say")
        if el.tag == "Dial":
            nouns = list(el)
            if not nouns and not (el.text or "").strip():
                problems.append("<Dial> with no number")
            for noun in nouns:
                if noun.tag not in DIAL_NOUNS:
                    problems.append(f"<Dial> may not hold <{noun.tag}>")
                _check_attributes(noun, problems)
                if noun.tag == "Number" and not E164.match((noun.text or "").strip()):
                    problems.append(f"<Number> {noun.text!r} is not E.164")
    # Verbs after a <Hangup>, <Redirect> or <Reject> never run.
    for i, el in enumerate(verbs[:-1]):
        if el.tag in ("Hangup", "Redirect", "Reject"):
            problems.append(f"<{verbs[i + 1].tag}> after <{el.tag}> never runs")
    # A <Gather> that times out falls through to the next verb: without one the call just ends.
    if verbs and verbs[-1].tag == "Gather":
        problems.append("the answer ends in <Gather>: silence would hang up without a word")
    if problems:
        raise AssertionError("TwiML breaks Twilio's rules:\n" + "\n".join(problems) + "\n" + xml)
    return root


def said(root) -> str:
    """Everything the answer says, in order, as one string."""
    return " ".join((el.text or "").strip() for el in root.iter("Say"))
