"""Where outbound SMS go, chosen by settings.MESSAGING_BACKEND, as Django does for email.

- "console": the demo. Nothing leaves the machine; the outbox rows are the record staff read.
- "locmem": unit tests. Sent messages are appended to `outbox`.
- "twilio": production, through reporting.messaging.twilio_backend (the only twilio import).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class SendResult:
    sid: str
    status: str = "sent"


class ConsoleBackend:
    def send_sms(self, *, to: str, body: str) -> SendResult:
        import logging

        logging.getLogger("messaging.console").info("SMS to %s: %s", to, body)
        return SendResult(sid="")


outbox: list[dict] = []


class LocmemBackend:
    def send_sms(self, *, to: str, body: str) -> SendResult:
        outbox.append({"to": to, "body": body})
        return SendResult(sid=f"LM{len(outbox):032d}")


BACKENDS = {
    "console": "reporting.messaging.backends.ConsoleBackend",
    "locmem": "reporting.messaging.backends.LocmemBackend",
    "twilio": "reporting.messaging.twilio_backend.TwilioBackend",
}


def get_backend():
    name = settings.MESSAGING_BACKEND
    return import_string(BACKENDS.get(name, name))()
