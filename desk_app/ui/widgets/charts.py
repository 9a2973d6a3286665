"""Two small charts drawn with QPainter: horizontal bars and a line over months.

QtCharts would add PySide6-Addons (≈100 MB) for two pictures; QPainter draws them in a few
lines, follows the layout direction (bars grow from the right in Arabic), uses the interface
font for Arabic labels, and paints on any device — the screen, a PNG, or a printer.
Values are 0–100 (satisfaction indices); ``None`` means "not shown" (a group under the
anonymity threshold): no bar, a gap in the line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2f7f8c")
LOW = QColor("#c8553d")
GRID = QColor("#d6dde0")
TEXT = QColor("#263238")
LOW_BELOW = 60.0  # bars under this index are drawn in the warning colour


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self.items: list[tuple[str, float | None, str]] = []  # label, value, note (e.g. n)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, items: Sequence[tuple[str, float | None, str]]) -> None:
        self.title, self.items = title, list(items)
        self.updateGeometry()
        self.update()

    def _mirror(self, rect: QRectF, x: float, w: float) -> QRectF:
        """A span measured from the start edge (right in RTL) turned into widget coordinates."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return QRectF(rect.right() - x - w, rect.top(), w, rect.height())
        return QRectF(rect.left() + x, rect.top(), w, rect.height())

    def _title(self, p: QPainter) -> float:
        if not self.title:
            return 0.0
        f = p.font()
        f.setBold(True)
        p.setFont(f)
        p.setPen(QPen(TEXT))
        h = QFontMetrics(f).height() + 6
        p.drawText(QRectF(0, 0, self.width(), h), Qt.AlignmentFlag.AlignCenter, self.title)
        f.setBold(False)
        p.setFont(f)
        return h


class BarChart(_Chart):
    """One horizontal bar per item, 0–100, label at the start edge, value and n at the bar end."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 40 + 34 * max(1, len(self.items)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 30 + 22 * max(1, len(self.items)))

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._title(p)
        fm = QFontMetrics(p.font())
        if not self.items:
            p.end()
            return
        label_w = min(self.width() * 0.36, max(fm.horizontalAdvance(i[0]) for i in self.items) + 12)
        value_w = fm.horizontalAdvance("100.0  (n=0000)") + 8
        plot_w = max(20.0, self.width() - label_w - value_w)
        row_h = min(46.0, (self.height() - top) / len(self.items))
        bar_h = min(26.0, row_h * 0.62)
        for k, (label, value, note) in enumerate(self.items):
            row = QRectF(0, top + k * row_h, self.width(), row_h)
            p.setPen(QPen(TEXT))
            text_rect = self._mirror(row, 0, label_w - 8)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.
                RightToLeft else Qt.AlignmentFlag.AlignLeft)
            p.drawText(text_rect, align, fm.elidedText(label, Qt.TextElideMode.ElideMiddle,
                                                       int(label_w - 8)))
            track = self._mirror(row, label_w, plot_w)
            track = QRectF(track.left(), row.center().y() - bar_h / 2, track.width(), bar_h)
            p.fillRect(track, QColor("#eef2f3"))
            width = 0.0 if value is None else plot_w * max(0.0, min(100.0, value)) / 100
            if value is not None:
                bar = self._mirror(row, label_w, width)
                bar = QRectF(bar.left(), track.top(), bar.width(), bar_h)
                p.fillRect(bar, LOW if value < LOW_BELOW else BAR)
            shown = "—" if value is None else f"{value:.1f}"
            p.setPen(QPen(TEXT))
            direction = p.layoutDirection()
            p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "72.6 (n=500)" reads as is
            p.drawText(self._mirror(row, label_w + width + 6, value_w + plot_w - width),
                       align, f"{shown}  ({note})" if note else shown)
            p.setLayoutDirection(direction)
        p.end()


class LineChart(_Chart):
    """Index per month, 0–100 grid; time runs in reading direction (right to left in Arabic)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 300)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 180)

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._title(p) + 8
        fm = QFontMetrics(p.font())
        axis_w = fm.horizontalAdvance("100") + 10
        bottom = fm.height() * 2 + 8
        plot = QRectF(axis_w, top, max(10.0, self.width() - 2 * axis_w), max(10.0, self.height() - top - bottom))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        p.setPen(QPen(GRID, 1))
        for v in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * v / 100
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QPen(TEXT))
            side = QRectF(plot.right() + 4, y - 10, axis_w, 20) if rtl else \
                QRectF(0, y - 10, axis_w - 4, 20)
            p.drawText(side, Qt.AlignmentFlag.AlignCenter, str(v))
            p.setPen(QPen(GRID, 1))
        n = len(self.items)
        if n == 0:
            p.end()
            return
        step = plot.width() / max(1, n)

        def x_of(i: int) -> float:
            offset = step * (i + 0.5)
            return plot.right() - offset if rtl else plot.left() + offset

        path, pen_down = QPainterPath(), False
        points = []
        for i, (label, value, note) in enumerate(self.items):
            x = x_of(i)
            p.setPen(QPen(TEXT))
            every = max(1, int(n / max(1, plot.width() / (fm.horizontalAdvance("0000-00") + 8))))
            if i % every == 0:
                p.drawText(QRectF(x - step * every / 2, plot.bottom() + 4, step * every,
                                  fm.height()), Qt.AlignmentFlag.AlignCenter, label)
                p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                p.drawText(QRectF(x - step * every / 2, plot.bottom() + 4 + fm.height(),
                                  step * every, fm.height()), Qt.AlignmentFlag.AlignCenter, note)
                p.setLayoutDirection(self.layoutDirection())
            if value is None:
                pen_down = False
                continue
            y = plot.bottom() - plot.height() * max(0.0, min(100.0, value)) / 100
            if pen_down:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
                pen_down = True
            points.append(QPointF(x, y))
        p.setPen(QPen(BAR, 2.5))
        p.drawPath(path)
        p.setBrush(QBrush(BAR))
        for pt in points:
            p.drawEllipse(pt, 3.5, 3.5)
        p.end()
