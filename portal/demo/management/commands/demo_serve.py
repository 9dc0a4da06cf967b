"""`manage.py demo_serve HOST:PORT`: runserver plus the periodic jobs, for `make demo`."""

from django.conf import settings
from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand

from portal.demo.scheduler import Scheduler, run_celery_task


class Command(RunserverCommand):
    help = "Serve the demo and run its periodic jobs (SLA checks, sweeps, surveys) in-process."

    def inner_run(self, *args, **options):
        # With the autoreloader, inner_run runs in the child process that serves requests: the
        # scheduler lives there, and a reload restarts both.
        if not settings.CELERY_TASK_ALWAYS_EAGER:
            self.stderr.write("demo_serve needs eager Celery tasks (portal.settings.dev).")
            return
        scheduler = Scheduler(settings.CELERY_BEAT_SCHEDULE, run_celery_task)
        scheduler.start()
        names = ", ".join(sorted(settings.CELERY_BEAT_SCHEDULE))
        self.stdout.write(f"Periodic jobs run in this process: {names}")
        try:
            super().inner_run(*args, **options)
        finally:
            scheduler.stop()
