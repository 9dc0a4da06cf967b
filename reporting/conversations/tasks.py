"""Periodic housekeeping for reports by text (beat)."""

from celery import shared_task

from .services import conversations_purge


@shared_task(name="conversations.purge", soft_time_limit=300, time_limit=360)
def conversations_purge_task() -> int:
    return conversations_purge()
