"""Sync (issue 14): this office's place (head office or branch), changes waiting, conflicts open,
the last synchronisation; at a branch "Sync now" (the head office's server) and exchange files
both ways; at the head office each branch's last sync and what waits for it; the history with
its errors in words. Every call runs through the ops runner, off the GUI thread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.config import head_db_url
from desk_app.domain import calendar as cal
from desk_app.services import sync
from desk_app.services.sync_files import FileRefused
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.fields import banner_label, show_banner


def errors() -> dict[str, str]:
    """Why a file or a sync was refused, by code (written out for lupdate)."""
    return {
        "not_exchange_file": QCoreApplication.translate("Sync", "This is not a synchronisation file from this "
                                       "application."),
        "altered": QCoreApplication.translate("Sync", "File refused: it was changed or damaged after it was made, or "
                             "not sealed with this branch's key. Ask for a new copy."),
        "other_association": QCoreApplication.translate("Sync", "File refused: it comes from another association."),
        "unknown_sender": QCoreApplication.translate("Sync", "File refused: it comes from a branch this office has not "
                                    "enrolled."),
        "wrong_recipient": QCoreApplication.translate("Sync", "File refused: it is addressed to another office."),
        "already_applied": QCoreApplication.translate("Sync", "File refused: it was applied already; nothing changed."),
        "not_set_up": QCoreApplication.translate("Sync", "Synchronisation is not set up at this office yet."),
        "no_peer": QCoreApplication.translate("Sync", "Synchronisation is not set up at this office yet."),
        "unavailable": QCoreApplication.translate("Sync", "The head office's server cannot be reached; nothing was "
                                 "lost, try again later."),
        "locked": QCoreApplication.translate("Sync", "The database was busy; nothing was lost, try again."),
    }


def error_text(code: str) -> str:
    return errors().get(code, QCoreApplication.translate(
        "Sync", "Synchronisation failed (%1).").replace("%1", code))


def hows() -> dict[str, str]:
    return {"direct": QCoreApplication.translate("Sync", "Server"), "export": QCoreApplication.translate("Sync", "File written"),
            "import": QCoreApplication.translate("Sync", "File read")}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SyncView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync")
        self.title = QLabel(self.tr("Synchronisation"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        form = QFormLayout()
        # values sit beside their labels (numbers would otherwise drift to the far side)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.place, self.last, self.waiting, self.conflicts = (QLabel() for _ in range(4))
        form.addRow(self.tr("This office"), self.place)
        form.addRow(self.tr("Last synchronisation"), self.last)
        form.addRow(self.tr("Changes waiting to be sent"), self.waiting)
        form.addRow(self.tr("Conflicts waiting for a decision"), self.conflicts)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("primary")
        self.sync_button.setToolTip(self.tr("Exchange changes with the head office's server"))
        self.export_button = QPushButton(self.tr("Write an exchange file…"))
        self.import_button = QPushButton(self.tr("Read an exchange file…"))
        self.review_button = QPushButton(self.tr("Review conflicts"))
        buttons = QHBoxLayout()
        for b in (self.sync_button, self.export_button, self.import_button, self.review_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.peers_title = QLabel(self.tr("Branches"))
        self.peers_title.setObjectName("headline")
        self.peers = _table([self.tr("Branch"), self.tr("Last synchronisation"),
                             self.tr("Changes waiting for it"), self.tr("Last error")])
        history = QLabel(self.tr("History"))
        history.setObjectName("headline")
        self.runs = _table([self.tr("When"), self.tr("With"), self.tr("How"), self.tr("Sent"),
                            self.tr("Received"), self.tr("Conflicts"), self.tr("Result")])
        lay = QVBoxLayout(self)
        for w in (self.title, self.banner):
            lay.addWidget(w)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.peers_title)
        lay.addWidget(self.peers, 1)
        lay.addWidget(history)
        lay.addWidget(self.runs, 2)


class SyncController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.view = SyncView()
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.ops.on_change(("sync",), self.load)
        v = self.view
        v.sync_button.clicked.connect(self.sync_now)
        v.export_button.clicked.connect(self.choose_export)
        v.import_button.clicked.connect(self.choose_import)
        v.review_button.clicked.connect(lambda: self.navigate.emit("sync_conflicts", None))
        self.state: sync.Overview | None = None

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: sync.overview(db, actor), self._show, latest="overview")

    def _when(self, at: datetime | None) -> str:
        if at is None:
            return self.tr("never")
        return cal.format_moment(at, self.ctx.lang)

    def _show(self, o: sync.Overview) -> None:
        self.state, v = o, self.view
        place = {"head": self.tr("Head office (%1)"), "branch": self.tr("Branch %1")}.get(
            o.role, self.tr("%1 — not set up for synchronisation"))
        v.place.setText(place.replace("%1", o.code))
        v.last.setText(self._when(o.last_sync_at))
        v.waiting.setText(f"{o.waiting:,}" if o.role == "branch" else "—")
        v.conflicts.setText(f"{o.conflicts:,}")
        v.sync_button.setVisible(o.role == "branch")
        v.sync_button.setEnabled(bool(head_db_url()))
        v.export_button.setEnabled(bool(o.role))
        v.import_button.setEnabled(bool(o.role))
        v.peers_title.setVisible(o.role == "head")
        v.peers.setVisible(o.role == "head")
        self._fill(v.peers, [(p.code, self._when(p.last_sync_at), f"{p.waiting:,}",
                              error_text(p.last_error) if p.last_error else "")
                             for p in o.peers])
        self._fill(v.runs, [(self._when(r.at), r.site if r.site != o.code else r.peer, hows().get(r.how, r.how), str(r.sent),
                             str(r.received), str(r.conflicts),
                             error_text(r.error) if r.error else self.tr("Completed"))
                            for r in o.runs])
        self.loaded.emit()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if text[:1].isdigit():
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)

    def _busy(self) -> list[QWidget]:
        v = self.view
        return [v.sync_button, v.export_button, v.import_button]

    def sync_now(self) -> None:
        url, actor = head_db_url(), self.ctx.actor
        self.ops.action(lambda db: sync.sync_to(db, url, actor), self._done, busy=self._busy(),
                        changes=("sync",))

    def _done(self, result: sync.SyncResult) -> None:
        if result.error:
            show_banner(self.view.banner, error_text(result.error), "error")
        else:
            show_banner(self.view.banner, self.tr(
                "Synchronised: %1 sent, %2 received, %3 new conflicts.")
                .replace("%1", str(result.sent)).replace("%2", str(result.received))
                .replace("%3", str(result.conflicts)), "ok")
        self.load()

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.view, self.tr("Exchange file"),
                                              "", "(*.desksync)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, branch: str | None = None) -> None:
        actor = self.ctx.actor
        if branch is None and self.state is not None and self.state.role == "head":
            rows = self.view.peers.selectionModel().selectedRows()
            branch = self.state.peers[rows[0].row()].code if rows else None
            if branch is None:
                show_banner(self.view.banner, self.tr("Choose the branch the file is for."),
                            "error")
                return

        def write(db) -> Path:  # noqa: ANN001
            part = path.with_name(path.name + ".part")
            part.write_bytes(sync.export_file(db, actor, branch))
            part.replace(path)  # never half a file under the real name
            return path

        self.ops.action(write, self._written, busy=self._busy(), changes=("sync",))

    def _written(self, path: Path) -> None:
        show_banner(self.view.banner, self.tr("Exchange file written: %1")
                    .replace("%1", f"\u2068{path.name}\u2069"), "ok")
        self.load()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Exchange file"), "",
                                              "(*.desksync)")
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        actor = self.ctx.actor
        self.ops.action(lambda db: sync.import_file(db, actor, path.read_bytes()), self._done,
                        busy=self._busy(), changes=("sync",),
                        expect={FileRefused: self._refused})

    def _refused(self, exc: FileRefused) -> None:
        show_banner(self.view.banner, error_text(exc.code), "error")
