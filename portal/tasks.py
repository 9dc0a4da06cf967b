from celery import shared_task


@shared_task(name="portal.ping", ignore_result=False, soft_time_limit=5, time_limit=10)
def ping() -> str:
    """Answered by a worker so /healthz can prove a round trip through the broker."""
    return "pong"
