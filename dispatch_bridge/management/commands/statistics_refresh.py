"""Refresh the statistics' summary table now (beat does it every five minutes)."""

from django.core.management.base import BaseCommand

from dispatch_bridge.statistics import snapshot_refresh


class Command(BaseCommand):
    help = "Compute the statistics page's usual date ranges into the summary table."

    def handle(self, *args, **options):
        for snapshot in snapshot_refresh():
            self.stdout.write(f"statistics {snapshot}")
