"""Python's cycle collector, run on the GUI thread only.

The automatic collector runs in whichever thread allocates past its threshold: on a worker
(the ops runner's pool, the access-log writer) it destroyed the Qt objects it found in
reference cycles there. A QObject destroyed off the GUI thread takes Qt's connection lock and
then waits for the interpreter lock, which the GUI thread held while it waited for that same
connection lock (``QLabel.setBuddy`` → ``QObject::disconnect``): the desk froze (found by the
soak test: twenty sign-ins with every screen opened). So automatic collection is off and the
GUI thread collects on a timer, at a quiet moment (never just after an ops job started or was
delivered: a step's read and paint come first), each generation when Python's own thresholds
say it is due — the pattern of Camelot's and Spyder's ``GarbageCollector`` for Qt applications."""

from __future__ import annotations

import gc
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
# A full collection walks every object the desk holds (25–50 ms): Python's own collector makes
# it rarer than its threshold says (only once long-lived objects grew by a quarter), which it
# does not tell; here at most once a minute.
FULL_EVERY_S = 60.0

# A collection waits for a quiet moment: no ops job started or delivered in the last QUIET_S
# (a step's read, delivery and paint come first) — unless this much garbage waits (the youngest
# generation this many times past its threshold), as when the desk is never quiet.
QUIET_S = 0.3
PRESSURE = 20

_collector: QObject | None = None
_last_full = 0.0
_last_activity = 0.0


def note_activity() -> None:
    """An ops job started or was delivered (``ui/ops.py``): the desk is working."""
    global _last_activity
    _last_activity = time.monotonic()


def _on_timer() -> None:
    counts, threshold = gc.get_count(), gc.get_threshold()[0]
    if time.monotonic() - _last_activity >= QUIET_S or counts[0] > PRESSURE * threshold:
        collect_due()


def collect_due() -> int:
    """Collect as the automatic collector would at this point: nothing until the youngest
    generation passes its threshold, then the oldest generation that passed its own (the
    oldest, a full collection, at most every :data:`FULL_EVERY_S`)."""
    global _last_full
    thresholds, counts = gc.get_threshold(), gc.get_count()
    if counts[0] <= thresholds[0]:
        return 0
    generation = next(g for g in (2, 1, 0) if g == 0 or counts[g] > thresholds[g])
    if generation == 2:
        if time.monotonic() - _last_full < FULL_EVERY_S:
            generation = 1
        else:
            _last_full = time.monotonic()
    return gc.collect(generation)


def install() -> None:
    """Automatic collection off, the GUI thread's timer on (once per application)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or (_collector is not None and shiboken6.isValid(_collector)):
        return
    gc.disable()
    # What exists now (modules, classes, the toolkit's wrappers) lives as long as the process:
    # kept out of every later collection, which then walks only what the desk made since.
    gc.freeze()
    _collector = QObject(app)
    timer = QTimer(_collector)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(_on_timer)
    timer.start()
