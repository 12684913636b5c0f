"""``handout``: one procedure's sheet, every catalog procedure's, and the refusals."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from models.commune import save_profile
from models.db import Database
from models.handout_edits import current_text
from models.handout_texts import handout_codes
from models.reference import load_reference
from tests.actors import admin
from tests.cli.runner import Runner


@pytest.fixture
def run(db: Database, tmp_path: Path) -> Runner:
    save_profile(db, actor=admin("test"), code="04321", name="Xã Tân Hòa", upper_level="UBND tỉnh")
    return Runner(db, tmp_path / "home")


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_a_personalised_handout(run: Runner, tmp_path: Path) -> None:
    out = tmp_path / "hd.pdf"
    status = run(
        "handout", "--procedure", "1.001193", "--dossier", "h12-0001", "--name", "Lò Văn Páo",
        "--appointment", "25/11/2026", "--out", out,
    )  # fmt: skip
    assert status == 0, run.err.getvalue()
    words = pdf_text(out)
    assert "Lò Văn Páo" in words and "H12-0001" in words and "25/11/2026" in words
    assert "Đã ghi phiếu hướng dẫn" in run.out.getvalue()


def test_an_unknown_procedure_is_refused(run: Runner, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert run("handout", "--procedure", "9.999999", "--out", out) == 2
    assert "Không có thủ tục mã “9.999999”" in run.err.getvalue()
    assert not out.exists()


def test_an_id_number_in_the_name_is_refused(run: Runner, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    status = run("handout", "--procedure", "1.001193", "--name", "An 001190012345", "--out", out)
    assert status == 1
    assert "số định danh" in run.err.getvalue()
    assert not out.exists()


def test_all_writes_one_sheet_per_catalog_procedure(run: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "stack"
    assert run("handout", "--all", "--out", folder) == 0, run.err.getvalue()
    codes = {procedure.code for procedure in load_reference(run.db).procedures}
    assert codes <= set(handout_codes())
    assert {path.name for path in folder.iterdir()} == {f"HD_{code}.pdf" for code in codes}
    for path in folder.iterdir():  # every bundled text fits one A4 page
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        assert "Pages:           1" in info.stdout, path.name


def test_texts_export_edit_and_import(run: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    assert run("handout-texts", "export", "--out", folder) == 0
    assert "Đã ghi 20 tệp" in run.out.getvalue()
    path = folder / "1.001193.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["fee"] = "Miễn lệ phí"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run("handout-texts", "import", folder) == 0, run.err.getvalue()
    assert "1 tờ hướng dẫn được thay đổi" in run.out.getvalue()
    assert current_text(run.db, "1.001193").fee == "Miễn lệ phí"
    out = tmp_path / "hd.pdf"
    assert run("handout", "--procedure", "1.001193", "--out", out) == 0
    assert "Miễn lệ phí" in pdf_text(out)


def test_texts_import_refuses_a_broken_file(run: Runner, tmp_path: Path) -> None:
    broken = tmp_path / "1.001193.json"
    broken.write_text('{"code": "1.001193"}', encoding="utf-8")
    assert run("handout-texts", "import", broken) == 1
    assert "Thiếu mục «steps»" in run.err.getvalue()
    assert "Chưa nhập tệp nào" in run.err.getvalue()


def test_configure_sets_what_the_handout_prints(run: Runner, tmp_path: Path) -> None:
    status = run(
        "configure", "--desk-phone", "0210 3851 999", "--lookup-url", "https://tinh.gov.vn/tra-cuu",
    )  # fmt: skip
    assert status == 0, run.err.getvalue()
    assert "0210 3851 999" in run.out.getvalue()
    out = tmp_path / "hd.pdf"
    assert run("handout", "--procedure", "1.001193", "--out", out) == 0
    words = pdf_text(out)
    assert "0210 3851 999" in words and "tinh.gov.vn/tra-cuu" in words
    assert run("configure", "--vneid-url", "vneid") == 1
    assert "không phải địa chỉ trang web" in run.err.getvalue()
