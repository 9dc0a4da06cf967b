"""The inbound-text handler for alert subscriptions (settings.MESSAGING_INBOUND_HANDLERS).

"YES" from a number that signed up and has not confirmed yet confirms it (double opt-in).
Anything else passes to the next handler; STOP needs nothing here, because the opt-out
registry it writes is what the fan-out reads.
"""

from __future__ import annotations

from .services import subscription_confirm_sms


def subscription_confirm_handler(inbound) -> str | None:
    if inbound.keyword == "STOP":
        return None
    return subscription_confirm_sms(phone=inbound.sender, body=inbound.body)
