"""The one module that imports the `twilio` SDK.

Everything that talks to Twilio goes through `get_twilio_client()`. When TWILIO_API_BASE_URL is
set (tests, a staging mock), the SDK's requests to *.twilio.com are sent there instead; the
SDK itself, its request building and its response parsing stay real.

It also owns what else needs the SDK: turning SDK errors into transient or permanent ones,
checking webhook signatures (`twilio_signature_required`), and writing TwiML.
"""

import functools
import logging
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

import requests
from django.conf import settings
from django.http import HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from twilio.base.exceptions import TwilioException, TwilioRestException, TwilioServiceException
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import Dial, VoiceResponse

from .backends import SendResult
from .errors import PermanentSendError, TransientSendError

logger = logging.getLogger(__name__)


MOCKED_HOSTS = ("api", "lookups")


class RedirectingHttpClient(TwilioHttpClient):
    """Sends the SDK's api.twilio.com requests to another base URL (Prism in tests).

    `extra_headers` lets a test ask Prism for an error response, e.g. {"Prefer": "code=429"};
    `sent` records each request so tests can assert on what the SDK actually sent, since a mock
    answers with the spec's example and never echoes the input.
    """

    def __init__(self, base_url: str, **kwargs):
        super().__init__(**kwargs)
        self.base = urlsplit(base_url)
        self.extra_headers: dict[str, str] = {}
        self.sent: list[dict] = []
        # Loopback must never go through an HTTP(S)_PROXY from the environment.
        self.session.trust_env = False

    def request(
        self,
        method,
        url,
        params=None,
        data=None,
        headers=None,
        auth=None,
        timeout=None,
        allow_redirects=False,
    ):
        parts = urlsplit(url)
        # Only the core v2010 API and Lookup v2 are mocked (one Prism serves both specs, their
        # paths don't overlap); keying on the first label survives edge/region hosts.
        if (parts.hostname or "").split(".")[0] not in MOCKED_HOSTS:
            raise ValueError(f"no mock for Twilio host {parts.hostname}")
        target = urlunsplit((self.base.scheme, self.base.netloc, parts.path, parts.query, ""))
        self.sent.append({"method": method, "path": parts.path, "data": dict(data or {})})
        return super().request(
            method,
            target,
            params=params,
            data=data,
            headers={**(headers or {}), **self.extra_headers},
            auth=auth,
            timeout=timeout or settings.TWILIO_HTTP_TIMEOUT,
            allow_redirects=allow_redirects,
        )


_http_clients: dict[str, RedirectingHttpClient] = {}


def get_http_client(timeout: float | None = None) -> TwilioHttpClient:
    base_url = settings.TWILIO_API_BASE_URL
    if not base_url:
        # The SDK's default has no timeout at all; a hung request would hold a worker until
        # Celery's hard limit kills it. A webhook waiting on Twilio asks for a shorter one.
        return TwilioHttpClient(timeout=timeout or settings.TWILIO_HTTP_TIMEOUT)
    # One client per base URL so a test can set extra_headers on the client the code will use.
    if base_url not in _http_clients:
        _http_clients[base_url] = RedirectingHttpClient(base_url)
    return _http_clients[base_url]


def get_twilio_client(timeout: float | None = None) -> Client:
    """Built on each call (never at import time) so settings changes in tests take effect."""
    return Client(
        settings.TWILIO_ACCOUNT_SID,
        settings.TWILIO_AUTH_TOKEN,
        http_client=get_http_client(timeout),
    )


def _sender() -> dict:
    if settings.TWILIO_MESSAGING_SERVICE_SID:
        return {"messaging_service_sid": settings.TWILIO_MESSAGING_SERVICE_SID}
    return {"from_": settings.TWILIO_FROM_NUMBER}


def _classified(exc: Exception) -> Exception:
    """A transient or permanent send error for an SDK or network error."""
    if isinstance(exc, TwilioRestException | TwilioServiceException):
        status, code = exc.status, exc.code
        message = getattr(exc, "msg", "") or getattr(exc, "detail", "") or str(exc)
        if status == 429 or code == 20429:
            return TransientSendError(message, code=code, status=status)
        if status >= 500:
            # Twilio may have taken the message before failing to answer.
            return TransientSendError(message, code=code, status=status, outcome_unknown=True)
        return PermanentSendError(message, code=code, status=status)
    if isinstance(exc, requests.ConnectTimeout):
        return TransientSendError(f"{type(exc).__name__}: {exc}", code="network")
    if isinstance(exc, requests.Timeout):
        # The request went out and no answer came back in time: it may have been sent.
        return TransientSendError(
            f"{type(exc).__name__}: {exc}", code="timeout", outcome_unknown=True
        )
    if isinstance(exc, requests.ConnectionError):
        return TransientSendError(f"{type(exc).__name__}: {exc}", code="network")
    return PermanentSendError(str(exc), code="error")


