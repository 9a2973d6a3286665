"""The desk's own event filters (the wheel guard, the idle lock's watch) sit on the windows, not
on the application (issue 23): a Python filter on the application was called for every event of
every widget and made each screen's building and painting two to three times Qt's own cost."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desk_app.ui import wheel_guard
from desk_app.ui.idle_lock import IdleWatch
from desk_app.ui.window_filters import OnEveryWindow


class Counting(QObject):
    def __init__(self):
        super().__init__()
        self.objects: list[str] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        self.objects.append("window" if isinstance(obj, QWindow) else type(obj).__name__)
        return False


def form(rows: int = 30) -> QWidget:
    page = QWidget()
    lay = QFormLayout(page)
    for i in range(rows):
        lay.addRow(f"field {i}", QLineEdit() if i % 2 else QComboBox())
    return page


def test_a_filter_on_every_window_sees_the_windows_input_and_no_widget_events(qtbot, qapp):
    first = form()
    qtbot.addWidget(first)
    first.show()
    counting = Counting()
    watch = OnEveryWindow(counting, qapp)
    second = form()  # built and shown after: a new window, covered when it gets the focus
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: qapp.focusWindow() is second.windowHandle())
    second.findChild(QLineEdit).setFocus()
    counting.objects.clear()
    extra = form(60)  # sixty widgets built and laid out inside a covered window
    second.layout().addRow(extra)
    qapp.processEvents()
    QTest.keyClick(second.windowHandle(), Qt.Key.Key_A)
    assert counting.objects and set(counting.objects) == {"window"}
    watch.stop()
    counting.objects.clear()
    QTest.keyClick(first.windowHandle(), Qt.Key.Key_B)
    assert counting.objects == []


def test_the_desk_installs_no_filter_on_the_application(qtbot, qapp, monkeypatch):
    calls: list[QObject] = []
    monkeypatch.setattr(qapp, "installEventFilter", lambda f: calls.append(f))
    page = form()
    qtbot.addWidget(page)
    page.show()
    for old in qapp.findChildren(wheel_guard.WheelGuard):  # the session's: install a new one
        old.setParent(None)
    guard = wheel_guard.install(qapp)
    watch = IdleWatch(10, qapp)
    assert calls == [] and qapp.findChild(wheel_guard.WheelGuard) is guard
    watch.last_input = 0.0
    QTest.keyClick(page.windowHandle(), Qt.Key.Key_A)
    assert watch.last_input > 0.0  # the key reached the watch through the window
    watch.stop()
    watch.stop()  # twice (signing out of a locked desk): nothing to undo the second time
