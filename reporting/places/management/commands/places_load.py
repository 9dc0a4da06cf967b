from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reporting.places.services import PlacesLoadError, places_load_files


class Command(BaseCommand):
    help = (
        "Replace the agency's address points and street centerlines with the given GeoJSON or "
        "CSV files (points and streets may be in one file or several)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, files, **options):
        try:
            contents = [(path.name, path.read_bytes()) for path in files]
        except OSError as error:
            raise CommandError(f"Cannot read a file: {error}") from error
        try:
            result = places_load_files(files=contents)
        except PlacesLoadError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Loaded {result.addresses} address points, {result.streets} streets and "
            f"{result.intersections} intersections; skipped {result.skipped} unreadable rows."
        )
