"""`check --deploy` fails on the placeholder or short secrets from .env.example (issue 12)."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from portal.guard.checks import example_values, weak_secrets

STRONG_KEY = "k" * 30 + "Zq8-" * 10
STRONG_TOKEN = "0123456789abcdef" * 2


def test_the_example_file_is_read():
    values = example_values()

    assert "replace-me" in values
    assert any(v.startswith("replace-me-with-64") for v in values)


@pytest.mark.parametrize(
    ("key", "token", "message"),
    [
        (
            "replace-me-with-64-random-characters-from-secrets-token-urlsafe-0123456789",
            STRONG_TOKEN,
            "DJANGO_SECRET_KEY is the placeholder",
        ),
        (STRONG_KEY, "replace-me", "TWILIO_AUTH_TOKEN is the placeholder"),
        ("short-key", STRONG_TOKEN, "DJANGO_SECRET_KEY is shorter than 50"),
        (STRONG_KEY, "abc123", "TWILIO_AUTH_TOKEN is shorter than 32"),
    ],
)
def test_a_weak_secret_fails_the_deploy_check(settings, key, token, message):
    settings.SECRET_KEY = key
    settings.TWILIO_AUTH_TOKEN = token

    assert message in [e.msg[: len(message)] for e in weak_secrets()]
    with pytest.raises(SystemCheckError, match=message):
        call_command("check", "--deploy", "--tag", "security")


def test_real_secrets_pass(settings):
    settings.SECRET_KEY = STRONG_KEY
    settings.TWILIO_AUTH_TOKEN = STRONG_TOKEN

    assert weak_secrets() == []
