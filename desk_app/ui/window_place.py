"""Where the window reopens (issue 18): the remembered geometry, but always on the screen and
never so small the desk cannot work in it (after kiosk mode it once reopened 777 px tall in the
bottom-right corner, partly off the screen)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

DEFAULT = QSize(1366, 768)
SMALLEST = QSize(1000, 600)  # below this a remembered size is a mistake, not a choice


def fit(saved: QRect | None, area: QRect, default: QSize = DEFAULT) -> QRect:
    """``saved`` moved (and if need be shrunk) into ``area``, the screen's available space;
    too small or missing, the default size centred on the screen."""
    size = saved.size() if saved is not None and saved.isValid() else QSize()
    small = size.width() < SMALLEST.width() or size.height() < SMALLEST.height()
    size = (default if small else size).boundedTo(area.size())
    rect = QRect(saved.topLeft() if saved is not None and not small else area.topLeft(), size)
    if small:
        rect.moveCenter(area.center())
    rect.moveLeft(max(area.left(), min(rect.left(), area.right() - rect.width() + 1)))
    rect.moveTop(max(area.top(), min(rect.top(), area.bottom() - rect.height() + 1)))
    return rect
