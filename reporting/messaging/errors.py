"""Errors the messaging code raises, split the way callers must treat them.

Transport errors come from a backend: `TransientSendError` is worth retrying (rate limited,
Twilio's 5xx, timeouts, connection errors); `PermanentSendError` never is (opted out, invalid or
non-mobile number, any other 4xx). The Twilio backend maps SDK errors onto these so that nothing
outside reporting.messaging.twilio_backend needs to know the SDK's exception classes.

`MessagingError` and its subclasses are domain errors from the services: their message is a
translated sentence a dispatcher can read.
"""


class SendError(Exception):
    def __init__(
        self,
        message: str = "",
        *,
        code: str = "",
        status: int | None = None,
        outcome_unknown: bool = False,
    ):
        super().__init__(message or code)
        self.message = message
        self.code = str(code or "")
        self.status = status
        # The provider may have acted although we got no answer (a read timeout, a 5xx): the
        # outbox asks it before sending again (see portal.outbox.policy).
        self.outcome_unknown = outcome_unknown


class TransientSendError(SendError):
    """Try again later: the provider or the network was unavailable or busy."""


class PermanentSendError(SendError):
    """Never retry: the provider refused this message for a reason a retry cannot change."""


class MessagingError(Exception):
    """A service refused a request; str(error) is a translated explanation."""


class NoPhoneNumber(MessagingError):
    pass


class RecipientOptedOut(MessagingError):
    pass


class ContactRefused(MessagingError):
    pass


class InvalidMessage(MessagingError):
    pass


class StaffPhoneMissing(MessagingError):
    pass


class CallModeRefused(MessagingError):
    pass


class NotAllowed(MessagingError):
    pass
