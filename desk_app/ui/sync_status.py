"""The status bar's sync line (issue 14): last synchronisation, changes waiting to be sent,
conflicts waiting for a decision. Shown only at an office set up for synchronisation; refreshed
after every sync at this desk and every few minutes, through the ops runner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from desk_app.domain import calendar as cal
from desk_app.ui.ops import Ops
from desk_app.ui.widgets.fields import mark

if TYPE_CHECKING:
    from desk_app.services import sync

REFRESH_MS = 5 * 60 * 1000


class SyncStatus(QObject):
    def __init__(self, ops: Ops, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ops, self.language = ops, language
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        ops.hub.changed.connect(self._changed)

    def _changed(self, kinds: frozenset[str]) -> None:
        if "sync" in kinds:
            self.refresh()

    def start(self) -> None:
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        self.ops.start(_overview, self._delivered)

    def _delivered(self, ok: bool, value: object) -> None:
        from desk_app.services import sync  # imported by the job already

        if not ok or not isinstance(value, sync.Overview) or not value.role:
            self.label.hide()
            return
        self.show(value)

    def show(self, o: sync.Overview) -> None:
        last = (f"{cal.format_dual(o.last_sync_at.date(), self.language)} "
                f"{o.last_sync_at.strftime('%H:%M')}" if o.last_sync_at else self.tr("never"))
        text = self.tr("Last sync: %1").replace("%1", last)
        if o.role == "branch":
            text += " · " + self.tr("waiting: %1").replace("%1", str(o.waiting))
        text += " · " + self.tr("conflicts: %1").replace("%1", str(o.conflicts))
        self.label.setText(text)
        mark(self.label, "alert" if o.conflicts else None)
        self.label.show()


def _overview(db: object) -> object:
    """On the worker: the sync module is imported there, not at sign-in (~0.05 s of the first
    screen's start; issue 23)."""
    from desk_app.services import sync

    return sync.overview(db)  # type: ignore[arg-type]
