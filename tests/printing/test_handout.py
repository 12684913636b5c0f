"""The citizen handout PDF: text, fonts, one page, QR codes that decode, a non-blank page."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from models.commune import CommuneProfile
from printing import handout as handout_module
from printing.fonts import register_fonts
from printing.handout import build_story, overflows, page_count, write_handout
from printing.handout_layout import HandoutStyles, geometry, short_link, wrap_link
from printing.handout_request import HandoutRequest, handout_links

zxingcpp = pytest.importorskip("zxingcpp")


@dataclass(frozen=True)
class Text:
    """Stands in for models.handout_texts.HandoutText (same fields)."""

    code: str
    title: str
    steps: tuple[str, ...]
    papers: tuple[str, ...]
    processing_time: str
    fee: str
    tips: tuple[str, ...]


TEXT = Text(
    code="1.001193",
    title="Đăng ký khai sinh",
    steps=(
        "Vào trang dichvucong.gov.vn, bấm «Đăng nhập».",
        "Chọn «Tài khoản định danh điện tử», đăng nhập bằng tài khoản VNeID.",
        "Gõ «khai sinh» vào ô tìm kiếm, bấm «Nộp trực tuyến».",
        "Điền thông tin của cháu bé, cha và mẹ vào tờ khai.",
        "Chọn cách nhận giấy khai sinh: tại xã hoặc qua bưu điện.",
        "Chụp ảnh từng giấy tờ rõ nét, đủ 4 góc, rồi tải lên.",
        "Bấm «Nộp hồ sơ», ghi mã hồ sơ vào tờ giấy này.",
        "Vào mục «Tra cứu hồ sơ», nhập mã hồ sơ để xem kết quả.",
    ),
    papers=(
        "Giấy chứng sinh do bệnh viện hoặc trạm y tế cấp (bản chính)",
        "Thẻ căn cước hoặc giấy tờ tùy thân còn hạn của người nộp",
        "Giấy chứng nhận kết hôn của cha mẹ (nếu có)",
        "Văn bản ủy quyền có chứng thực nếu nhờ người khác đi đăng ký",
    ),
    processing_time="Trong ngày; nộp sau 15 giờ thì nhận vào ngày làm việc tiếp theo",
    fee="Miễn lệ phí nếu đăng ký đúng hạn (trong 60 ngày); trễ hạn thì theo quy định của tỉnh",
    tips=(
        "Đăng ký trong 60 ngày kể từ ngày sinh để được miễn lệ phí.",
        "Mang điện thoại đã cài VNeID mức 2 khi đến xã.",
    ),
)
PROFILE = CommuneProfile(
    code="10507",
    name="Xã Tân Lập",
    unit_name="Trung tâm Phục vụ hành chính công",
    desk_phone="0210 3851 234",
    portal_url_template="https://dichvucong.gov.vn/tim-kiem?keyword={code}&ten={name}",
    lookup_url="https://dichvucong.gov.vn/tra-cuu-ho-so",
    vneid_url="https://vneid.gov.vn",
)
ID_NUMBER = "001190012345"


def request(**changes: object) -> HandoutRequest:
    values: dict[str, object] = {
        "procedure_code": "1.001193",
        "procedure_name": "Đăng ký khai sinh",
        "portal_url": "",
        "text": TEXT,
        "size": "A4",
        "large_print": False,
        "citizen_name": "Nguyễn Thị Lan",
        "dossier_code": "H12.34-261123-0001",
        "appointment": date(2026, 11, 24),
        "clerk_name": "Phạm Thị Thư",
    }
    values.update(changes)
    return HandoutRequest(**values)  # type: ignore[arg-type]


def run(*argv: str | Path) -> str:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return write_handout(tmp_path / "handout.pdf", request(), PROFILE)


def test_text_has_title_steps_and_visit_with_diacritics(pdf: Path) -> None:
    words = " ".join(run("pdftotext", "-enc", "UTF-8", pdf, "-").split())
    assert "Đăng ký khai sinh" in words
    for step in TEXT.steps:
        assert step in words
    assert "Giấy tờ cần chuẩn bị" in words
    assert "Nguyễn Thị Lan" in words
    assert "H12.34-261123-0001" in words
    assert "24/11/2026" in words
    assert "Phạm Thị Thư" in words
    assert "0210 3851 234" in words
    assert "Mở Camera hoặc Zalo, quét mã" in words
    assert ID_NUMBER not in words.replace(" ", "")


def test_an_id_number_is_never_printed() -> None:
    for field in ("citizen_name", "dossier_code", "clerk_name"):
        with pytest.raises(ValueError):
            request(**{field: f"Nguyễn Thị Lan {ID_NUMBER}"})


def test_every_font_is_embedded(pdf: Path) -> None:
    rows = run("pdffonts", pdf).splitlines()[2:]
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID: "emb" is the third column from the end - 2
        assert row.split()[-5] == "yes", row
    assert "Helvetica" not in "\n".join(rows)


def test_a_standard_a4_handout_is_one_page(pdf: Path) -> None:
    assert "Pages:           1" in run("pdfinfo", pdf)


def test_a_handout_without_visit_is_one_page(tmp_path: Path) -> None:
    plain = request(citizen_name="", dossier_code="", appointment=None, clerk_name="")
    path = write_handout(tmp_path / "plain.pdf", plain, PROFILE)
    assert "Pages:           1" in run("pdfinfo", path)
    assert "Mã hồ sơ" not in run("pdftotext", "-enc", "UTF-8", path, "-")


def _page_image(pdf: Path, tmp_path: Path, dpi: int = 150) -> Image.Image:
    run("pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", pdf, tmp_path / "page")
    png = next(tmp_path.glob("page*.png"))
    return Image.open(png).convert("L")


def test_every_qr_code_decodes_to_its_link(pdf: Path, tmp_path: Path) -> None:
    image = _page_image(pdf, tmp_path)
    qr = zxingcpp.BarcodeFormat.QRCode
    decoded = {b.text for b in zxingcpp.read_barcodes(image) if b.format == qr}
    expected = {url for _label, url in handout_links("1.001193", "Đăng ký khai sinh", "", PROFILE)}
    assert decoded == expected
    name = "%C4%90%C4%83ng%20k%C3%BD%20khai%20sinh"  # the template's {name}, percent-encoded
    assert f"https://dichvucong.gov.vn/tim-kiem?keyword=1.001193&ten={name}" in decoded


def test_qr_codes_are_at_least_3_cm_wide(pdf: Path, tmp_path: Path) -> None:
    dpi = 150
    image = _page_image(pdf, tmp_path, dpi)
    barcodes = zxingcpp.read_barcodes(image)
    assert len(barcodes) == 3
    for barcode in barcodes:
        pos = barcode.position
        width_px = max(pos.top_right.x, pos.bottom_right.x) - min(pos.top_left.x, pos.bottom_left.x)
        assert width_px / dpi * 2.54 >= 2.95  # finder pattern to finder pattern, whole symbol


def test_the_rendered_page_is_not_blank(pdf: Path, tmp_path: Path) -> None:
    image = _page_image(pdf, tmp_path, 50)
    histogram = image.histogram()
    dark = sum(histogram[:128])
    total = image.width * image.height
    assert dark > total * 0.02
    assert dark < total * 0.5


def test_catalog_url_wins_over_the_template() -> None:
    links = handout_links("1.001193", "Đăng ký khai sinh", "https://tinh.gov.vn/ks", PROFILE)
    assert links == [
        ("Trang thủ tục", "https://tinh.gov.vn/ks"),
        ("Tra cứu hồ sơ", "https://dichvucong.gov.vn/tra-cuu-ho-so"),
        ("Ứng dụng VNeID", "https://vneid.gov.vn"),
    ]


def test_sizes_are_readable() -> None:
    family = register_fonts()
    normal = HandoutStyles.for_print(family, large_print=False)
    large = HandoutStyles.for_print(family, large_print=True)
    assert min(normal.sizes.values()) >= 14
    assert normal.heading_size >= 18 and normal.dossier_size >= 22
    assert min(large.sizes.values()) >= 18
    for style in ("body", "item", "bullet", "link"):
        assert family.italic not in getattr(large, style).fontName


def test_large_print_runs_to_a_second_page_with_18_pt_text(tmp_path: Path) -> None:
    big = request(large_print=True)
    path = write_handout(tmp_path / "big.pdf", big, PROFILE)
    assert page_count(big, PROFILE) == 2
    words = " ".join(run("pdftotext", "-enc", "UTF-8", path, "-").split())
    for step in TEXT.steps:
        assert step in words
    # pdftotext -bbox: a word box is the font's ascent to descent, about 0.89 of its size
    bbox = run("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-")
    heights = [
        float(line.split('yMax="')[1].split('"')[0]) - float(line.split('yMin="')[1].split('"')[0])
        for line in bbox.splitlines()
        if line.strip().startswith("<word")
    ]
    assert heights and min(heights) >= 18 * 0.88  # Liberation Serif: 0.893 em (14 pt: 12.5)


def test_a5_handout_is_written(tmp_path: Path) -> None:
    path = write_handout(tmp_path / "a5.pdf", request(size="A5"), PROFILE)
    info = run("pdfinfo", path)
    assert "419.528 x 595.276 pts" in info or "420 x 595 pts" in info


def test_links_are_wrapped_to_the_column() -> None:
    family = register_fonts()
    link = short_link("https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=1.001193")
    assert link == "dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=1.001193"
    lines = wrap_link(link, family.regular, 14, 150)
    assert "".join(lines) == link
    assert len(lines) > 1
    encoded = "https://www.dichvucong.gov.vn/tim?ten=%C4%90%C4%83ng%20k%C3%BD/"
    assert short_link(encoded) == "dichvucong.gov.vn/tim?ten=Đăng ký"


@pytest.mark.parametrize("tips", [0, 2, 6, 12])
@pytest.mark.parametrize("size", ["A4", "A5"])
def test_the_measure_says_overflow_only_when_the_full_layout_takes_two_pages(
    size: str, tips: int
) -> None:
    # write_handout lays a handout measured to overflow out compact at once: a wrong "overflows"
    # would drop the tips from a handout that fits.
    text_ = Text(
        **{**TEXT.__dict__, "tips": tuple(f"Lưu ý số {n} cho người dân." for n in range(tips))}
    )
    handout = request(size=size, text=text_)
    geo = geometry(size, large_print=False)
    measured = overflows(build_story(handout, PROFILE), geo.frame_width, geo.frame_height)
    if measured:
        assert page_count(handout, PROFILE) >= 2


def test_a_handout_that_overflows_is_written_compact_on_one_page(tmp_path: Path) -> None:
    text_ = Text(
        **{**TEXT.__dict__, "tips": tuple(f"Lưu ý số {n} cho người dân." for n in range(12))}
    )
    handout = request(text=text_)
    geo = geometry("A4", large_print=False)
    assert overflows(build_story(handout, PROFILE), geo.frame_width, geo.frame_height)
    path = write_handout(tmp_path / "compact.pdf", handout, PROFILE)
    assert "Pages:           1" in run("pdfinfo", path)
    words = " ".join(run("pdftotext", "-enc", "UTF-8", path, "-").split())
    assert "Lưu ý số 0" not in words and "Mở Camera hoặc Zalo, quét mã" in words


def test_a_handout_that_fits_is_not_measured_as_overflowing() -> None:
    without_visit = request(citizen_name="", dossier_code="", appointment=None, clerk_name="")
    assert page_count(without_visit, PROFILE) == 1
    geo = geometry("A4", large_print=False)
    assert not overflows(build_story(without_visit, PROFILE), geo.frame_width, geo.frame_height)


def _words(path: Path) -> str:
    return " ".join(run("pdftotext", "-enc", "UTF-8", path, "-").split())


def test_a_stack_of_one_procedure_is_measured_once_and_laid_out_as_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handout_module, "_OVERFLOW_DECISIONS", {})
    measured: list[bool] = []

    def counting(*args: Any) -> bool:
        measured.append(overflows(*args))
        return measured[-1]

    monkeypatch.setattr(handout_module, "overflows", counting)
    names = ("Nguyễn Thị Lan", "Trần Văn Hùng", "Lò Thị Mai")
    stack = [write_handout(tmp_path / f"{n}.pdf", request(citizen_name=n), PROFILE) for n in names]
    assert len(measured) == 1
    for name, path in zip(names, stack, strict=True):
        monkeypatch.setattr(handout_module, "_OVERFLOW_DECISIONS", {})  # as if printed alone
        alone = write_handout(tmp_path / f"alone-{name}.pdf", request(citizen_name=name), PROFILE)
        assert _words(path) == _words(alone) and name in _words(path)


def test_the_visits_box_takes_part_in_the_decision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handout_module, "_OVERFLOW_DECISIONS", {})
    geo = geometry("A4", large_print=False)
    frame = (geo.frame_width, geo.frame_height)
    blank: dict[str, Any] = {
        "citizen_name": "",
        "dossier_code": "",
        "appointment": None,
        "clerk_name": "",
    }
    # Enough tips that the page holds them without the visit's box, and not with it.
    for count in range(1, 16):
        tips = tuple(f"Lưu ý số {n} cho người dân." for n in range(count))
        text_ = Text(**{**TEXT.__dict__, "tips": tips})
        with_visit = overflows(build_story(request(text=text_), PROFILE), *frame)
        without = overflows(build_story(request(text=text_, **blank), PROFILE), *frame)
        if with_visit and not without:
            break
    else:
        pytest.fail("no tip count where the visit's box decides")
    personal = write_handout(tmp_path / "personal.pdf", request(text=text_), PROFILE)
    assert "Lưu ý số 0" not in _words(personal)
    assert "Pages:           1" in run("pdfinfo", personal)
    # Measured after a compact one of the same procedure: the tips still fit without the box.
    plain = write_handout(tmp_path / "plain.pdf", request(text=text_, **blank), PROFILE)
    assert f"Lưu ý số {count - 1}" in _words(plain)
