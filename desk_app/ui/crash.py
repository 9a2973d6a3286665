"""An error nobody expected, raised in a slot on the GUI thread.

Qt calls Python slots from C++ and cannot let the exception through: PySide6 hands it to
``sys.excepthook`` and carries on, which by default prints a traceback nobody at a desk reads and
says nothing on screen. Here the traceback goes to a log file, the person sees one Arabic message
(what was saved is safe, what is typed stays; where the log is), and a ``--smoke`` run stops at
once with a failure instead of waiting out its timeout. Work in the background already reports
its errors through the ops runner; this is the last net under the GUI thread.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication

from desk_app.config import APP_AUTHOR, APP_NAME

QUIET_S = 10.0  # one message for a burst of errors (a failing paint repeats many times a second)


def log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)) / "errors.log"


class Net:
    """``sys.excepthook`` for the desk; ``tell(title, text)`` shows a message (the window's
    dialogs); ``stop(code)`` ends a smoke run."""

    def __init__(self, tell: Callable[[str, str], None], *, log: Path | None = None,
                 stop: Callable[[int], None] | None = None,
                 clock: Callable[[], datetime] = datetime.now):
        self.tell, self.stop, self.clock = tell, stop, clock
        self.log = log or log_path()
        self._last_told = -QUIET_S
        self.caught = 0

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        self.caught += 1
        text = "".join(traceback.format_exception(kind, exc, tb))
        try:
            self.log.parent.mkdir(parents=True, exist_ok=True)
            with self.log.open("a", encoding="utf-8") as f:
                f.write(f"--- {self.clock().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:
            pass  # a full or read-only disk must not turn one error into two
        if self.stop is not None:  # a smoke run: fail now, loudly
            print(text, file=sys.stderr)
            self.stop(1)
            return
        now = time.monotonic()
        if now - self._last_told < QUIET_S:
            return
        self._last_told = now
        try:
            self.tell(QCoreApplication.translate("Crash", "Beneficiary Desk"),
                      QCoreApplication.translate(
                          "Crash", "Something unexpected went wrong in the program. What was "
                          "saved before is safe, and what you were typing is still in the form. "
                          "The details were written to %1: please send that file to the "
                          "system administrator.").replace("%1", str(self.log)))
        except Exception:  # noqa: BLE001 - the net itself must never raise
            print(text, file=sys.stderr)


def install(net: Net) -> Net:
    sys.excepthook = net
    return net
