"""Production configuration: complete, documented, and loud when something is missing."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _env_example() -> dict[str, str]:
    values = {}
    for line in (REPO / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def _manage(*args, env):
    base = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", str(REPO))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_passes_with_only_the_documented_environment():
    # The documented variables, with the two secrets a deployment must choose itself filled in:
    # the placeholders are refused by their own check (tests/portal/test_weak_secrets.py).
    env = _env_example() | {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
    }
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_collectstatic_builds_the_production_manifest(tmp_path):
    # The manifest storage follows every url() and sourceMappingURL in what it copies; one
    # missing target (a vendored library's .map) stops a deploy, and no other test runs it.
    env = _env_example() | {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
    }
    result = _manage("collectstatic", "--noinput", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    assert "places/vendor/leaflet/leaflet.js" in manifest["paths"]


def test_production_refuses_to_start_without_its_secret_key():
    env = _env_example()
    del env["DJANGO_SECRET_KEY"]

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_every_production_variable_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text()
    missing = [name for name in _env_example() if f"`{name}`" not in readme]
    assert not missing, f"README.md does not document: {missing}"


def test_production_reads_no_variable_that_env_example_leaves_out():
    source = (REPO / "portal" / "settings" / "production.py").read_text()
    required = set(re.findall(r'env(?:\.\w+)?\("([A-Z0-9_]+)"\)', source))
    assert required <= set(_env_example()), required - set(_env_example())
