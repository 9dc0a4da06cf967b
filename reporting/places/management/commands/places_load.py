from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reporting.places.services import PlacesLoadError, places_load, read_file


class Command(BaseCommand):
    help = (
        "Replace the agency's address points and street centrelines with the given GeoJSON or "
        "CSV files (points and streets may be in one file or several)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, files, **options):
        points, streets, skipped = [], [], 0
        for path in files:
            try:
                content = path.read_bytes()
            except OSError as error:
                raise CommandError(f"Cannot read {path}: {error}") from error
            try:
                more_points, more_streets, more_skipped = read_file(path.name, content)
            except PlacesLoadError as error:
                raise CommandError(f"{path}: {error}") from error
            points += more_points
            streets += more_streets
            skipped += more_skipped
        try:
            result = places_load(points=points, streets=streets, skipped=skipped)
        except PlacesLoadError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Loaded {result.addresses} address points, {result.streets} streets and "
            f"{result.intersections} intersections; skipped {result.skipped} unreadable rows."
        )
