"""What the outbox does with alerts' rows (see portal.outbox.registry)."""

from django.db import OperationalError

from portal.outbox.registry import kind_register

from . import services

kind_register(
    services.FANOUT_KIND,
    handler=services.alert_fanout_deliver,
    # A lock wait or a dropped connection: the fan-out is idempotent, so try again.
    transient=(OperationalError,),
    label="Alert fan-out to subscribers",
)
