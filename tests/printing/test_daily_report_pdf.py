"""The daily report as PDF, read back with poppler's pdftotext and pdffonts."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from models.daily_summary import ProcedureFigures, compute_summary
from printing.daily_report_pdf import write_daily_pdf
from tests.printing.conftest import (
    CITIZENS,
    CLERK,
    GENERATED_AT,
    LOCK,
    PHONE,
    VILLAGES,
    ReportCase,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="needs poppler-utils (pdftotext, pdffonts)",
)


def _pdftotext(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pdf_text(path: Path) -> str:
    """The text of the PDF in reading order, whitespace collapsed, so wrapped lines read whole."""
    return " ".join(_pdftotext(path).split())


def pdf_lines(path: Path, page: int | None = None) -> list[str]:
    """The lines of the PDF (or one page) as laid out: a table row reads left to right."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return [" ".join(line.split()) for line in _pdftotext(path, "-layout", *pages).splitlines()]


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    [line] = [ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")]
    return int(line.split()[1])


@pytest.fixture
def pdf(case: ReportCase, tmp_path: Path) -> Path:
    return write_daily_pdf(
        tmp_path / "BC-NGAY_10507_2026-11-23.pdf",
        case.summary,
        case.profile,
        case.ref,
        LOCK,
        generated_at=GENERATED_AT,
    )


def test_the_letterhead_and_title_read_back_with_diacritics(pdf: Path) -> None:
    text = pdf_text(pdf)
    assert unicodedata.is_normalized("NFC", text)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN LẬP",
        "Tân Lập, ngày 23 tháng 11 năm 2026",
        "BÁO CÁO TỔNG HỢP NGÀY",
        "Ngày 23/11/2026",
        "Kính gửi: UBND tỉnh Phú Thọ",
        "Ủy ban nhân dân xã Tân Lập",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ):
        assert expected in text, expected


def test_figures_and_every_label_are_printed(pdf: Path, case: ReportCase) -> None:
    text = pdf_text(pdf)
    for code in case.ref.codes("assistance"):
        assert case.ref.label("assistance", code) in text, code
    for kind in ("channel", "outcome", "reason"):
        for code in case.ref.codes(kind):
            assert case.ref.label(kind, code) in text, (kind, code)
    assert "Tổng số lượt hỗ trợ: 4;" in text
    assert "Tỷ lệ nộp trực tuyến trên số lượt có thủ tục hành chính: 66,7%;" in text
    lines = pdf_lines(pdf)
    assert "1 1.001193 Đăng ký khai sinh 2 2" in lines
    assert "2 1.000894 Đăng ký kết hôn 1 0" in lines
    assert "1 Người từ 60 tuổi trở lên 3" in lines
    assert "Tổng cộng 4" in lines  # outcomes add up to the visits


def test_the_lock_is_stated_in_local_time(pdf: Path, case: ReportCase, tmp_path: Path) -> None:
    assert "Số liệu đã chốt lúc 16:45 ngày 23/11/2026 bởi Lê Văn Chủ" in pdf_text(pdf)
    unlocked = write_daily_pdf(
        tmp_path / "open.pdf", case.summary, case.profile, case.ref, None, generated_at=GENERATED_AT
    )
    assert "Số liệu chưa chốt" in pdf_text(unlocked)


def test_no_personal_data_is_printed(pdf: Path) -> None:
    text = pdf_text(pdf)
    for secret in (*CITIZENS, CLERK, *VILLAGES, PHONE, "H12.34-261123-0001"):
        assert secret not in text, secret
        assert secret.upper() not in text, secret


def test_every_font_is_embedded(pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    rows = out.stdout.splitlines()[2:]  # below the header and its underline
    assert rows, out.stdout
    for row in rows:
        emb, sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row
        assert sub == "yes", row  # subsets: only the glyphs used travel in the file


def test_a_date_in_february_is_padded(case: ReportCase, tmp_path: Path) -> None:
    path = write_daily_pdf(
        tmp_path / "feb.pdf",
        case.summary,
        case.profile,
        case.ref,
        None,
        generated_at=datetime(2026, 2, 4, 20, 0, tzinfo=UTC),  # 03:00 on 05/02 in Vietnam
        place="Phú Thọ",
    )
    assert "Phú Thọ, ngày 05 tháng 02 năm 2026" in pdf_text(path)


def test_a_period_has_its_own_title(case: ReportCase, tmp_path: Path) -> None:
    summary = compute_summary(case.db, case.ref, date(2026, 11, 22), date(2026, 11, 23))
    path = write_daily_pdf(
        tmp_path / "period.pdf", summary, case.profile, case.ref, None, generated_at=GENERATED_AT
    )
    text = pdf_text(path)
    assert "BÁO CÁO TỔNG HỢP Từ ngày 22/11/2026 đến ngày 23/11/2026" in text
    assert "BÁO CÁO TỔNG HỢP NGÀY" not in text
    assert "Tổng số lượt hỗ trợ: 5;" in text
    assert CITIZENS[4] not in text


def test_a_long_table_splits_with_its_header_repeated(case: ReportCase, tmp_path: Path) -> None:
    procedures = [
        ProcedureFigures(f"9.{n:06d}", f"Thủ tục thử nghiệm số {n} có tên khá dài", 60 - n, 1)
        for n in range(60)
    ]
    summary = dataclasses.replace(case.summary, by_procedure=procedures)
    path = write_daily_pdf(
        tmp_path / "long.pdf", summary, case.profile, case.ref, LOCK, generated_at=GENERATED_AT
    )
    pages = [pdf_lines(path, page) for page in range(1, page_count(path) + 1)]
    with_rows = [lines for lines in pages if any(" 9.0000" in line for line in lines)]
    assert len(with_rows) >= 2
    for lines in with_rows:
        assert "STT Mã thủ tục Tên thủ tục hành chính Số lượt" in lines
    every_line = [line for lines in pages for line in lines]
    for n in range(60):
        assert any(line.split()[:2] == [str(n + 1), f"9.{n:06d}"] for line in every_line), n
    # Page numbers from the second page on, centred at the top.
    assert [next(line for line in lines if line) for lines in pages[1:]] == [
        str(number) for number in range(2, len(pages) + 1)
    ]
    # The signature block stays on the last page with the lock status.
    last = " ".join(pages[-1])
    assert "CHỦ TỊCH" in last and "Số liệu đã chốt" in last