class TwilioBackend:
    def send_sms(self, *, to: str, body: str, status_callback: str = ""):
        options = {"status_callback": status_callback} if status_callback else {}
        try:
            message = get_twilio_client().messages.create(to=to, body=body, **_sender(), **options)
        except (TwilioException, requests.RequestException) as exc:
            raise _classified(exc) from exc
        return SendResult(sid=message.sid, status=message.status or "queued")

    def find_sms(self, *, to: str, body: str, since: datetime) -> str:
        """The SID of a message to `to` with this body created since `since`, or "".

        Asked before resending a message whose first attempt has an unknown outcome. No
        DateSent filter: Twilio sets date_sent only when a message leaves its queue, which at a
        long code's pace can be minutes after it was accepted, and the filter skips such
        messages (a resend, a duplicate). The list comes newest first, so the most recent
        messages to this number are read and matched here by body and creation time.
        """
        sender = _sender()
        filters = {"from_": sender["from_"]} if "from_" in sender else {}
        try:
            found = get_twilio_client().messages.list(
                to=to, limit=settings.MESSAGING_RECONCILE_LIMIT, **filters
            )
        except (TwilioException, requests.RequestException) as exc:
            raise _classified(exc) from exc
        # Twilio's times are whole seconds; ours are not.
        floor = since.replace(microsecond=0)
        for message in found:
            created = message.date_created or message.date_sent
            if message.body == body and (created is None or created >= floor):
                return message.sid
        return ""

    def start_call(self, *, to: str, from_: str, url: str, status_callback: str = ""):
        # Twilio's default callback event, "completed", carries the final status (completed,
        # busy, no-answer, failed, canceled): all the console needs. The bridged leg's outcome
        # comes from <Dial action>.
        options = {"status_callback": status_callback} if status_callback else {}
        try:
            call = get_twilio_client().calls.create(to=to, from_=from_, url=url, **options)
        except (TwilioException, requests.RequestException) as exc:
            raise _classified(exc) from exc
        return SendResult(sid=call.sid, status=call.status or "queued")

    def line_type(self, number: str) -> str:
        """Twilio Lookup v2's line type for `number` ("mobile", "landline", "fixedVoip" ...),
        or "" when Twilio doesn't know. A paid request: callers ask only where configured."""
        try:
            found = (
                get_twilio_client(timeout=settings.VOICE_LOOKUP_TIMEOUT)
                .lookups.v2.phone_numbers(number)
                .fetch(fields="line_type_intelligence")
            )
        except (TwilioException, requests.RequestException) as exc:
            raise _classified(exc) from exc
        return str((found.line_type_intelligence or {}).get("type") or "")

    def fetch_media(self, url: str) -> tuple[str, bytes]:
        """Download an MMS attachment. Only Twilio's own hosts, with the account's credentials."""
        host = urlsplit(url).hostname or ""
        if not (host == "twilio.com" or host.endswith(".twilio.com")):
            raise PermanentSendError(f"not a Twilio media URL: {host}", code="media_host")
        try:
            response = requests.get(
                url,
                auth=(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN),
                timeout=settings.TWILIO_HTTP_TIMEOUT,
                allow_redirects=True,  # to the storage host; requests drops auth across hosts
            )
        except requests.RequestException as exc:
            raise _classified(exc) from exc
        if response.status_code == 429 or response.status_code >= 500:
            raise TransientSendError(f"media fetch {response.status_code}", code="media")
        if response.status_code != 200:
            raise PermanentSendError(f"media fetch {response.status_code}", code="media")
        return response.headers.get("Content-Type", ""), response.content


# --- Webhooks ----------------------------------------------------------------------------


def webhook_url(request) -> str:
    """The URL Twilio signed: the configured public base URL (behind a proxy) or what Django saw."""
    base = settings.TWILIO_WEBHOOK_BASE_URL.rstrip("/")
    if base:
        return base + request.get_full_path()
    return request.build_absolute_uri()


def twilio_request_valid(request) -> bool:
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature or not settings.TWILIO_AUTH_TOKEN:
        return False
    validator = RequestValidator(settings.TWILIO_AUTH_TOKEN)
    # All parameters, unfiltered: Twilio adds new ones without notice and signs them all.
    return validator.validate(webhook_url(request), request.POST, signature)


def twilio_signature(url: str, params: dict) -> str:
    """The X-Twilio-Signature Twilio would send (the demo's phone simulator signs with it)."""
    return RequestValidator(settings.TWILIO_AUTH_TOKEN).compute_signature(url, params)


def twilio_signature_required(view):
    """Only Twilio's signed POSTs reach the view; CSRF exemption applies to these views alone."""

    @csrf_exempt
    @require_POST
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not twilio_request_valid(request):
            logger.warning("Refused a Twilio webhook with a bad signature: %s", request.path)
            return HttpResponseForbidden("Invalid signature")
        return view(request, *args, **kwargs)

    return wrapped


# --- TwiML -------------------------------------------------------------------------------


def voice_response() -> VoiceResponse:
    """An empty TwiML voice answer to build on with the SDK's own verbs (.say, .gather, .dial,
    .redirect, .hangup): the phone line's answers are written with it, never by hand."""
    return VoiceResponse()


def twiml_message(text: str = "") -> str:
    response = MessagingResponse()
    if text:
        response.message(text)
    return str(response)


def twiml_dial(*, say: str, number: str, caller_id: str, action: str, language: str) -> str:
    response = VoiceResponse()
    say_in(response, say, language)
    dial = Dial(caller_id=caller_id, action=action, timeout=30)
    dial.number(number)
    response.append(dial)
    return str(response)


def twiml_say(text: str, *, language: str = "en") -> str:
    response = VoiceResponse()
    say_in(response, text, language)
    response.hangup()
    return str(response)


# What Twilio's <Say> and <Gather> are told for each of our languages.
VOICE_LANGUAGES = {"en": "en-US", "es": "es-MX"}


def voice_language(language: str) -> str:
    return VOICE_LANGUAGES.get(language, VOICE_LANGUAGES["en"])


def say_in(node, text: str, language: str) -> None:
    """<Say> `text` in `language` with a voice that speaks it (settings.VOICE_SAY_VOICES):
    Twilio's default voice speaks no Spanish, and a <Say> it can't speak fails the call."""
    if text:
        node.say(
            text,
            voice=settings.VOICE_SAY_VOICES.get(language, settings.VOICE_SAY_VOICES["en"]),
            language=voice_language(language),
        )
