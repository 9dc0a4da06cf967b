"""`check --deploy` refuses the placeholder or short secrets (issue 12).

A copy of `.env.example` put into production unchanged would otherwise start with a secret key
and a Twilio token that anyone can read in the repository.
"""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register

# Django signs sessions and links with SECRET_KEY; Twilio's auth tokens are 32 hex characters.
MIN_LENGTHS = {"SECRET_KEY": 50, "TWILIO_AUTH_TOKEN": 32}
ENV_NAMES = {"SECRET_KEY": "DJANGO_SECRET_KEY", "TWILIO_AUTH_TOKEN": "TWILIO_AUTH_TOKEN"}


def example_values(path: Path | None = None) -> set[str]:
    """Every value written in .env.example (placeholders are no secret)."""
    path = path or Path(settings.BASE_DIR) / ".env.example"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {
        value.strip()
        for name, sep, value in (line.partition("=") for line in lines)
        if sep and not name.lstrip().startswith("#") and value.strip()
    }


@register(Tags.security, deploy=True)
def weak_secrets(app_configs=None, **kwargs) -> list[Error]:
    placeholders = example_values()
    errors = []
    for setting, minimum in MIN_LENGTHS.items():
        value = str(getattr(settings, setting, "") or "")
        env_name = ENV_NAMES[setting]
        if value in placeholders:
            errors.append(
                Error(
                    f"{env_name} is the placeholder from .env.example.",
                    hint="Set a random value of your own, e.g. from secrets.token_urlsafe(64).",
                    id="portal_guard.E001",
                )
            )
        elif len(value) < minimum:
            errors.append(
                Error(
                    f"{env_name} is shorter than {minimum} characters.",
                    hint="Use the full value (the Twilio console's auth token, or a random key).",
                    id="portal_guard.E002",
                )
            )
    return errors
