"""Conflict review (issue 14): the same field changed at a branch and at the head office since
they last met. Each row shows the record, the field, both values, which branch, who and when;
the record meanwhile keeps the head office's value. At the head office a person keeps that
value or takes the branch's (an audited edit that then travels to every site); branches see the
list. Every call runs through the ops runner."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.services import sync_conflicts
from desk_app.ui.context import UiContext
from desk_app.ui.screens.beneficiary_labels import field_labels
from desk_app.ui.screens.sync_screen import _table
from desk_app.ui.widgets.fields import banner_label, show_banner

#: Fields of a whole record shown as they are, without a label (a name says what it is).
PLAIN = ("name", "relation", "full_name", "username")


def kinds() -> dict[str, str]:
    return {"deleted": QCoreApplication.translate("SyncConflicts", "changed at the branch, deleted at the head office"),
            "refused": QCoreApplication.translate("SyncConflicts", "could not be stored as it came")}


def refusals() -> dict[str, str]:
    return {"not_head": QCoreApplication.translate("SyncConflicts", "Conflicts are decided at the head office."),
            "already_resolved": QCoreApplication.translate("SyncConflicts", "Someone has resolved this conflict "
                                                   "already."),
            "cannot_take_branch": QCoreApplication.translate("SyncConflicts", "This record no longer exists here: the "
                                                     "branch's values stay listed.")}


class ConflictsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        title = QLabel(self.tr("Sync conflicts"))
        title.setObjectName("screenTitle")
        hint = QLabel(self.tr("The same field was changed at a branch and at the head office. "
                              "Until someone decides, the record shows the head office's "
                              "value."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.banner = banner_label()
        self.table = _table([self.tr("Record"), self.tr("Field"), self.tr("Head office's value"),
                             self.tr("Branch's value"), self.tr("Branch"), self.tr("Changed by"),
                             self.tr("Changed at the branch"), self.tr("At the head office")])
        self.keep_button = QPushButton(self.tr("Keep the head office's value"))
        self.take_button = QPushButton(self.tr("Take the branch's value"))
        self.take_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        for w in (title, hint, self.banner):
            lay.addWidget(w)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)


class ConflictsController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.view = ConflictsView()
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.ops.on_change(("sync",), self.load)
        self.rows: list[sync_conflicts.ConflictView] = []
        self.view.keep_button.clicked.connect(lambda: self.resolve("head"))
        self.view.take_button.clicked.connect(lambda: self.resolve("branch"))

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: sync_conflicts.open_conflicts(db, actor), self._show,
                       latest="list")

    def _when(self, at: datetime | None, by: str = "") -> str:
        if at is None:
            return by
        text = f"{cal.format_dual(at.date(), self.ctx.lang)}  {at.strftime('%H:%M')}"
        return f"{by} — {text}" if by else text

    def _value(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, dict):  # a whole record: what a person reads, never keys or codes
            labels = field_labels()
            return "، ".join(f"{labels[k]}: {v}" if k in labels else str(v)
                            for k, v in value.items()
                            if v not in (None, "") and (k in labels or k in PLAIN))
        text = str(value)
        if any("\u0600" <= ch <= "\u06ff" for ch in text):
            return text
        # a number keeps its order (+966… not 966…+) in an Arabic row: Qt ignores the isolates
        return "\u200e\u202a" + text + "\u202c\u200e"

    def _show(self, rows: list[sync_conflicts.ConflictView]) -> None:
        self.rows, labels, v = rows, field_labels(), self.view
        v.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            what = labels.get(c.field, c.field) if c.kind == "field" else kinds()[c.kind]
            cells = (c.record, what, self._value(c.head_value),
                     self._value(c.branch_value), c.branch, c.branch_actor,
                     self._when(c.branch_at), self._when(c.head_at, c.head_actor))
            for col, text in enumerate(cells):
                v.table.setItem(r, col, QTableWidgetItem(text))
        if rows:
            v.table.setCurrentCell(0, 0)
        else:
            show_banner(v.banner, self.tr("No conflicts are waiting."), "ok")
        v.keep_button.setEnabled(bool(rows))
        v.take_button.setEnabled(bool(rows))
        self.loaded.emit()

    def resolve(self, choose: str) -> None:
        row = self.view.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        conflict, actor = self.rows[row], self.ctx.actor
        self.ops.action(lambda db: sync_conflicts.resolve(db, actor, conflict.id, choose),
                        self._resolved, changes=("sync",),
                        busy=[self.view.keep_button, self.view.take_button],
                        expect={sync_conflicts.ResolveRefused: self._refused})

    def _resolved(self, _view: sync_conflicts.ConflictView) -> None:
        show_banner(self.view.banner, self.tr("Decided; the choice travels with the next "
                                              "synchronisation."), "ok")
        self.load()

    def _refused(self, exc: sync_conflicts.ResolveRefused) -> None:
        show_banner(self.view.banner, refusals().get(exc.code, exc.code), "error")
