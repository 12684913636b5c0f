"""Figures of documents and files: handouts, the import of visits, the province's consolidation."""

from __future__ import annotations

import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from bench.datasets import ACTOR, Workspace, open_bench_db
from bench.figures_gui import run_probe
from bench.result import Figure, median
from models.commune import CommuneProfile, load_profile
from models.consolidate import consolidate
from models.consolidate_files import input_files
from models.consolidate_writers import write_consolidation_json
from models.daily_summary import compute_summary
from models.db import COMMUNE_TZ
from models.entities import Visit
from models.records_import import export_records
from models.reference import load_reference, procedure_details
from models.summary_document import summary_document, write_json
from printing.handout import write_handout
from printing.handout_request import request_for

HANDOUT_PROCEDURES = ("1.001193", "1.004222", "2.000815", "1.004873", "1.000894")


def bare_page(path: Path, font_name: str) -> None:
    """The floor: one ReportLab page, one embedded TrueType font, three QR codes from qrcode."""
    import qrcode
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(font_name, 13)
    canvas.drawString(72, 770, "Hướng dẫn: Đăng ký khai sinh — Nguyễn Thị Hoa")
    for number, link in enumerate(
        ("https://dichvucong.gov.vn/tim-kiem", "https://vneid.gov.vn", "https://dichvucong.gov.vn")
    ):
        image = qrcode.make(link).get_image()
        canvas.drawImage(ImageReader(image), 72 + number * 160, 560, width=120, height=120)
    canvas.showPage()
    canvas.save()


def _register_bare_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from printing.fonts import bundled_files

    name = "BenchSerif"
    pdfmetrics.registerFont(TTFont(name, str(bundled_files()["regular"])))
    return name


def handout_figures(ws: Workspace) -> list[Figure]:
    """A personalised handout vs the bare page; then a stack of handouts vs the bare page."""
    db = open_bench_db(ws.small())
    folder = ws.root / "handouts"
    folder.mkdir(exist_ok=True)
    try:
        profile = load_profile(db)
        details = [procedure_details(db, code) for code in HANDOUT_PROCEDURES]
        font = _register_bare_font()

        def handout(number: int) -> None:
            detail = details[number % len(details)]
            assert detail is not None
            request = request_for(
                db,
                detail,
                citizen_name=f"Nguyễn Thị Hoa {number}",
                dossier_code=f"H12.34-261123-{number:04d}",
                appointment=date(2026, 12, 1),
                clerk_name="Người đo",
            )
            write_handout(folder / f"handout-{number}.pdf", request, profile)

        handout(0)
        bare_page(folder / "bare-0.pdf", font)  # both warm up
        one: list[float] = []
        bare: list[float] = []
        for number in range(1, 8):
            started = clock.perf_counter()
            handout(0)
            one.append(clock.perf_counter() - started)
            started = clock.perf_counter()
            bare_page(folder / f"bare-{number}.pdf", font)
            bare.append(clock.perf_counter() - started)
        started = clock.perf_counter()
        for number in range(ws.sizes.handouts):
            handout(number)
        stack = clock.perf_counter() - started
    finally:
        db.dispose()
    bare_ms, one_ms = median(bare) * 1000, median(one) * 1000
    return [
        Figure(
            "handout",
            "one personalised handout PDF vs a bare ReportLab page (1 TTF, 3 QR codes)",
            one_ms / bare_ms,
            1.5,
            "×",
            details={"handout_ms": one_ms, "bare_page_ms": bare_ms},
        ),
        Figure(
            "handouts_stack",
            f"{ws.sizes.handouts} handouts, in bare pages' time",
            stack * 1000 / bare_ms,
            float(ws.sizes.handouts),
            "×",
            details={"stack_seconds": stack, "bare_page_ms": bare_ms},
        ),
    ]


def _export_rows(ws: Workspace, rows: int, name: str) -> Path:
    """A canonical CSV of about ``rows`` visits (whole days, newest first) from the history."""
    source = open_bench_db(ws.history())
    try:
        with source.reading() as session:
            days = session.scalars(
                select(Visit.local_date).order_by(Visit.local_date.desc()).offset(rows).limit(1)
            ).all()
            last = session.scalar(select(Visit.local_date).order_by(Visit.local_date.desc()))
        assert last is not None
        first = days[0] + timedelta(days=1) if days else date(2000, 1, 1)
        path = ws.root / f"{name}.csv"
        export_records(source, first, last, path, with_personal_data=True, actor=ACTOR)
    finally:
        source.dispose()
    return path


def _empty_db(ws: Workspace, name: str) -> Path:
    path = ws.root / f"{name}.sqlite3"
    open_bench_db(path).dispose()
    return path


def import_figures(ws: Workspace) -> list[Figure]:
    """Importing canonical rows: time; peak memory at full size vs at a fifth of it."""
    rows = ws.sizes.import_rows
    full = _export_rows(ws, rows, "import-full")
    fifth = _export_rows(ws, rows // 5, "import-fifth")
    _seconds, small = run_probe("import", str(_empty_db(ws, "import-into-small")), str(fifth))
    _seconds, big = run_probe("import", str(_empty_db(ws, "import-into-full")), str(full))
    growth = big["peak_growth_mib"] / max(small["peak_growth_mib"], 1.0)
    return [
        Figure(
            "import",
            f"import of {big['added']:,} canonical rows",
            big["seconds"],
            20.0,
            "s",
            details={"full": big, "fifth": small},
        ),
        Figure(
            "import_memory",
            "import peak memory growth, full file vs a fifth of it (1× = bounded)",
            growth,
            1.5,
            "×",
            details={
                "full_peak_mib": big["peak_growth_mib"],
                "fifth_peak_mib": small["peak_growth_mib"],
            },
        ),
    ]


def _commune_files(ws: Workspace, folder: Path) -> None:
    """One day's JSON of every commune, from real summaries of the small history."""
    db = open_bench_db(ws.small())
    try:
        ref = load_reference(db)
        with db.reading() as session:
            days = session.scalars(
                select(Visit.local_date).distinct().order_by(Visit.local_date.desc()).limit(20)
            ).all()
        summaries = [compute_summary(db, ref, day, day) for day in days]
    finally:
        db.dispose()
    day = summaries[0].last
    for number in range(ws.sizes.communes):
        summary = summaries[number % len(summaries)]
        summary.first = summary.last = day
        profile = CommuneProfile(code=f"{10_000 + number:05d}", name=f"Xã Số {number + 1}")
        doc = summary_document(
            summary, profile, ref, locked=True, generated_at=_noon(day), revision=1
        )
        write_json(folder / f"BC-NGAY_{profile.code}_{day.isoformat()}.json", doc)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(17, 0), tzinfo=COMMUNE_TZ)


def consolidation_figure(ws: Workspace) -> Figure:
    """Reading and adding up one day of every commune's JSON, and writing the result."""
    folder = ws.root / "province"
    folder.mkdir(exist_ok=True)
    _commune_files(ws, folder)
    out = ws.root / "province.json"
    started = clock.perf_counter()
    result = consolidate(input_files([folder], out))
    write_consolidation_json(out, result)
    seconds = clock.perf_counter() - started
    return Figure(
        "consolidation",
        f"consolidation of {ws.sizes.communes:,} communes' daily JSON files",
        seconds,
        10.0,
        "s",
        details={"communes": len(result.rows), "refused": len(result.refused)},
    )
