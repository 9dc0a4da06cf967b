"""The periodic jobs of CELERY_BEAT_SCHEDULE, run in a thread of the demo server.

Production runs them with Celery beat and a worker (`make worker`). The demo has no broker: its
tasks run eagerly, so a thread that calls each due task in turn gives SLA checks, sweeps and
survey sends without another process to start.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping

from django.db import close_old_connections

from portal.celery import app

logger = logging.getLogger("portal.demo.scheduler")

# The first round runs soon after start, so an overdue demo item raises its alert at once.
FIRST_RUN_AFTER = 5.0


def _interval(entry: Mapping) -> float:
    schedule = entry["schedule"]
    return float(getattr(schedule, "total_seconds", lambda: schedule)())


class Scheduler(threading.Thread):
    def __init__(
        self,
        schedule: Mapping[str, Mapping],
        run: Callable[[str, Mapping], object],
        *,
        first_run_after: float = FIRST_RUN_AFTER,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(name="demo-scheduler", daemon=True)
        self.schedule = dict(schedule)
        self.run_task = run
        self.clock = clock
        self.stopped = threading.Event()
        start = clock() + first_run_after
        self.due = dict.fromkeys(self.schedule, start)

    def run(self) -> None:
        while not self.stopped.wait(1.0):
            self.run_due()
            # This thread's own connection, as a worker closes its connection between tasks.
            close_old_connections()

    def run_due(self) -> list[str]:
        """Run every job whose time has come; returns their names."""
        ran = []
        now = self.clock()
        for name, entry in self.schedule.items():
            if now < self.due[name]:
                continue
            self.due[name] = now + _interval(entry)
            try:
                self.run_task(name, entry)
                ran.append(name)
            except Exception:  # a failing job must not stop the others or the server
                logger.exception("Periodic job %s failed", name)
        return ran

    def stop(self) -> None:
        self.stopped.set()


def run_celery_task(name: str, entry: Mapping) -> object:
    """Run the entry's Celery task here and now, as a worker would."""
    if entry["task"] not in app.tasks:
        app.loader.import_default_modules()  # every app's tasks.py, as a worker imports them
    task = app.tasks[entry["task"]]
    return task.apply(args=entry.get("args", ()), kwargs=entry.get("kwargs", {})).get(
        propagate=True
    )
