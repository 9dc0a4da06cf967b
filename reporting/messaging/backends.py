"""Where outbound SMS and calls go, chosen by settings.MESSAGING_BACKEND, as Django does for email.

- "console": the demo. Nothing leaves the machine; the outbox rows are the record staff read at
  /staff/messages/, and each send is logged. MMS pictures come from `media`, where the demo's
  phone simulator (portal.demo) puts what a visitor attaches.
- "locmem": unit tests. Sent messages and calls are appended to `outbox`; `media` maps an MMS URL
  to (content type, bytes) for fetch_media.
- "twilio": production, through reporting.messaging.twilio_backend (the only twilio import).

Every backend raises reporting.messaging.errors.TransientSendError or PermanentSendError.
"""

import itertools
import logging
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from .errors import PermanentSendError

logger = logging.getLogger("messaging.console")


@dataclass(frozen=True)
class SendResult:
    sid: str
    status: str = "sent"


class ConsoleBackend:
    def send_sms(self, *, to: str, body: str, status_callback: str = "") -> SendResult:
        logger.info("SMS to %s: %s", to, body)
        return SendResult(sid="")

    def find_sms(self, *, to: str, body: str, since: datetime) -> str:
        return ""  # nothing ever leaves the machine, so nothing can have gone out unseen

    def start_call(self, *, to: str, from_: str, url: str, status_callback: str = ""):
        logger.info("Call from %s to %s, then %s", from_, to, url)
        return SendResult(sid="")

    def fetch_media(self, url: str) -> tuple[str, bytes]:
        if url not in media:
            raise PermanentSendError(f"no such media {url}", code="media")
        return media[url]

    def line_type(self, number: str) -> str:
        return line_types.get(number) or settings.MESSAGING_CONSOLE_LINE_TYPES.get(number, "")


outbox: list[dict] = []
# Twilio Lookup's line type by number for the console and locmem backends, e.g. a test's
# landline: {"+12025550123": "landline"} (the demo's are in settings.MESSAGING_CONSOLE_LINE_TYPES).
# Unknown numbers answer "".
line_types: dict[str, str] = {}
# MMS pictures by URL, for the console and locmem backends (the demo and the tests).
media: dict[str, tuple[str, bytes]] = {}
_sids = itertools.count(1)  # unique even when a test clears `outbox`


class LocmemBackend:
    def send_sms(self, *, to: str, body: str, status_callback: str = "") -> SendResult:
        sid = f"SM{next(_sids):032x}"
        outbox.append(
            {
                "kind": "sms",
                "to": to,
                "body": body,
                "status_callback": status_callback,
                "sid": sid,
                "at": timezone.now(),
            }
        )
        return SendResult(sid=sid)

    def find_sms(self, *, to: str, body: str, since: datetime) -> str:
        for sent in outbox:
            if (
                sent["kind"] == "sms"
                and (sent["to"], sent["body"]) == (to, body)
                and (sent["at"] >= since)
            ):
                return sent["sid"]
        return ""

    def start_call(self, *, to: str, from_: str, url: str, status_callback: str = ""):
        outbox.append({"kind": "call", "to": to, "from": from_, "url": url})
        return SendResult(sid=f"CA{next(_sids):032x}", status="queued")

    def fetch_media(self, url: str) -> tuple[str, bytes]:
        if url not in media:
            raise PermanentSendError(f"no such media {url}", code="media")
        return media[url]

    def line_type(self, number: str) -> str:
        return line_types.get(number, "")


BACKENDS = {
    "console": "reporting.messaging.backends.ConsoleBackend",
    "locmem": "reporting.messaging.backends.LocmemBackend",
    "twilio": "reporting.messaging.twilio_backend.TwilioBackend",
}


def get_backend():
    name = settings.MESSAGING_BACKEND
    return import_string(BACKENDS.get(name, name))()
