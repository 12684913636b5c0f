"""The app's own files: found from the source tree and from a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from models import migrate
from models.resources import app_root, doc_path, resource_path
from models.version import app_version

ROOT = Path(__file__).resolve().parent.parent.parent


def test_from_source_the_files_are_in_the_repository() -> None:
    assert app_root() == ROOT
    assert resource_path("icons", "motcua.png").is_file()
    assert resource_path("icons", "motcua.ico").is_file()
    assert doc_path("huong-dan-su-dung.md").is_file()


def test_the_version_is_the_one_of_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        assert app_version() == tomllib.load(file)["project"]["version"]


def test_frozen_the_files_are_under_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyInstaller's one-folder build: data beside the code under _internal/ (sys._MEIPASS).
    bundle = tmp_path / "Một Cửa Desk" / "_internal"
    (bundle / "resources" / "icons").mkdir(parents=True)
    (bundle / "pyproject.toml").write_text('[project]\nversion = "9.8.7"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resource_path("icons", "motcua.png") == bundle / "resources" / "icons" / "motcua.png"
    assert doc_path("guide", "x.png") == bundle / "docs" / "guide" / "x.png"
    assert app_version() == "9.8.7"


def test_without_pyproject_the_version_comes_from_the_installed_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_version() != ""


def test_the_migrations_are_found_as_files_beside_the_models() -> None:
    # The spec bundles models/migrations as data at the same place under _internal/.
    assert (migrate.MIGRATIONS_DIR / "env.py").is_file()
    assert any((migrate.MIGRATIONS_DIR / "versions").glob("0001_*.py"))


def test_the_spec_bundles_what_the_app_reads_at_run_time() -> None:
    spec = (ROOT / "packaging" / "motcua.spec").read_text(encoding="utf-8")
    for needed in ('"resources"', '"docs"', '"pyproject.toml"', '"migrations"', "console=False"):
        assert needed in spec, needed


def test_the_installer_refuses_old_or_32_bit_windows_in_vietnamese() -> None:
    raw = (ROOT / "packaging" / "motcua.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads Vietnamese text only with a BOM
    script = raw.decode("utf-8-sig")
    assert "MinBuild = 17763" in script and "Version.Build < MinBuild" in script
    assert "if not IsX64Compatible then" in script
    assert "Windows 10 phiên bản 1809" in script and "Windows 64-bit" in script
    assert "PrivilegesRequired=lowest" in script  # a per-user install
    assert 'Name: "{group}\\{#AppName}"' in script  # the Start-menu entry
    assert 'Source: "..\\dist\\MotCuaDesk\\*"' in script


def test_the_windows_workflow_builds_smoke_tests_and_uploads() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows-build.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    assert "packaging/build.py --smoke-test" in workflow
    assert "packaging\\motcua.iss" in workflow and "upload-artifact" in workflow
