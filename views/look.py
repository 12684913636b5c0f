"""The app's look: the stylesheet and the text size every window follows."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

# Sizes in points, relative to the user's text size ({base}), so "Rất lớn" enlarges them too.
STYLESHEET_TEMPLATE = """
QLabel[role="error"] {{ color: #b00020; }}
QLabel[role="hint"] {{ color: #444444; font-size: {small}pt; }}
QPushButton[role="tile"] {{ font-size: {tile}pt; padding: 8px 14px; text-align: left;
                           border: 1px solid #c5d3e3; border-radius: 6px; background: #f6f9fc; }}
QPushButton[role="tile"]:hover {{ border-color: #1f5fa8; }}
QPushButton[role="primary"] {{ background: #1f5fa8; color: #ffffff; padding: 6px 14px;
                              font-weight: bold; border-radius: 4px; }}
QLabel[role="locked"] {{ color: #5a3e00; background: #fff4c2; padding: 4px; }}
QToolButton[role="chip"] {{ padding: 4px 10px; border: 1px solid #8a9bb0; border-radius: 12px;
                           background: #ffffff; }}
QToolButton[role="chip"]:checked {{ background: #1f5fa8; color: #ffffff; border-color: #1f5fa8; }}
QToolButton[role="chip"]:focus {{ border: 2px solid #f0a000; }}
QFrame#editBanner {{ background: #fff4c2; border: 1px solid #e0b400; }}
QListWidget#navList {{ font-size: {nav}pt; background: #eef2f7; border: none; }}
QListWidget#navList::item {{ padding: 10px 12px; }}
QListWidget#navList::item:selected {{ background: #1f5fa8; color: #ffffff; }}
"""


def stylesheet_for(base_pt: int) -> str:
    """The app's stylesheet for a text size of ``base_pt`` points (11 is the normal size)."""
    return STYLESHEET_TEMPLATE.format(
        base=base_pt, small=max(base_pt - 2, 8), tile=base_pt - 1, nav=base_pt + 1
    )


def apply_text_size(app: QApplication, base_pt: int) -> None:
    """Set the screens' text size now: every open window follows (Cài đặt → Cỡ chữ)."""
    font = QFont(app.font())
    font.setPointSize(base_pt)
    app.setFont(font)
    app.setStyleSheet(stylesheet_for(base_pt))


def name_symbol_buttons(root: QWidget) -> None:
    """Buttons drawn as a symbol (◀ ▶) or an icon get their tooltip as accessible name.

    A screen reader would otherwise read "◀"; the tooltip already says what the button does.
    """
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if (
            not any(ch.isalnum() for ch in text)
            and button.toolTip()
            and not button.accessibleName()
        ):
            button.setAccessibleName(button.toolTip())
