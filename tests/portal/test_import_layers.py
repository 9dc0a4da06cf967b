"""The layers hold: no import circles between modules or apps, and the ground floor imports
no feature app.

Every module of portal, cms, reporting and dispatch_bridge is parsed (not imported) and each
`import`/`from ... import` anywhere in it, at the top or inside a function, is an edge. Test
modules and migrations are left out.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("portal", "cms", "reporting", "dispatch_bridge")
# What each ground-floor package may not import.
GROUND_FLOOR = {
    "portal.outbox": ("cms", "reporting", "dispatch_bridge", "portal.staff"),
    "portal.staff": ("cms", "reporting", "dispatch_bridge", "portal.outbox"),
}
# App-level direction (DESIGN.md): a key never imports a value.
NEVER = {
    "cms": ("reporting", "dispatch_bridge"),
    "reporting": ("dispatch_bridge",),
    "reporting.messaging": ("reporting", "dispatch_bridge"),
}
# Circles that existed before this test and are not fixed yet. Listed exactly, so a new circle
# fails the test, and so does fixing one without taking it off this list.
KNOWN_MODULE_CIRCLES: list[list[str]] = []
KNOWN_APP_CIRCLES: list[list[str]] = []
KNOWN_UPWARD_IMPORTS: dict[str, list[str]] = {}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module: str) -> set[str]:
    path = MODULES[module]
    tree = ast.parse(path.read_text(), filename=str(path))
    targets = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path.name == "__init__.py", node)
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    # Only our own modules; `from x import name` counts as importing x.name when that's a module.
    return {t for t in targets if t in MODULES}


GRAPH = {module: _imports(module) - {module} for module in MODULES}


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index, low, stack, on_stack, result = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return result


def _without_packages(graph):
    # A package's __init__ importing its own submodules is how Python packages work, not a
    # circle between modules: only edges between leaf modules and into packages from outside.
    return {m: {t for t in targets if not _in(m, t)} for m, targets in graph.items()}


def test_the_walk_sees_the_code():
    assert "portal.outbox.services" in MODULES and "dispatch_bridge.services" in MODULES
    assert "portal.outbox.models" in GRAPH["portal.outbox.services"]


def test_no_import_circle_between_modules():
    cycles = _cycles(_without_packages(GRAPH))
    assert cycles == KNOWN_MODULE_CIRCLES, "import circles:\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


def _app_of(module: str) -> str:
    for app in (
        "portal.outbox",
        "portal.staff",
        "reporting.messaging",
        "cms",
        "reporting",
        "dispatch_bridge",
    ):
        if _in(module, app):
            return app
    return module.split(".")[0]


def test_no_import_circle_between_apps():
    apps: dict[str, set[str]] = {}
    for module, targets in GRAPH.items():
        source = _app_of(module)
        apps.setdefault(source, set()).update(_app_of(t) for t in targets if _app_of(t) != source)
    # portal wires everything (urls, settings) and is not one layer: only its ground floor is.
    apps.pop("portal", None)
    for targets in apps.values():
        targets.discard("portal")
    cycles = _cycles(apps)
    assert cycles == KNOWN_APP_CIRCLES, "app circles:\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


@pytest.mark.parametrize("floor", sorted(GROUND_FLOOR))
def test_the_ground_floor_imports_no_feature_app(floor):
    forbidden = GROUND_FLOOR[floor]
    bad = sorted(
        f"{m} -> {t}"
        for m, targets in GRAPH.items()
        if _in(m, floor)
        for t in targets
        if any(_in(t, app) for app in forbidden)
    )
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lower", sorted(NEVER))
def test_lower_apps_never_import_higher_ones(lower):
    bad = sorted(
        f"{m} -> {t}"
        for m, targets in GRAPH.items()
        if _app_of(m) == lower
        for t in targets
        if any(_app_of(t) == higher for higher in NEVER[lower])
    )
    assert bad == KNOWN_UPWARD_IMPORTS.get(lower, []), "\n".join(bad)
