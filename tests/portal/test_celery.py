import pytest

from portal.tasks import ping


@pytest.mark.celery_worker
def test_a_task_goes_through_redis_to_a_real_worker_and_back(celery_worker):
    from portal.celery import app

    assert app.conf.broker_url.startswith("redis://")
    result = ping.delay()

    assert result.get(timeout=60) == "pong"  # generous: the machine may be loaded
    # Answered by the worker thread, not run inline.
    assert result.state == "SUCCESS"
    assert not app.conf.task_always_eager
