"""The import wizard's step 3 in words: the summary and the list of problems of a report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.import_answers import PROCEDURE
from models.records_import import ImportReport

MAX_LISTED = 50


def summary_lines(report: ImportReport) -> list[str]:
    """The counts and what happened: written, would be written (dry run), refused, cancelled."""
    if report.cancelled:
        return [
            QCoreApplication.translate(
                "ImportReport",
                "Đã hủy: không lượt hỗ trợ nào được ghi, cơ sở dữ liệu như trước khi nhập.",
            )
            if not report.dry_run
            else QCoreApplication.translate("ImportReport", "Đã hủy chạy thử. Chưa nhập gì.")
        ]
    if not report.accepted:
        again = (
            "" if report.dry_run else QCoreApplication.translate("ImportReport", " rồi nhập lại")
        )
        lines = [
            QCoreApplication.translate(
                "ImportReport",
                "Không nhập dòng nào: {invalid}/{total} dòng có lỗi. Hãy sửa các dòng dưới "
                "đây trong tệp{again}, xác nhận các tên trong bảng «Cần xác nhận», hoặc đánh "
                "dấu «Bỏ qua dòng lỗi» để chỉ nhập các dòng hợp lệ.",
            ).format(invalid=report.invalid_rows, total=report.total, again=again)
        ]
    else:
        template = (
            QCoreApplication.translate(
                "ImportReport", "Tệp {file}: {total} dòng; sẽ nhập {added} lượt hỗ trợ"
            )
            if report.dry_run
            else QCoreApplication.translate(
                "ImportReport", "Tệp {file}: {total} dòng; đã nhập {added} lượt hỗ trợ"
            )
        )
        skipped = QCoreApplication.translate(
            "ImportReport", ", bỏ qua {duplicates} lượt đã có, {invalid} dòng có lỗi không nhập."
        )
        lines = [
            template.format(file=report.file_name, total=report.total, added=report.added)
            + skipped.format(duplicates=report.duplicates, invalid=report.invalid_rows)
        ]
    if report.footer_rows:
        lines.append(
            QCoreApplication.translate(
                "ImportReport", "Bỏ qua {count} dòng cuối bảng (tổng cộng, người lập biểu, chữ ký)."
            ).format(count=report.footer_rows)
        )
    if report.all_sheets and report.sheets:
        names = ", ".join(f"«{name}»" for name in report.sheets)
        lines.append(
            QCoreApplication.translate("ImportReport", "Các trang tính cùng mẫu: {names}.").format(
                names=names
            )
        )
    if report.dry_run:
        lines.append(
            QCoreApplication.translate(
                "ImportReport", "Chưa nhập gì: đây là chạy thử. Bấm «Nhập» để nhập thật."
            )
        )
    return lines


def problem_lines(report: ImportReport) -> list[str]:
    """Skipped sheets, names to confirm, then the first :data:`MAX_LISTED` row problems."""
    lines = [
        QCoreApplication.translate("ImportReport", "Bỏ qua trang tính «{sheet}»: {why}.").format(
            sheet=name, why=why
        )
        for name, why in report.skipped_sheets
    ]
    near = [q for q in report.questions if q.kind == PROCEDURE and q.proposal]
    if near:
        lines.append(
            QCoreApplication.translate("ImportReport", "Tên thủ tục gần giống (cần xác nhận):")
        )
        lines += [f"  {question.describe()}" for question in near]
    problems = [error.describe() for error in report.invalid[:MAX_LISTED]]
    if len(report.invalid) > MAX_LISTED:
        problems.append(
            QCoreApplication.translate(
                "ImportReport", "… và {count} lỗi khác: sửa các lỗi trên rồi chạy thử lại."
            ).format(count=len(report.invalid) - MAX_LISTED)
        )
    notes = [w.describe() for w in report.warnings[:MAX_LISTED]]
    problems += [
        QCoreApplication.translate("ImportReport", "Lưu ý: {text}").format(text=text)
        for text in notes
    ]
    return lines + problems
