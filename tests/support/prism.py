"""Stoplight Prism serving Twilio's own OpenAPI spec, for contract tests of the real SDK.

The spec comes from the npm package @twilio/cli-core (package.json); it is never copied into this
repository. TWILIO_OPENAPI_SPEC points at another copy when needed.
"""

import copy
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PRISM_BIN = REPO / "node_modules" / ".bin" / "prism"
DEFAULT_SPEC = (
    REPO
    / "node_modules"
    / "@twilio"
    / "cli-core"
    / "src"
    / "services"
    / "twilio-api"
    / "twilio_api_v2010.json"
)

# Twilio-shaped error bodies. Twilio's spec declares only 201 for these creates, so Prism can
# return an error only if a test-only overlay declares it; a request picks it with
# `Prefer: code=429` (or `code=400, example=opted_out`).
ERRORS = {
    "400": {
        "invalid_to": (21211, "Invalid 'To' Phone Number"),
        "opted_out": (21610, "Attempt to send to unsubscribed recipient"),
        "not_mobile": (21614, "'To' number is not a valid mobile number"),
    },
    "429": {"too_many_requests": (20429, "Too Many Requests")},
    "500": {"internal_error": (20500, "Internal Server Error")},
    "503": {"unavailable": (20503, "Service Unavailable")},
}
ERROR_PATHS = [
    "/2010-04-01/Accounts/{AccountSid}/Messages.json",
    "/2010-04-01/Accounts/{AccountSid}/Calls.json",
]


def twilio_spec_path() -> Path:
    path = Path(os.environ.get("TWILIO_OPENAPI_SPEC", DEFAULT_SPEC))
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `npm ci` (make test does).")
    return path


# Twilio Lookup v2 (the phone line's line-type check) is served by the same Prism: its paths
# (/v2/...) don't overlap v2010's, and the SDK's redirecting client sends lookups.twilio.com here
# too. Its spec ships beside v2010's in @twilio/cli-core.
LOOKUPS_SPEC = "twilio_lookups_v2.json"
LOOKUP_PATH = "/v2/PhoneNumbers/{PhoneNumber}"
# Test-only answers for line type intelligence, picked with `Prefer: example=landline`.
LINE_TYPE_EXAMPLES = {"landline": "landline", "mobile": "mobile"}


def _lookups_merge(overlay: dict, spec_path: Path) -> None:
    lookups_path = spec_path.parent / LOOKUPS_SPEC
    if not lookups_path.exists():
        return
    lookups = json.loads(lookups_path.read_text())
    overlay["paths"].update(lookups["paths"])
    overlay["components"]["schemas"].update(lookups["components"]["schemas"])
    examples = overlay["paths"][LOOKUP_PATH]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]
    base = examples["fetchLineTypeIntelligence"]["value"]
    for name, line_type in LINE_TYPE_EXAMPLES.items():
        value = copy.deepcopy(base)
        value["line_type_intelligence"]["type"] = line_type
        examples[name] = {"value": value}


def build_error_overlay_spec(spec_path: Path, out_dir: Path) -> Path:
    spec = json.loads(spec_path.read_text())
    overlay = copy.deepcopy(spec)
    _lookups_merge(overlay, spec_path)
    for path in ERROR_PATHS:
        responses = overlay["paths"][path]["post"]["responses"]
        for status, examples in ERRORS.items():
            responses[status] = {
                "description": "test-only error response",
                "content": {
                    "application/json": {
                        "schema": {"type": "object"},
                        "examples": {
                            name: {
                                "value": {
                                    "code": code,
                                    "message": message,
                                    "more_info": f"https://www.twilio.com/docs/errors/{code}",
                                    "status": int(status),
                                }
                            }
                            for name, (code, message) in examples.items()
                        },
                    }
                },
            }
    out = out_dir / "twilio_api_v2010.errors.json"
    out.write_text(json.dumps(overlay))
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrismServer:
    # Prism (Node) parses Twilio's whole spec before it listens: 50-60 s were seen at load 22,
    # and a deadline missed errors every Prism test of the run.
    def __init__(self, spec: Path, *, deadline: float = 300.0):
        self.spec = spec
        self.deadline = deadline
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = spec.with_suffix(".log")
        self.proc: subprocess.Popen | None = None

    def __enter__(self):
        if not PRISM_BIN.exists():
            raise FileNotFoundError(f"{PRISM_BIN} is missing: run `npm ci` (make test does).")
        self.log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(self.port), str(self.spec)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self._wait_until_up()
        return self

    def _wait_until_up(self) -> None:
        end = time.monotonic() + self.deadline
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Prism exited early:\n{self.log_path.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "/", timeout=1)  # noqa: S310 - loopback only
            except urllib.error.HTTPError:
                return  # any HTTP answer (Prism's 404 for "/") means it is listening
            except OSError:
                time.sleep(0.1)
            else:
                return
        self.__exit__(None, None, None)
        raise RuntimeError(f"Prism did not answer within {self.deadline:g}s")

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
