"""Celery tasks for the outbox. They take ids; services.py holds the rules."""

from celery import shared_task

from . import services


@shared_task(
    name="outbox.deliver",
    ignore_result=True,
    acks_late=True,
    # A row is only taken from a worker that dies at the hard limit once
    # OUTBOX_SENDING_STALE_SECONDS has passed, which must be longer than this.
    soft_time_limit=45,
    time_limit=60,
)
def outbox_deliver(item_id: int) -> str:
    return services.item_deliver(item_id=item_id)


@shared_task(name="outbox.sweep", ignore_result=True, soft_time_limit=50, time_limit=58)
def outbox_sweep() -> dict:
    return services.outbox_sweep()
