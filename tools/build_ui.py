"""Compile the Designer forms in ui/*.ui into ui/ui_*.py with pyside6-uic.

    python tools/build_ui.py          rebuild every compiled form
    python tools/build_ui.py --check  fail when a compiled form differs from its .ui (CI)

The compiled files are generated: never edit them by hand. The check ignores the line that names
the uic version, so a patch release of PySide6 does not fail CI.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent.parent / "ui"
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def _uic() -> list[str]:
    exe = shutil.which("pyside6-uic")
    if exe is None:
        sys.exit("pyside6-uic not found: install the project first (pip install -e .)")
    return [exe]


def compile_form(form: Path, target: Path) -> None:
    """Run uic on one form."""
    subprocess.run([*_uic(), str(form), "-o", str(target)], check=True)


def _normalised(path: Path) -> str:
    return _VERSION_LINE.sub("", path.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for form in sorted(UI_DIR.glob("*.ui")):
            target = UI_DIR / f"ui_{form.stem}.py"
            if not args.check:
                compile_form(form, target)
                print(f"compiled {form.name} -> {target.name}")
                continue
            fresh = Path(tmp) / target.name
            compile_form(form, fresh)
            if not target.exists() or _normalised(target) != _normalised(fresh):
                stale.append(form.name)
    if stale:
        print("compiled forms out of date (run: python tools/build_ui.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
