"""Keep ``None`` alive under PySide6 6.12.0 on Python 3.11.

That build of shiboken6 drops one reference to ``None`` each time Python calls a Qt method that
returns nothing (``QLabel.setText``, ``QWidget.show``, …). A fresh interpreter holds only a few
thousand references to ``None``, so after a few thousand such calls CPython aborts with
"Fatal Python error: none_dealloc" — a receptionist's window would vanish mid-shift. Python 3.12
made ``None`` immortal, and PySide6 6.11 does not have the bug, but 6.11 has no separate QtPdf
package (it would pull in the 175 MB PySide6-Addons). So until a fixed 6.12.x is released, we
hold a reserve of references to ``None`` (never freed, not even at exit) and top it up from a
timer; the reserve costs 8 MB per million leaked calls. :func:`leak_per_call` measures the bug, so a test notices when a fixed
release makes this module unnecessary.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

CHUNK = 1_000_000
LOW_WATER = 500_000
_reserve: list[list[None]] = []


def needed() -> bool:
    return sys.version_info < (3, 12)


def top_up(low_water: int = LOW_WATER) -> None:
    """Add a chunk of references to ``None`` when fewer than ``low_water`` remain."""
    if needed() and sys.getrefcount(None) < low_water:
        chunk = [None] * CHUNK
        # The chunk is never freed, not even at exit: freeing it would hand back references the
        # bug already took, and the interpreter would abort while shutting down.
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(chunk))
        _reserve.append(chunk)


def install(app: QCoreApplication, every_ms: int = 1000) -> QTimer:
    """Top up now and then every ``every_ms`` for as long as ``app`` runs."""
    top_up()
    timer = QTimer(app)
    timer.timeout.connect(top_up)
    timer.start(every_ms)
    return timer


def leak_per_call(calls: int = 1000) -> float:
    """References to ``None`` lost per void Qt call in this build (0.0 when fixed)."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(calls):
        label.setText("")
    return (before - sys.getrefcount(None)) / calls
