"""What the outbox does with messaging's rows (see portal.outbox.registry)."""

from django.conf import settings

from portal.outbox.registry import kind_register

from . import delivery
from .errors import TransientSendError

SMS, VOICE, EMAIL = "messaging.sms", "messaging.voice", "messaging.email"

kind_register(
    SMS,
    handler=delivery.sms_deliver,
    transient=(TransientSendError,),
    reconcile=delivery.sms_reconcile,
    on_give_up=delivery.message_give_up,
    # Pacing to the sender's rate sleeps; on a queue of its own it delays only other texts.
    queue=settings.MESSAGING_SMS_QUEUE,
    label="Text message",
)
kind_register(
    VOICE,
    handler=delivery.call_deliver,
    transient=(TransientSendError,),
    on_give_up=delivery.message_give_up,
    label="Call-back",
)
kind_register(
    EMAIL,
    handler=delivery.email_deliver,
    transient=(TransientSendError,),
    on_give_up=delivery.message_give_up,
    label="Email to a reporter",
)
