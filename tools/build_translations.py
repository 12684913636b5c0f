"""Update the screens' translation sources and compile them.

    python tools/build_translations.py

runs pyside6-lupdate over views/*.py and ui/*.ui into resources/translations/motcua_en.ts (edit it
with pyside6-linguist), then pyside6-lrelease into motcua_en.qm, which the app loads when the
machine setting "language" is "en". The source text, in the code, is Vietnamese. Qt's own
buttons and menus (Close, Cancel, Copy…) have no Vietnamese from Qt: resources/translations/qt_vi.ts
holds ours, written by hand and compiled here into qt_vi.qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        sys.exit(f"{name} not found: install the project first (pip install -e .)")
    return exe


def lupdate(ts: Path, language: str) -> None:
    """Bring ``ts`` up to the texts of views/*.py and ui/*.ui (kept translations stay)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "views").glob("*.py"))
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-source-language",
            "vi",
            "-target-language",
            language,
            "-no-obsolete",
            # No file and line per text: every edit of a view would otherwise move hundreds of
            # lines of the .ts file and bury the real changes in the diff.
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def main() -> int:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"motcua_{language}.ts"
        lupdate(ts, language)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    # Qt ships no Vietnamese for its own buttons; ours is written by hand, only compiled here.
    qt_vi = TRANSLATIONS / "qt_vi.ts"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(qt_vi), "-qm", str(qt_vi.with_suffix(".qm"))], check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
