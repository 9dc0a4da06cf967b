"""The emergency check's latency for `make bench`: p99 of a 2,000-character narrative.

Pure Python, no server: runs the detector in a fresh interpreter (as a worker after its first
check: lists compiled, dictionaries loaded) on one core's CPU time, so other load on the machine
stretches wall time but not the figure. Bound: p99 under 5 ms (issue 11).
"""

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")


def triage_latency(runs: int = 2000) -> dict:
    code = (
        "import json; from reporting.triage.benchmark import measure; "
        f"print(json.dumps(measure({runs})))"
    )
    output = subprocess.run(  # noqa: S603  (our own interpreter and module)
        [PY, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])
