"""The chair's charts (QtCharts), built from summary figures; no data access here."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from models.daily_summary import DayPoint
from models.digitization_figures import PagesDay

ACCENT = QColor("#1f5fa8")
SECOND = QColor("#7fb3e6")
TARGET = QColor("#c0392b")
MAX_BARS = 8
LABEL_CHARS = 28


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def show_in(host: QWidget, chart: QChart) -> None:
    """Replace whatever chart ``host`` shows by ``chart`` (hosts get a layout on first use)."""
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    layout.addWidget(chart_view(chart, host))


def _small_font() -> QFont:
    font = QFont()
    font.setPointSize(8)
    return font


def _count_axis(top: int) -> QValueAxis:
    """A count axis with whole-number ticks only."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    step = max(1, -(-top // 5))  # at most about five intervals
    axis.setRange(0, step * max(1, -(-top // step)))
    axis.setTickCount(int(axis.max() // step) + 1)
    return axis


def _unique(labels: list[str]) -> list[str]:
    """Qt merges equal categories; two long names cut to the same text stay apart."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def chart_view(chart: QChart, parent: QWidget | None = None) -> QChartView:
    """A view that draws ``chart`` smoothly."""
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def trend_chart(points: list[DayPoint], target_share: float) -> QChart:
    """Visits and online submissions per day (bars), online share and its target (lines, %)."""
    chart = _chart(
        QCoreApplication.translate(
            "Charts", "30 ngày: lượt hỗ trợ, nộp trực tuyến và tỷ lệ so với mục tiêu"
        )
    )
    visits = QBarSet(QCoreApplication.translate("Charts", "Lượt hỗ trợ"))
    visits.setColor(SECOND)
    online = QBarSet(QCoreApplication.translate("Charts", "Nộp trực tuyến"))
    online.setColor(ACCENT)
    share = QLineSeries()
    share.setName(QCoreApplication.translate("Charts", "Tỷ lệ trực tuyến (%)"))
    target = QLineSeries()
    target.setName(
        QCoreApplication.translate("Charts", "Mục tiêu {percent:.0f}%").format(
            percent=target_share * 100
        )
    )
    target.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
    for index, point in enumerate(points):
        visits.append(point.visits)
        online.append(point.online_submitted)
        if point.online_share is not None:
            share.append(index, point.online_share * 100)
        target.append(index, target_share * 100)
    bars = QBarSeries()
    bars.append([visits, online])
    chart.addSeries(bars)
    chart.addSeries(share)
    chart.addSeries(target)
    days = QBarCategoryAxis()
    # Categories must differ (Qt merges equal ones): day-of-month is unique over 30 days.
    days.append([p.day.strftime("%d") for p in points])
    days.setLabelsFont(_small_font())
    counts = _count_axis(max((p.visits for p in points), default=0))
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setLabelFormat("%d%%")
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(percent, Qt.AlignmentFlag.AlignRight)
    bars.attachAxis(days)
    bars.attachAxis(counts)
    for line in (share, target):
        line.attachAxis(days)
        line.attachAxis(percent)
    return chart


def ranked_bars(title: str, rows: list[tuple[str, int]], color: QColor = ACCENT) -> QChart:
    """Horizontal bars, largest on top; at most :data:`MAX_BARS` rows, the rest summed."""
    chart = _chart(title)
    chart.legend().setVisible(False)
    rows = sorted(rows, key=lambda row: -row[1])
    if len(rows) > MAX_BARS:
        rest = sum(count for _label, count in rows[MAX_BARS - 1 :])
        rows = [*rows[: MAX_BARS - 1], (QCoreApplication.translate("Charts", "Khác"), rest)]
    rows.reverse()  # Qt draws the first category at the bottom
    values = QBarSet(title)
    values.setColor(color)
    labels = []
    for label, count in rows:
        values.append(count)
        labels.append(label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…")
    series = QHorizontalBarSeries()
    series.append(values)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(_unique(labels))
    names.setLabelsFont(_small_font())
    names.setTruncateLabels(False)  # the names are already cut to LABEL_CHARS
    counts = _count_axis(max((count for _label, count in rows), default=0))
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(counts)
    return chart


def pages_chart(points: list[PagesDay]) -> QChart:
    """Pages first scanned per day (bars): the digitization screen's 30 days."""
    chart = _chart(QCoreApplication.translate("Charts", "30 ngày: số trang đã số hóa"))
    chart.legend().setVisible(False)
    pages = QBarSet(QCoreApplication.translate("Charts", "Trang"))
    pages.setColor(ACCENT)
    for point in points:
        pages.append(point.pages)
    bars = QBarSeries()
    bars.append(pages)
    chart.addSeries(bars)
    days = QBarCategoryAxis()
    days.append([p.day.strftime("%d/%m") for p in points])  # unique over 30 days
    # Thirty dates do not fit under a side panel's bars: the axis names the period instead.
    days.setLabelsVisible(False)
    if points:
        days.setTitleText(
            QCoreApplication.translate("Charts", "từ {first} đến {last}").format(
                first=points[0].day.strftime("%d/%m"), last=points[-1].day.strftime("%d/%m/%Y")
            )
        )
        days.setTitleFont(_small_font())
    counts = _count_axis(max((p.pages for p in points), default=0))
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(days)
    bars.attachAxis(counts)
    return chart
