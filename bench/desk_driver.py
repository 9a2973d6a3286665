"""Drives the real desk window offscreen with real input events, and times each step from the
event to the painted screen (issue 23).

How a step is timed: the clock starts just before the key press or click is sent to the widget
(``QTest``, as a person's input arrives); the step's own check says when the data are on the
widgets (a query delivered, a saved record shown, a preview loaded); then the event loop runs
once more so that every repaint the change asked for is done (Qt paints dirty widgets on the
``UpdateRequest`` the window receives), and the clock stops. Waiting never spins: the loop sleeps
until the next event (a worker's result is one), so the background thread runs unhindered.
``painted`` counts the ``UpdateRequest`` events the watched windows handled during the step:
a step that changed nothing on screen would show 0.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

DEFAULT_TIMEOUT_S = 20.0


class StepTimeout(RuntimeError):
    """A step whose data never arrived (a broken screen, not a slow one)."""


class PaintWatch(QObject):
    """Counts the repaint passes (``UpdateRequest``) of the windows it is installed on, and
    notes when the first pass that ends with the step's data ready is done.

    The pass is run here (and marked handled) so that its end is known exactly: whatever the
    event loop does next in the same turn (a timer, the next screen built ahead) is not
    counted as the person's wait.
    """

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.ready: Callable[[], bool] | None = None
        self.done_at: float | None = None

    def watch(self, window: QWidget) -> None:
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.UpdateRequest:
            return False
        self.count += 1
        QWidget.event(obj, event)  # the repaint itself
        if self.ready is not None and self.done_at is None and self.ready():
            self.done_at = time.perf_counter()
        return True


class Driver:
    """Holds the application and times steps on it."""

    def __init__(self, app: QApplication):
        self.app = app
        self.paints = PaintWatch()
        # A heartbeat so that a blocked wait re-checks its condition even when nothing arrives.
        self._tick = QTimer()
        self._tick.setInterval(5)
        self._tick.start()

    def wait_until(self, ready: Callable[[], bool], timeout: float = DEFAULT_TIMEOUT_S,
                   what: str = "") -> None:
        deadline = time.perf_counter() + timeout
        while not ready():
            if time.perf_counter() > deadline:
                raise StepTimeout(f"gave up waiting for {what or ready}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            delete_later_done()

    def pause(self, seconds: float) -> None:
        """Let the event loop run for ``seconds`` with no input (a person's time between steps)."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            delete_later_done()

    def settle(self) -> None:
        """Deliver what is pending, the repaints included."""
        self.app.processEvents()
        self.app.processEvents()
        delete_later_done()

    def time(self, trigger: Callable[[], object], ready: Callable[[], bool],
             what: str = "") -> tuple[float, int]:
        """Seconds from ``trigger`` (the input event) until ``ready`` and painted, and the
        number of repaint passes in between."""
        self.settle()
        before = self.paints.count
        self.paints.ready, self.paints.done_at = ready, None
        t0 = time.perf_counter()
        try:
            trigger()
            self.wait_until(lambda: self.paints.done_at is not None or ready(), what=what)
            if self.paints.done_at is None:
                self.app.processEvents()  # the repaints the change asked for
            end = self.paints.done_at or time.perf_counter()
        finally:
            self.paints.ready = None
        return end - t0, self.paints.count - before


def delete_later_done() -> None:
    """Delete what was scheduled with ``deleteLater``, as the application's own event loop does
    each time control returns to it. The driver runs no loop (``processEvents`` at loop level 0
    never deletes): without this, every signed-out shell with all its screens, their models and
    their connections to the change notices stayed alive and kept refreshing in the benchmark
    (one more shell per round: the desk process's 892 MiB after 30 rounds)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _window_of(widget: QWidget):  # noqa: ANN202 - a QWindow
    """The window the system hands a person's input to (``QWindow``): input sent there is
    seen as a real key press or click is — by the filters on the windows (the desk's build
    ahead yields to it, ui/shell.py) and then by the widget with the focus or under the
    pointer. Sent to the widget itself, it skipped the window."""
    window = widget.window().windowHandle()
    if window is None:
        raise RuntimeError(f"{widget!r} is in no shown window")
    return window


def _focus_in(widget: QWidget) -> None:
    focused = QApplication.focusWidget()
    if focused is None or not (focused is widget or widget.isAncestorOf(focused)):
        widget.setFocus()  # keys go to the focus: where the step means them to go


def key(widget: QWidget, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
    """A key pressed while ``widget`` (or a widget inside it) has the focus."""
    _focus_in(widget)
    QTest.keyClick(_window_of(widget), k, modifiers)


def type_char(widget: QWidget, ch: str) -> None:
    """One key press and release carrying ``ch`` (QTest maps ASCII keys only), in ``widget``."""
    from PySide6.QtGui import QKeyEvent

    k = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
    if ch.isascii() and ch.isalnum():
        k = Qt.Key(ord(ch.upper()))
    _focus_in(widget)
    window = _window_of(widget)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier, ch))


def click_at(widget: QWidget, at: QPoint | None = None) -> None:
    """A left click on ``widget`` (at ``at`` in it; its middle by default), through its window."""
    at = widget.rect().center() if at is None else at
    QTest.mouseClick(_window_of(widget), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, widget.mapTo(widget.window(), at))


def click(widget: QWidget) -> None:
    click_at(widget)


class StaticPage(QWidget):
    """The floor: a page of fixed text the size of a screen, shown in the same window."""

    def __init__(self) -> None:
        super().__init__()
        from PySide6.QtWidgets import QGridLayout

        # Two columns of twelve: one column of 24 lines in the desk's font needed 880 px, and
        # the window grew to 1366×925 for every step, not the desk's 1366×768.
        lay = QGridLayout(self)
        for i in range(24):
            lay.addWidget(QLabel(f"سطر ثابت رقم {i + 1} — static line {i + 1}"), i % 12, i // 12)
