"""The one module that imports the `twilio` SDK.

Everything that talks to Twilio goes through `get_twilio_client()`. When TWILIO_API_BASE_URL is
set (tests, a staging mock), the SDK's requests to *.twilio.com are sent there instead; the
SDK itself, its request building and its response parsing stay real.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client


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
        # Only the core v2010 API is mocked; keying on the first label survives edge/region hosts.
        if (parts.hostname or "").split(".")[0] != "api":
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
            timeout=timeout or 10,
            allow_redirects=allow_redirects,
        )


_http_clients: dict[str, RedirectingHttpClient] = {}


def get_http_client() -> TwilioHttpClient | None:
    base_url = settings.TWILIO_API_BASE_URL
    if not base_url:
        return None
    # One client per base URL so a test can set extra_headers on the client the code will use.
    if base_url not in _http_clients:
        _http_clients[base_url] = RedirectingHttpClient(base_url)
    return _http_clients[base_url]


def get_twilio_client() -> Client:
    """Built on each call (never at import time) so settings changes in tests take effect."""
    return Client(
        settings.TWILIO_ACCOUNT_SID,
        settings.TWILIO_AUTH_TOKEN,
        http_client=get_http_client(),
    )


class TwilioBackend:
    def send_sms(self, *, to: str, body: str):
        from .backends import SendResult

        sender = (
            {"messaging_service_sid": settings.TWILIO_MESSAGING_SERVICE_SID}
            if settings.TWILIO_MESSAGING_SERVICE_SID
            else {"from_": settings.TWILIO_FROM_NUMBER}
        )
        message = get_twilio_client().messages.create(to=to, body=body, **sender)
        return SendResult(sid=message.sid, status=message.status or "queued")
