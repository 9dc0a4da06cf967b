"""axe-core, from npm (package.json), run inside the page under test."""

import os
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AXE_JS = Path(os.environ.get("AXE_CORE_JS", REPO / "node_modules" / "axe-core" / "axe.min.js"))
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def _axe_source() -> str:
    if not AXE_JS.exists():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `npm ci` (make test does).")
    return AXE_JS.read_text()


def axe_violations(page) -> list[dict]:
    # evaluate() is not subject to the page's Content-Security-Policy; a <script> tag would be.
    page.evaluate(_axe_source())
    # resultTypes: only violations come back with every node; passes and the rest are still
    # checked but reported by one node each (axe's documented speed-up: a page's whole result,
    # serialized into Python, was most of the time an audit took).
    result = page.evaluate(
        "async (tags) => await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_21_AA_TAGS,
    )
    return result["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        lines.extend(f"    {node['target']}: {node['failureSummary']}" for node in v["nodes"][:5])
    return "\n".join(lines)
