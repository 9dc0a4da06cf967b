"""Stoplight Prism serving Twilio's own OpenAPI spec, for contract tests of the real SDK.

The spec comes from the npm package @twilio/cli-core (package.json); it is never copied into this
repository. TWILIO_OPENAPI_SPEC points at another copy when needed.
"""

import contextlib
import copy
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.processes import file_locked

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


# --- One Prism for the whole run ----------------------------------------------------------------
#
# Prism answers from the spec alone and keeps no state between requests, so every pytest-xdist
# process of a run can share one. Parsing Twilio's spec costs Node 20-60 s of CPU: once per run,
# not once per process. The first process to collect a test that needs it starts it in the
# background (`prism_start_shared`), so it boots while the databases are made; its tests wait
# until it answers (`prism_wait`). The pytest process that is not an xdist worker stops it last
# (`prism_stop_shared`). `shared_dir` is that run's own temporary folder.

STATE = "prism.json"


def prism_start_shared(shared_dir: Path) -> None:
    """Start the run's Prism unless a process of this run already has; does not wait."""
    shared_dir.mkdir(parents=True, exist_ok=True)
    with file_locked(shared_dir / "prism.lock"):
        if (shared_dir / STATE).exists():
            return
        if not PRISM_BIN.exists():
            raise FileNotFoundError(f"{PRISM_BIN} is missing: run `npm ci` (make test does).")
        spec = build_error_overlay_spec(twilio_spec_path(), shared_dir)
        port = _free_port()
        log_path = spec.with_suffix(".log")
        with log_path.open("w") as log:
            proc = subprocess.Popen(  # noqa: S603 - our own node_modules binary
                [str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
                stdout=log,
                stderr=subprocess.STDOUT,
                # Outlives the process that started it; prism_stop_shared ends it.
                start_new_session=True,
            )
        _STARTED[proc.pid] = proc
        state = {"url": f"http://127.0.0.1:{port}", "pid": proc.pid, "log": str(log_path)}
        (shared_dir / STATE).write_text(json.dumps(state))


_STARTED: dict[int, subprocess.Popen] = {}  # the Prism this process started, by pid


def _alive(pid: int) -> bool:
    if pid in _STARTED:
        return _STARTED[pid].poll() is None
    try:  # started by another process of the run
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def prism_wait(shared_dir: Path, *, deadline: float = 300.0) -> str:
    """The URL of the run's Prism (started if need be) once it answers.

    Prism (Node) parses Twilio's whole spec before it listens: 50-60 s were seen at load 22, and
    a deadline missed errors every Prism test of the run."""
    prism_start_shared(shared_dir)
    state = json.loads((shared_dir / STATE).read_text())
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if not _alive(state["pid"]):
            raise RuntimeError(f"Prism exited early:\n{Path(state['log']).read_text()[-2000:]}")
        try:
            urllib.request.urlopen(state["url"] + "/", timeout=1)  # noqa: S310 - loopback only
        except urllib.error.HTTPError:
            return state["url"]  # any HTTP answer (Prism's 404 for "/") means it is listening
        except OSError:
            time.sleep(0.1)
        else:
            return state["url"]
    raise RuntimeError(f"Prism did not answer within {deadline:g}s")


def prism_stop_shared(shared_dir: Path) -> None:
    path = shared_dir / STATE
    if not path.exists():
        return
    pid = json.loads(path.read_text())["pid"]
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
        end = time.monotonic() + 5
        while _alive(pid) and time.monotonic() < end:
            time.sleep(0.05)
        if _alive(pid):
            os.killpg(pid, signal.SIGKILL)
    if pid in _STARTED:
        _STARTED.pop(pid).wait(5)
    path.unlink()
