"""What the outbox does with the dispatch queue's rows (see portal.outbox.registry)."""

import smtplib

from portal.outbox.registry import kind_register

from . import deliveries

kind_register(
    deliveries.SUPERVISOR_ALERT,
    handler=deliveries.supervisor_alert_send,
    transient=(smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError),
    label="Supervisor alert email",
)
kind_register(
    deliveries.EIDO_PUSH,
    handler=deliveries.eido_push,
    transient=deliveries.TRANSIENT_PUSH,
    label="EIDO push to CAD",
)
