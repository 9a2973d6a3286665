"""The mouse wheel never changes a value by accident (issue 18): one filter on every window
(installed by app.py and by the window fixture) keeps closed combo boxes and unfocused spin
boxes out of the wheel's way, and the form scrolls instead. The wheel is sent to the window, as
the system sends it; the window hands it to the widget under the pointer."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from desk_app.ui import wheel_guard
from tests.ui.test_registry_flow import sign_in


def wheel(widget, steps: int = -1, centre: QPoint | None = None) -> None:
    """One notch of the wheel (down when negative) with the pointer over ``widget`` (at
    ``centre`` in it), arriving at its window as a real one does."""
    centre = widget.rect().center() if centre is None else centre
    at = QPointF(widget.mapTo(widget.window(), centre))
    event = QWheelEvent(at, QPointF(widget.mapToGlobal(centre)), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget.window().windowHandle(), event)
    QApplication.processEvents()


def scroll_area_of(widget) -> QScrollArea:
    w = widget.parentWidget()
    while not isinstance(w, QScrollArea):
        w = w.parentWidget()
    return w


def test_wheel_over_closed_combo_scrolls_the_form_and_changes_nothing(qtbot, window):
    sign_in(qtbot, window)
    form = window.shell.show_screen("beneficiary")
    channel = form.view.inputs["contact_channel_code"]
    channel.setCurrentIndex(1)
    before = channel.currentIndex()
    area = scroll_area_of(channel)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the form must be taller than the window for this test"
    area.ensureWidgetVisible(channel)
    bar.setValue(min(bar.value(), bar.maximum() - 10))
    top = bar.value()
    form.view.inputs["first_name"].setFocus()

    wheel(channel)
    assert channel.currentIndex() == before
    assert not channel.hasFocus()  # the wheel gives no focus
    assert bar.value() > top, "the wheel over the combo scrolls the form instead"

    channel.setFocus()  # even focused, a closed combo box keeps its value
    wheel(channel)
    assert channel.currentIndex() == before


def test_spin_box_takes_the_wheel_only_while_edited(qtbot, qapp):
    wheel_guard.install(qapp)
    page = QWidget()
    spin = QSpinBox()
    spin.setRange(0, 10)
    spin.setValue(5)
    other = QSpinBox()
    lay = QVBoxLayout(page)
    lay.addWidget(spin)
    lay.addWidget(other)
    qtbot.addWidget(page)
    page.show()
    other.setFocus()
    wheel(spin, 1)
    assert spin.value() == 5
    wheel(spin.lineEdit(), 1)  # over the text part of the box
    assert spin.value() == 5
    spin.setFocus()
    # Over the box's own part (its arrows): an event sent by a test is not passed on from the
    # text part to the box, as a real wheel is (Qt propagates only the system's own events).
    own = next(QPoint(x, spin.height() // 2) for x in range(spin.width())
               if spin.childAt(QPoint(x, spin.height() // 2)) is None)
    wheel(spin, 1, own)
    assert spin.value() == 6
    other.setFocus()
    wheel(spin, 1, own)  # the same place, no longer edited: nothing changes
    assert spin.value() == 6
