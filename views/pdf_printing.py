"""Printing PDF pages through QPrinter: each page rendered once, fitted, at a bounded resolution.

A 1200 dpi driver would otherwise ask for a 550 MB image of one A4 page; 300 dpi keeps text and
QR codes sharp on any desk printer and fits in the memory of an old PC.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

RENDER_DPI = 300


def render_page(document: QPdfDocument, printer: QPrinter, page: int) -> tuple[QImage, QRect]:
    """The page as an image (at most RENDER_DPI) and where it goes, aspect ratio kept."""
    area = QSizeF(printer.pageRect(QPrinter.Unit.DevicePixel).size())
    points = document.pagePointSize(page)
    fitted = points.scaled(area, Qt.AspectRatioMode.KeepAspectRatio) if points.isValid() else area
    scale = min(1.0, RENDER_DPI / max(1, printer.resolution()))
    pixels = QSize(round(fitted.width() * scale), round(fitted.height() * scale))
    return document.render(page, pixels), QRect(QPoint(0, 0), fitted.toSize())
