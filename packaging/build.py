"""Build the Windows (or Linux) package of Một Cửa Desk.

    python -m pip install ".[package]"
    python packaging/build.py [--smoke-test] [--no-zip]

runs PyInstaller with packaging/motcua.spec into dist/MotCuaDesk/ (one folder: MotCuaDesk.exe
and _internal/), then writes the portable zip dist/MotCuaDesk-<version>-<system>-portable.zip
(unzip anywhere and run MotCuaDesk.exe). ``--smoke-test`` then starts the built app with
``--smoke-test`` (offscreen where there is no screen) and fails when it does not exit 0. The
installer is built from the same folder by Inno Setup: ``iscc packaging\\motcua.iss``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "motcua.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "MotCuaDesk"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def executable() -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return DIST / NAME / f"{NAME}{suffix}"


def build() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )


def portable_zip() -> Path:
    """The one-folder build as a zip, written beside it under a partial name first."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x64").replace("x86_64", "x64")
    target = DIST / f"{NAME}-{version()}-{system}-{machine}-portable.zip"
    partial = target.with_name(target.name + ".part")
    folder = DIST / NAME
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, Path(NAME) / path.relative_to(folder))
    partial.replace(target)
    return target


def smoke_test() -> int:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([str(executable()), "--smoke-test"], env=env, timeout=300)
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-test", action="store_true", help="start the built app once")
    parser.add_argument("--no-zip", action="store_true", help="skip the portable zip")
    args = parser.parse_args(argv)
    started = time.monotonic()
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    build()
    print(f"built {executable()} in {time.monotonic() - started:.0f} s", flush=True)
    if not args.no_zip:
        archive = portable_zip()
        print(f"portable zip: {archive} ({archive.stat().st_size / 1e6:.0f} MB)", flush=True)
    if args.smoke_test:
        status = smoke_test()
        if status != 0:
            print(f"the built app failed its smoke test (exit status {status})", file=sys.stderr)
            return 1
    print(f"done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
