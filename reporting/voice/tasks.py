"""The phone line's periodic job (CELERY_BEAT_SCHEDULE): forget callers' numbers when due."""

from celery import shared_task

from .services import calls_forget


@shared_task(name="voice.calls_forget", soft_time_limit=300, time_limit=360)
def calls_forget_task() -> int:
    return calls_forget()
