import hashlib
import secrets

from django.core.management.base import BaseCommand

from dispatch_bridge.models import ApiToken


class Command(BaseCommand):
    help = "Create an API token for a CAD/RMS to read EIDO documents; the key is shown once."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Who the token is for, e.g. 'County CAD'")

    def handle(self, *args, name, **options):
        key = secrets.token_urlsafe(32)
        ApiToken.objects.create(name=name, key_hash=hashlib.sha256(key.encode()).hexdigest())
        self.stdout.write(f"Authorization: Token {key}")
