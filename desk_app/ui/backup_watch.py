"""The desk's automatic-backup scheduler and its status-bar warning.

Every quarter of an hour (and once shortly after sign-in) the desk asks the service whether the
daily backup is due and takes it; when the last user of the database signs out it takes one
more. All of it runs through the ops runner, off the GUI thread, on its one-thread pool for long
jobs at low priority (``Ops.start_long``, shared with "Back up now" and the restore drill, so
two backups never wait on each other's lock on a thread the screens need): copying a large
database takes a minute or more, and the desk's own pool must stay free for the screens.
The status bar shows a warning only when something needs attention: no good backup within the
age the organisation profile allows, or the last attempt failed — saying whether no backup was
made, one was made but could not be checked (not counted), or a check found damage.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desk_app.domain import calendar as cal
from desk_app.services import autobackup, autobackup_fullcheck
from desk_app.ui.ops import Ops

CHECK_EVERY_MS = 15 * 60 * 1000
FIRST_CHECK_MS = 30 * 1000


class BackupWatch(QObject):
    """Schedules the daily backup and keeps the status-bar warning up to date."""

    checked = Signal(object)  # autobackup.Check, or the exception of a failed look

    def __init__(self, ops: Ops, folder: Path, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ops, self.folder, self.language = ops, folder, language
        self.label = QLabel()
        self.label.setObjectName("backupWarning")
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._running = False
        app = QCoreApplication.instance()
        if app is not None:  # closing: a full check of minutes must not keep the process alive
            app.aboutToQuit.connect(autobackup_fullcheck.stop_running)
        self.timer.destroyed.connect(autobackup_fullcheck.stop_running)  # the window deleted

    def start(self) -> None:
        if not self.timer.isActive():
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> None:
        folder = self.folder
        self._run(lambda db: autobackup.scheduled(db, folder))

    def signed_out(self) -> None:
        folder = self.folder
        self._run(lambda db: autobackup.at_sign_out(db, folder))

    def _run(self, fn: Callable[[object], autobackup.Check]) -> None:
        if self._running:
            return  # one backup at a time; the next tick looks again
        self._running = True
        self.ops.start_long(fn, self._delivered)

    def _delivered(self, ok: bool, value: object) -> None:
        self._running = False
        if ok:
            self.show(value)  # type: ignore[arg-type]
        else:
            self._warn(self.tr("The automatic backup could not be started"), str(value))
        self.checked.emit(value)

    def headline(self, kind: str | None) -> str:
        """What went wrong, in a few words; the service's reason is on hover."""
        if kind == "not_checked":
            return self.tr("The automatic backup could not be checked: not counted as good")
        if kind == "damaged":
            return self.tr("A backup check found damage: the database may be damaged")
        if kind == "full_check_not_made":
            return self.tr("The daily full check of the backups could not be made")
        return self.tr("The automatic backup failed")

    def show(self, check: autobackup.Check) -> None:
        if check.error:
            self._warn(self.headline(check.error_kind), check.error)
        elif check.status.stale and check.status.last_good is None:
            self._warn(self.tr("No automatic backup has been made yet"), str(self.folder))
        elif check.status.stale:
            last = check.status.last_good
            self._warn(self.tr("Last good backup %1 %2: older than the %3 hours allowed")
                       .replace("%1", cal.format_dual(last.date(), self.language))
                       .replace("%2", last.strftime("%H:%M"))
                       .replace("%3", str(check.max_age_hours)), str(self.folder))
        else:
            self.label.hide()

    def _warn(self, text: str, detail: str) -> None:
        self.label.setText("⚠ " + text)
        self.label.setToolTip(detail)
        self.label.show()
