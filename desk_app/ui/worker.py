"""Run slow work off the GUI thread; a newer request always wins over an older one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.ticket, self.fn, self.signals = ticket, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the GUI thread, shown as a message there
            self.signals.failed.emit(self.ticket, exc)
        else:
            self.signals.done.emit(self.ticket, result)


class LatestOnly(QObject):
    """Runs jobs in a thread pool and delivers only the result of the most recent one.

    A slow older search that finishes after a newer one is dropped, so the table never shows
    results for text the user has already changed.
    """

    result = Signal(object)
    error = Signal(object)
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ticket = 0
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)

    def submit(self, fn: Callable[[], Any]) -> int:
        self._ticket += 1
        self.busy.emit(True)
        self._pool.start(_Job(self._ticket, fn, self._signals))
        return self._ticket

    @property
    def latest(self) -> int:
        return self._ticket

    def _on_done(self, ticket: int, value: object) -> None:
        if ticket == self._ticket:
            self.busy.emit(False)
            self.result.emit(value)

    def _on_failed(self, ticket: int, exc: object) -> None:
        if ticket == self._ticket:
            self.busy.emit(False)
            self.error.emit(exc)
