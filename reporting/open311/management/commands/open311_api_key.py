from django.core.management.base import BaseCommand

from reporting.open311.models import ApiClient


class Command(BaseCommand):
    help = "Create an Open311 API client and print its key (shown once)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Who the key is for, e.g. 'City 311 app'")
        parser.add_argument("--rate", default="60/h", help="Requests it may file, e.g. 60/h")

    def handle(self, *args, name, rate, **options):
        client = ApiClient(name=name, rate_limit=rate)
        key = client.new_key()
        client.save()
        self.stdout.write(f"api_key={key}")
