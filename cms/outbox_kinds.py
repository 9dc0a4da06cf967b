"""What the outbox does with cms's rows (see portal.outbox.registry)."""

from portal.outbox.registry import kind_register

from . import notify

kind_register(
    notify.KIND,
    handler=notify.presentation_request_notify,
    transient=notify.TRANSIENT_MAIL_ERRORS,
    label="Presentation request email to staff",
)
