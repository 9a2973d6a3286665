"""Sends the outbox in the background while someone is signed in (R-COM-2).

Every minute the runner sends what is due on a worker thread; the
window never waits for the mail server or the SMS gateway. A desk that is offline simply finds
its messages still queued on the next tick. Open screens hear of what was sent through the
change notice.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from desk_app.ui import ops as ops_module

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000


def _send(db: object) -> object:  # outbox.SendReport
    # Imported on the worker at the first tick, not at sign-in (keyring and the transports:
    # ~0.06 s of the first screen's start; issue 23).
    from desk_app.services import messaging_settings, outbox
    from desk_app.services import profile as profile_service

    found = messaging_settings.transports(db)
    if not found:
        return outbox.SendReport()
    return outbox.send_due(db, found, profile=profile_service.current(db))


class OutboxSender(QObject):
    def __init__(self, runner: ops_module.Ops, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.runner, self._running = runner, False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        if self._running:
            return
        self._running = True
        self.runner.start(_send, self._done)

    def _done(self, ok: bool, value: object) -> None:
        from desk_app.services import outbox  # imported by the job already

        self._running = False
        if not ok:
            log.warning("outbox: sending failed: %r", value)
        elif isinstance(value, outbox.SendReport) and (value.sent or value.failed
                                                       or value.uncertain):
            self.runner.hub.announce({"message", ops_module.REQUEST})
