"""A signature pad: the beneficiary signs with a mouse, a pen (tablet) or a finger (touch).

Strokes are kept as point lists in widget coordinates and drawn smooth; :meth:`to_png` crops
them to their bounding box (plus a margin) and draws them again at a fixed scale, so the PNG is
sharp in the printed declaration whatever the size of the pad on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(10, 30, 90)
# A scribble shorter than this (in pixels of ink path) is a stray tap, not a signature.
MIN_INK_LENGTH = 12.0


class SignaturePad(QWidget):
    """Draw with the mouse, a pen or touch; ``changed`` fires after every stroke or clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(320, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Signatures are written left to right whatever the interface direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.strokes: list[list[QPointF]] = []
        self._drawing = False
        self.pen_width = 2.6
        self.hint = ""

    # --- state ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def ink_length(self) -> float:
        total = 0.0
        for stroke in self.strokes:
            for a, b in zip(stroke, stroke[1:], strict=False):
                total += ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
        return total

    def is_empty(self) -> bool:
        return self.ink_length() < MIN_INK_LENGTH

    # --- input ---------------------------------------------------------------------------
    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self.strokes.append([QPointF(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(QPointF(pos))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event) -> bool:  # noqa: ANN001
        kind = event.type()
        if isinstance(event, QTouchEvent) and event.points():
            pos = event.points()[0].position()
            if kind == QTouchEvent.Type.TouchBegin:
                self._begin(pos)
            elif kind == QTouchEvent.Type.TouchUpdate:
                self._extend(pos)
            elif kind in (QTouchEvent.Type.TouchEnd, QTouchEvent.Type.TouchCancel):
                self._extend(pos)
                self._end()
            event.accept()
            return True
        return super().event(event)

    # --- drawing -------------------------------------------------------------------------
    def _path(self, scale: float = 1.0, offset: QPointF | None = None) -> QPainterPath:
        offset = offset or QPointF(0, 0)
        path = QPainterPath()
        for stroke in self.strokes:
            points = [(p - offset) * scale for p in stroke]
            path.moveTo(points[0])
            if len(points) == 1:  # a dot
                path.lineTo(points[0] + QPointF(0.5, 0.5))
            for a, b in zip(points, points[1:], strict=False):
                path.quadTo(a, (a + b) / 2)
            path.lineTo(points[-1])
        return path

    def _pen(self, scale: float = 1.0) -> QPen:
        return QPen(INK, self.pen_width * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        p.setPen(QPen(QColor("#9aa7ad"), 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        base = self.height() - 28
        p.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DashLine))
        p.drawLine(20, base, self.width() - 20, base)
        if not self.strokes and self.hint:
            p.setPen(QColor("#90a4ae"))
            p.drawText(self.rect().adjusted(0, 0, 0, -34), Qt.AlignmentFlag.AlignCenter,
                       self.hint)
        p.setPen(self._pen())
        p.drawPath(self._path())
        p.end()

    # --- export --------------------------------------------------------------------------
    def to_image(self, *, white: bool = False, scale: float = 3.0) -> QImage:
        """The signature cropped to its ink, ``scale`` × the on-screen size."""
        if self.is_empty():
            return QImage()
        margin = self.pen_width * 2 + 4
        box = self._path().boundingRect().adjusted(-margin, -margin, margin, margin)
        size = (box.size() * scale).toSize()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white if white else Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(self._pen(scale))
        p.drawPath(self._path(scale, box.topLeft()))
        p.end()
        return image

    def to_png(self, *, white: bool = False, scale: float = 3.0) -> bytes:
        """PNG bytes of the signature (transparent background unless ``white``); b"" if empty."""
        image = self.to_image(white=white, scale=scale)
        if image.isNull():
            return b""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def ink_rect(self) -> QRectF:
        return self._path().boundingRect()
