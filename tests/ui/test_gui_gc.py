"""Python's cycle collector runs on the GUI thread only (``desk_app/ui/gui_gc.py``): on a worker
it destroyed Qt objects found in reference cycles, and the desk froze (a QObject destructor on
the worker holding Qt's connection lock, waiting for the interpreter lock the GUI thread held
while waiting for that lock — seen by the soak test)."""

import gc
import threading

from desk_app.ui import gui_gc
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.ops import Ops


class _Cycle:
    """Freed only by the cycle collector; says on which thread."""

    def __init__(self, seen: list[str]):
        self.me, self.seen = self, seen

    def __del__(self):
        self.seen.append(threading.current_thread().name)


def test_a_worker_never_runs_the_cycle_collector(qtbot, qapp):
    ops = Ops(None, RecordingDialogs())
    assert not gc.isenabled()  # the runner turned it off for the whole process
    seen: list[str] = []
    done = []

    def job(_handle):  # noqa: ANN001, ANN202
        _Cycle(seen)  # unreachable at once
        junk = [[] for _ in range(50_000)]  # many times past the youngest generation's threshold
        return len(junk)

    ops.start(job, lambda ok, value: done.append(ok))
    qtbot.waitUntil(lambda: done == [True], timeout=10000)
    assert seen == []  # not collected on the worker
    gc.collect()
    assert seen == [threading.main_thread().name]


def test_the_gui_thread_collects_what_is_due(qtbot, qapp):
    Ops(None, RecordingDialogs())
    seen: list[str] = []
    gc.collect()
    for _ in range(gc.get_threshold()[0] + 10):
        _Cycle(seen)
    assert gui_gc.collect_due() > 0 and seen  # past the threshold: collected
    assert gui_gc.collect_due() == 0  # nothing due right after
    from PySide6.QtCore import QTimer

    timers = gui_gc._collector.findChildren(QTimer)  # noqa: SLF001
    assert len(timers) == 1 and timers[0].isActive()  # and on a timer, on the GUI thread


def test_the_collector_waits_for_a_quiet_moment(qtbot, qapp, monkeypatch):
    """A collection inside a step delayed its paint (1M run: p95 file 71 → 128 ms): the timer
    collects only when no job started or was delivered for a moment, unless garbage piles up."""
    Ops(None, RecordingDialogs())
    calls = []
    monkeypatch.setattr(gui_gc, "collect_due", lambda: calls.append(1) or 0)
    gui_gc.note_activity()
    gui_gc._on_timer()  # noqa: SLF001 - a job just delivered: not now
    assert calls == []
    monkeypatch.setattr(gui_gc, "_last_activity", gui_gc.time.monotonic() - gui_gc.QUIET_S)
    gui_gc._on_timer()  # noqa: SLF001 - quiet for a moment: now
    assert calls == [1]
