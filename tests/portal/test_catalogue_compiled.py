"""The committed Spanish .mo must say what its .po says.

Features add strings in parallel and the .mo is a build product that is committed (so nothing
needs gettext at run time); a merge can leave it stale, and a stale .mo shows residents English
without any error. msgfmt is part of the test toolchain (gettext), so the check compiles afresh.
"""

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "portal" / "locale" / "es" / "LC_MESSAGES"


def _catalogue(mo: Path) -> dict:
    with mo.open("rb") as handle:
        return dict(gettext.GNUTranslations(handle)._catalog)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
def test_committed_mo_matches_po(tmp_path):
    fresh = tmp_path / "django.mo"
    subprocess.run(
        ["msgfmt", "--check-format", "-o", str(fresh), str(LOCALE / "django.po")], check=True
    )
    committed, compiled = _catalogue(LOCALE / "django.mo"), _catalogue(fresh)
    stale = sorted(
        (k for k in compiled.keys() | committed.keys() if compiled.get(k) != committed.get(k)),
        key=str,  # plural entries are keyed by (msgid, n) tuples
    )
    assert not stale, (
        f"django.mo is stale for {len(stale)} strings, e.g. {stale[:3]}; run make messages"
    )
