"""portal.staff is the ground floor: every app may import it, and it imports none of them."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UPSTAIRS = ("cms", "reporting", "dispatch_bridge")
GROUND = [
    *sorted((REPO / "portal" / "staff").rglob("*.py")),
    REPO / "portal" / "client_ip.py",
    REPO / "portal" / "csv_export.py",
]


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("path", GROUND, ids=lambda p: str(p.relative_to(REPO)))
def test_imports_nothing_from_the_apps_above(path):
    upstairs = {m for m in imported_modules(path) if m.split(".")[0] in UPSTAIRS}
    assert not upstairs, f"{path.relative_to(REPO)} imports {sorted(upstairs)}"


def test_the_check_sees_imports():
    # The walker itself: a file that does import an app above is caught.
    sample = REPO / "dispatch_bridge" / "views.py"
    assert {"reporting.messaging.services", "portal.staff.audit"} <= imported_modules(sample)
