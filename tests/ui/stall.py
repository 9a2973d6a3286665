"""A guard against frozen windows: how long the GUI event loop stalls while a screen works.

A 10 ms ``QTimer`` ticks on the GUI thread during the flow; the longest gap between two ticks is
the longest stall a person would have seen (no repaint, no click answered). Each tick also asks
the window to repaint (paints are counted) and, until the result is in, samples whether the
button that started the work is still disabled.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

TICK_MS = 10


@dataclass
class Watch:
    max_stall_ms: float = 0.0
    paints: int = 0
    ticks: int = 0
    enabled_before_result: list[bool] = field(default_factory=list)
    seconds: float = 0.0


class _PaintCounter(QObject):
    def __init__(self, watch: Watch):
        super().__init__()
        self.watch = watch

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.watch.paints += 1
        return False


def watch_gui(qtbot, window: QWidget, button: QWidget | None, start: Callable[[], object],
              finished: Callable[[], bool], timeout_ms: int = 15000) -> Watch:
    """Run ``start`` and wait for ``finished``, measuring the event loop all along.

    The garbage collector runs first: in a long test session a full collection takes up to a
    second by itself (a stall, but not the one measured here: see the note in the report).
    """
    gc.collect()
    w = Watch()
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        w.max_stall_ms = max(w.max_stall_ms, (now - last[0]) * 1000)
        last[0] = now
        w.ticks += 1
        window.update()
        if button is not None and not finished():
            w.enabled_before_result.append(button.isEnabled())

    counter = _PaintCounter(w)
    window.installEventFilter(counter)
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    began = time.perf_counter()
    last[0] = began
    try:
        start()
        tick()  # the time start() itself held the GUI thread counts too
        qtbot.waitUntil(finished, timeout=timeout_ms)
    finally:
        timer.stop()
        window.removeEventFilter(counter)
    w.seconds = time.perf_counter() - began
    return w


def idle_floor(qtbot, ms: int = 1000) -> float:
    """The longest gap of the same timer while the application does nothing: what this machine
    (shared, loaded) adds by itself, measured in the same run as the flow it is compared with."""
    gaps = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], (now - last[0]) * 1000)
        last[0] = now

    gc.collect()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    last[0] = time.perf_counter()
    qtbot.wait(ms)
    timer.stop()
    return gaps[0]


def slow(fn: Callable, seconds: float = 1.0) -> Callable:
    """``fn`` with an artificial delay first, as a slow network or a locked database would add."""
    def delayed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        time.sleep(seconds)
        return fn(*args, **kwargs)

    return delayed


def slow_kind(monkeypatch, code: str, seconds: float = 1.0) -> None:
    """Slow down the builder a document kind names in the kinds table."""
    import importlib

    from desk_app.services import document_kinds

    module, _, name = document_kinds.kind(code).builder.partition(":")
    target = importlib.import_module(module)
    monkeypatch.setattr(target, name, slow(getattr(target, name), seconds))
