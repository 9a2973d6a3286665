"""Checks the watched online-forms folder app-wide while someone is signed in (R-COM-3).

Before, the folder was read only once the Online forms screen had been opened in the session:
a desk that never opened it never saw the forms people sent. Now, from sign-in, a timer reads
the folder through the ops runner (off the GUI thread: the folder may be on a share) and the side
bar's «Online forms» entry shows how many forms wait for review. Open screens hear of new forms
through the change notice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer

from desk_app.domain import online_forms as forms
from desk_app.ui import ops as ops_module
from desk_app.ui.context import UiContext

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60_000
FIRST_CHECK_MS = 3_000  # after sign-in, once the first screen has its data
ARRIVAL = "online"  # the kind of record the change notice carries (the screen's too)
SCREEN = "online"


def _check(actor, scan: bool) -> Callable[[object], tuple[int, int]]:  # noqa: ANN001
    """What one tick does on the worker: read the folder (when this person may import) and
    count the forms waiting; returns (new forms queued, forms waiting)."""
    def run(db: object) -> tuple[int, int]:
        # Imported here, on the worker, at the first check: at sign-in they cost the first
        # screen ~0.1 s of the GUI thread (the importer, requests; issue 23's start-up profile).
        from desk_app.services import online_arrivals, online_import
        from desk_app.services import profile as profile_service

        queued = 0
        if scan:
            profile = profile_service.current(db)
            queued = sum(r.queued for r in online_import.scan_folder(db, actor, profile))
        return queued, online_arrivals.counts(db, actor)[forms.WAITING]
    return run


class OnlineFormsWatch(QObject):
    """The timer and its badge; ``set_badge(name, count)`` is the shell's."""

    def __init__(self, ctx: UiContext, set_badge: Callable[[str, int], None],
                 parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.runner: ops_module.Ops = ctx.ops
        self.set_badge, self._running = set_badge, False
        self._job = _check(ctx.actor, ctx.may("arrivals.import"))
        self._count = _check(ctx.actor, False)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.runner.hub.changed.connect(self._changed)  # a form reviewed: the count changes
        self.first = QTimer(self)  # the count shows soon after sign-in, not after five minutes
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_CHECK_MS)
        self.first.timeout.connect(self.tick)
        self.first.start()

    def tick(self) -> None:
        if self._running:
            return
        self._running = True
        self.runner.start(self._job, self._done)

    def _changed(self, kinds: frozenset) -> None:
        if ARRIVAL in kinds and not self._running:
            self._running = True
            self.runner.start(self._count, self._done)

    def _done(self, ok: bool, value: object) -> None:
        if not shiboken6.isValid(self):
            return  # signed out while the folder was read: the side bar is gone
        self._running = False
        if not ok:
            log.warning("online forms: checking the watched folder failed: %r", value)
            return
        queued, waiting = value  # type: ignore[misc]
        self.set_badge(SCREEN, waiting)
        if queued:
            self.runner.hub.announce({ARRIVAL})
