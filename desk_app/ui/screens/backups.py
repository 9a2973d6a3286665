"""Backups (administrators): where the automatic backups go, how old the last good one is, the
kept files, "Back up now" and the restore drill (the latest backup restored into a scratch
folder and counted, the live database untouched). Every call goes through the ops runner."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.config import backup_dir
from desk_app.domain import calendar as cal
from desk_app.services import autobackup
from desk_app.ui.context import UiContext
from desk_app.ui.screens.encryption_panel import EncryptionPanelController
from desk_app.ui.widgets.fields import banner_label, mark, show_banner
from desk_app.ui.widgets.tables import FIT, list_table


def messages() -> dict[str, str]:
    """The screen's sentences, by key (written out for lupdate)."""
    return {
        "none": QCoreApplication.translate("Backups", "none"),
        "hours": QCoreApplication.translate("Backups", "%1 hours"),
        "none_yet": QCoreApplication.translate("Backups", "none yet"),
        "mb": QCoreApplication.translate("Backups", "%1 MB"),
        "restored_of": QCoreApplication.translate("Backups", "Restored backup of %1"),
        "drill_ok": QCoreApplication.translate(
            "Backups", "Restore drill passed: the latest backup restores and its counts match "
                       "what was recorded."),
        "drill_differs": QCoreApplication.translate(
            "Backups", "Restore drill: the backup restores, but its counts differ from what "
                       "was recorded."),
        "good": QCoreApplication.translate("Backups", "Good"),
        "full": QCoreApplication.translate("Backups", "Good, checked in full"),
        ".damaged": QCoreApplication.translate("Backups", "Damaged: kept to look into"),
        ".unchecked": QCoreApplication.translate("Backups", "Could not be checked: not counted"),
        "removed": QCoreApplication.translate(
            "Backups", "Set-aside backups no longer needed were removed (their number: %1)."),
    }


def table_names() -> dict[str, str]:
    return {
        "beneficiaries": QCoreApplication.translate("Backups", "Beneficiaries"),
        "household_members": QCoreApplication.translate("Backups", "Household members"),
        "service_requests": QCoreApplication.translate("Backups", "Service requests"),
        "issued_documents": QCoreApplication.translate("Backups", "Issued documents"),
        "complaints": QCoreApplication.translate("Backups", "Complaints"),
        "survey_responses": QCoreApplication.translate("Backups", "Survey responses"),
        "staff": QCoreApplication.translate("Backups", "Staff accounts"),
        "audit_events": QCoreApplication.translate("Backups", "Audit trail entries"),
    }


class BackupsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backups")
        title = QLabel(self.tr("Backups"))
        title.setObjectName("screenTitle")
        hint = QLabel(self.tr("A backup is made every day and when the last user signs out, "
                              "checked after writing (in full once a day) and kept 7 days, 4 "
                              "weeks and 12 months. A damaged one is kept 30 days to look into; "
                              "one that could not be checked, until a newer good one exists."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.banner = banner_label()
        form = QFormLayout()
        self.folder, self.copy_to, self.allowed, self.last = (QLabel() for _ in range(4))
        self.last.setObjectName("lastBackup")  # red when too old (ui/desk_style.py)
        # A path is left-to-right text: without an absolute alignment Qt would set it at the
        # left edge of an Arabic form, far from its label.
        side = (Qt.AlignmentFlag.AlignRight if self.isRightToLeft()
                else Qt.AlignmentFlag.AlignLeft)
        for label in (self.folder, self.copy_to):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute
                               | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Backup folder"), self.folder)
        form.addRow(self.tr("Second location"), self.copy_to)
        form.addRow(self.tr("Allowed age"), self.allowed)
        form.addRow(self.tr("Last good backup"), self.last)
        self.table = list_table([self.tr("Date"), self.tr("Time"), self.tr("Size"),
                                 self.tr("State")], columns=FIT, stretch=(0,))
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.drill_button = QPushButton(self.tr("Restore drill"))
        self.drill_button.setToolTip(self.tr("Restore the latest backup into a scratch folder "
                                             "and count its records; nothing live is touched"))
        self.drill_card = QFrame()
        self.drill_card.setObjectName("card")
        self.drill_title = QLabel()
        self.drill_title.setObjectName("headline")
        self.drill_title.setWordWrap(True)
        self.drill_table = list_table([self.tr("Records"), self.tr("Count")],
                                      columns=FIT, stretch=(0,))
        card = QVBoxLayout(self.drill_card)
        card.addWidget(self.drill_title)
        card.addWidget(self.drill_table)
        self.drill_card.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.drill_button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.drill_card, 2)
        lay = QVBoxLayout(self)
        for w in (title, hint, self.banner):
            lay.addWidget(w)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addLayout(body, 1)


class BackupsController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.view = BackupsView()
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.folder = backup_dir(ctx.settings.db_url)
        self._good = 0  # good backups listed (the table also lists those set aside)
        self.view.backup_button.clicked.connect(self.back_up_now)
        self.view.drill_button.clicked.connect(self.drill)
        self.encryption = EncryptionPanelController(ctx, self.ops, self.view.banner)
        self.view.layout().insertWidget(self.view.layout().count() - 1, self.encryption.view)

    def load(self) -> None:
        self.encryption.load()
        if self.folder is None:
            self._server()
            return
        folder = self.folder
        self.ops.query(lambda db: autobackup.overview(db, folder), self._show, latest="list")

    def _server(self) -> None:
        self.view.backup_button.setEnabled(False)
        self.view.drill_button.setEnabled(False)
        show_banner(self.view.banner, QCoreApplication.translate(
            "Backups", "This database is on a server: it is backed up with the server's own "
                       "tools."), "ok")
        self.loaded.emit()

    def _when(self, at: datetime) -> str:
        return cal.format_moment(at, self.ctx.lang)

    def _show(self, o: autobackup.Overview) -> None:
        v, m = self.view, messages()
        # Paths are isolated so that they keep their own direction inside an Arabic line.
        v.folder.setText(f"\u2068{o.plan.folder}\u2069")
        v.copy_to.setText(f"\u2068{o.plan.copy_to}\u2069" if o.plan.copy_to else m["none"])
        v.allowed.setText(m["hours"].replace("%1", str(o.plan.max_age_hours)))
        last = o.status.last_good
        v.last.setText(self._when(last) if last else m["none_yet"])
        mark(v.last, "alert" if o.status.stale else None)
        self._good = len(o.backups)
        rows = [(at, size, m["full"] if at == o.full_check else m["good"])
                for at, size in o.backups]
        rows += [(at, size, m[state]) for at, state, size in o.aside]  # not counted, kept
        v.table.setRowCount(len(rows))
        for row, (at, size, state) in enumerate(rows):
            cells = (cal.format_dual(at.date(), self.ctx.lang), at.strftime("%H:%M"),
                     m["mb"].replace("%1", f"{size / 1e6:.1f}"), state)
            for col, text in enumerate(cells):
                v.table.setItem(row, col, QTableWidgetItem(text))
        self.loaded.emit()

    def back_up_now(self) -> None:
        folder = self.folder
        self.ops.action(lambda db: autobackup.scheduled(db, folder, reason="manual", force=True),
                        self._backed_up, busy=[self.view.backup_button, self.view.drill_button],
                        long=True)

    def _backed_up(self, check: autobackup.Check) -> None:
        if check.error:
            self._failed(QCoreApplication.translate(
                "Backups", "The backup failed (details on hover)."), check.error)
        else:
            text = QCoreApplication.translate("Backups", "Backed up and checked.")
            if check.removed_aside:  # the paths on hover
                text += " " + messages()["removed"].replace("%1", str(len(check.removed_aside)))
            show_banner(self.view.banner, text, "ok")
            self.view.banner.setToolTip("\n".join(check.removed_aside))
        self.load()

    def _failed(self, text: str, detail: str) -> None:
        # The service's reason is for the administrator: on hover, in its own words.
        show_banner(self.view.banner, text, "error")
        self.view.banner.setToolTip(detail)

    def drill(self) -> None:
        if not self._good:
            self._failed(QCoreApplication.translate(
                "Backups", "There is no automatic backup to restore yet."), "")
            return
        folder = self.folder
        self.ops.action(lambda db: autobackup.drill_latest(db, folder), self._drilled,
                        busy=[self.view.backup_button, self.view.drill_button],
                        expect={autobackup.BackupError: self._drill_failed}, long=True)

    def _drill_failed(self, exc: Exception) -> None:
        self._failed(QCoreApplication.translate(
            "Backups", "The restore drill failed: the latest backup could not be restored "
                       "(details on hover)."), str(exc))

    def _drilled(self, report: autobackup.DrillReport) -> None:
        v, names, m = self.view, table_names(), messages()
        v.drill_title.setText(m["restored_of"].replace("%1", self._when(report.taken_at)))
        v.drill_table.setRowCount(len(report.counts))
        for row, (table, count) in enumerate(report.counts.items()):
            v.drill_table.setItem(row, 0, QTableWidgetItem(names.get(table, table)))
            item = QTableWidgetItem(f"{count:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            v.drill_table.setItem(row, 1, item)
        v.drill_card.show()
        if report.matches_manifest:
            show_banner(v.banner, m["drill_ok"], "ok")
        else:
            show_banner(v.banner, m["drill_differs"], "error")
