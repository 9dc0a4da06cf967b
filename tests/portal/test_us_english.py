"""English copy is US English: a US agency's residents read "neighbor", "license", "center".

Scans every English string in the catalogue (all translatable text in code and templates), the
text of every template, and the string values of the demo content modules.
"""

import ast
import re
from pathlib import Path

import polib
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGUE = ROOT / "portal/locale/es/LC_MESSAGES/django.po"
DEMO_CONTENT = [
    "cms/demo_content.py",
    "cms/kids/demo_content.py",
    "reporting/demo.py",
    "reporting/places/demo.py",
    "dispatch_bridge/demo.py",
    "cms/management/commands/load_demo.py",
]
BRITISH = re.compile(
    r"\b(?:neighbour|tyres?|licence|colour|centres?|centred|organis|favourite|behaviour|honour|"
    r"metres?|recognis|apologis|realis|programme|offence|defence|travell|judgement|grey)\w*|\btick\b",
    re.IGNORECASE,
)
# Names defined by a standard are quoted as published (APCO/NENA disposition codes).
STANDARD_NAMES = {"Event cancelled", "Cancelled: duplicate"}
TEMPLATE_TAG = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.DOTALL)


def british_in(text: str) -> list[str]:
    return [m.group(0) for m in BRITISH.finditer(text)]


def test_british_spellings_are_caught():
    assert british_in("Tell your neighbour; check the tyres and the licence colour.") == [
        "neighbour",
        "tyres",
        "licence",
        "colour",
    ]
    assert british_in("A neighbor's license, the center, a ticket, organized") == []


def test_the_catalogue_is_in_us_english():
    found = {
        entry.msgid: british_in(entry.msgid + " " + entry.msgid_plural)
        for entry in polib.pofile(str(CATALOGUE))
        if entry.msgid not in STANDARD_NAMES and not entry.obsolete
    }
    assert not {k: v for k, v in found.items() if v}


def test_templates_are_in_us_english():
    found = {}
    for path in [*ROOT.glob("templates/**/*.*"), *ROOT.glob("*/**/templates/**/*.*")]:
        if (
            ".venv" in path.parts
            or "node_modules" in path.parts
            or path.suffix
            not in {
                ".html",
                ".txt",
            }
        ):
            continue
        words = british_in(TEMPLATE_TAG.sub(" ", path.read_text()))
        if words:
            found[str(path.relative_to(ROOT))] = words
    assert not found


def test_demo_content_is_in_us_english():
    found = {}
    for name in DEMO_CONTENT:
        path = ROOT / name
        if not path.exists():
            continue
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        strings = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ]
        words = [word for text in strings for word in british_in(text)]
        if words:
            found[name] = words
    assert not found
