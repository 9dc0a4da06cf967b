"""Periodic intake housekeeping (beat)."""

from celery import shared_task

from .services import drafts_purge


@shared_task(name="reporting.drafts_purge", soft_time_limit=300, time_limit=360)
def drafts_purge_task() -> int:
    return drafts_purge()
