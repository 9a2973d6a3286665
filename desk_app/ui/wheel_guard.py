"""One application-wide rule for the mouse wheel over value widgets (issue 18).

Scrolling a long form with the wheel used to change whatever combo box, spin box or date edit
passed under the pointer (a beneficiary's preferred channel went from «الموقع الإلكتروني» to
«خدمة التطوع» with no sign, and Ctrl+S saved it). Here, once for the whole application:

* a closed combo box never takes the wheel (an open one's list scrolls as usual: the wheel
  then goes to the pop-up list, not the combo box);
* a spin box or date edit takes it only while it has the keyboard focus, i.e. while it is
  being edited;
* a wheel these widgets do not take scrolls the form around them instead;
* the wheel no longer gives them focus (Qt's default ``WheelFocus``), so passing over one does
  not start editing it: the wheel never reaches one that is not being edited.

The filter sits on the windows, not on the application (``ui/window_filters.py``): a wheel
reaches the window first, and the guard finds the widget under the pointer itself. On the
application it was called for every event of every widget and made building and painting the
desk's screens half as fast again (issue 23).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from desk_app.ui.window_filters import OnEveryWindow

_GUARDED = (QComboBox, QAbstractSpinBox)
_WHEEL = QEvent.Type.Wheel


def _value_widget(obj: QObject) -> QWidget | None:
    """The combo/spin box ``obj`` is, or is part of (the line edit inside an editable one)."""
    for candidate in (obj, obj.parent() if isinstance(obj, QWidget) else None):
        if isinstance(candidate, _GUARDED):
            return candidate
    return None


def _takes_wheel(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return False  # closed: the open list is another widget and receives the wheel itself
    return widget.hasFocus()


def _scroll_form(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scrolling area around ``widget``, as if it were not there."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    port = area.viewport()
    at = port.mapFromGlobal(event.globalPosition().toPoint())
    forwarded = QWheelEvent(QPointF(at), event.globalPosition(), event.pixelDelta(),
                            event.angleDelta(), event.buttons(), event.modifiers(),
                            event.phase(), event.inverted(), event.source())
    QApplication.sendEvent(port, forwarded)


def _under_pointer(window: QObject, event: QWheelEvent) -> QWidget | None:
    """The widget the window would hand the wheel to: the deepest one under the pointer."""
    top = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None)
    if top is None:
        return None
    return top.childAt(top.mapFromGlobal(event.globalPosition().toPoint())) or top


class WheelGuard(QObject):
    """The filter; :func:`install` puts one on every window of the application."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != _WHEEL:
            return False
        target = _under_pointer(obj, event)
        widget = _value_widget(target) if target is not None else None
        if widget is None or _takes_wheel(widget):
            return False
        _scroll_form(widget, event)  # accepted below: it goes no further, so once only
        event.accept()
        return True


def install(app: QApplication) -> WheelGuard:
    """Install the guard once; calling again returns the one already installed."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        OnEveryWindow(guard, app)
    return guard
