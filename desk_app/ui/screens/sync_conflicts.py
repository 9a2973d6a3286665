"""Conflict review (issue 14): the same record changed at a branch and at the head office since
they last met — a field, a deletion at one end, a step the workflow refuses. Each row shows the
record, what clashed, both sides, which branch, who and when; the record meanwhile stays as the
head office has it. At the head office a person keeps that or takes the branch's side (one
audited action that then travels to every site), worded for the kind: take the value, restore
the record, delete it, take the step; branches see the list. Every call runs through the ops
runner."""

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
from desk_app.ui.messages import joined
from desk_app.ui.screens import request_labels
from desk_app.ui.screens.beneficiary_labels import field_labels
from desk_app.ui.screens.sync_screen import _table
from desk_app.ui.widgets.fields import banner_label, show_banner

#: Fields of a whole record shown as they are, without a label (a name says what it is).
PLAIN = ("name", "relation", "full_name", "username")


def kinds() -> dict[str, str]:
    return {"deleted": QCoreApplication.translate("SyncConflicts", "changed at the branch, deleted at the head office"),
            "removed": QCoreApplication.translate("SyncConflicts", "deleted at the branch, changed at the head office"),
            "rule": QCoreApplication.translate("SyncConflicts", "a step the request's workflow refuses"),
            "refused": QCoreApplication.translate("SyncConflicts", "could not be stored as it came")}


def choices() -> dict[str, tuple[str, str]]:
    """Per kind: (take the branch's side, keep the head office's)."""
    return {"field": (QCoreApplication.translate("SyncConflicts", "Take the branch's value"),
                      QCoreApplication.translate("SyncConflicts", "Keep the head office's value")),
            "deleted": (QCoreApplication.translate("SyncConflicts", "Restore the record with the branch's changes"),
                        QCoreApplication.translate("SyncConflicts", "Keep the deletion")),
            "removed": (QCoreApplication.translate("SyncConflicts", "Delete it, as the branch did"),
                        QCoreApplication.translate("SyncConflicts", "Keep the record")),
            "rule": (QCoreApplication.translate("SyncConflicts", "Take the branch's step"),
                     QCoreApplication.translate("SyncConflicts", "Keep the refusal")),
            "refused": (QCoreApplication.translate("SyncConflicts", "Take the branch's value"),
                        QCoreApplication.translate("SyncConflicts", "Keep the head office's record"))}


def refusals() -> dict[str, str]:
    return {"not_head": QCoreApplication.translate("SyncConflicts", "Conflicts are decided at the head office."),
            "already_resolved": QCoreApplication.translate("SyncConflicts", "Someone has resolved this conflict "
                                                   "already."),
            "cannot_take_branch": QCoreApplication.translate("SyncConflicts", "This record no longer exists here: the "
                                                     "branch's values stay listed."),
            "cannot_restore": QCoreApplication.translate("SyncConflicts", "The record cannot be restored: it is not "
                                                 "known whole here, or its file is gone."),
            "not_allowed": QCoreApplication.translate("SyncConflicts", "The request's workflow does not allow the "
                                              "branch's step from its status now.")}


class ConflictsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        title = QLabel(self.tr("Sync conflicts"))
        title.setObjectName("screenTitle")
        hint = QLabel(self.tr("The same record was changed at a branch and at the head office "
                              "(a field, a deletion, or a step the workflow refuses). Until "
                              "someone decides, the record stays as the head office has it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.banner = banner_label()
        self.table = _table([self.tr("Record"), self.tr("Field"), self.tr("Head office's value"),
                             self.tr("Branch's value"), self.tr("Branch"), self.tr("Changed by"),
                             self.tr("Changed at the branch"), self.tr("At the head office")])
        take, keep = choices()["field"]
        self.keep_button = QPushButton(keep)
        self.take_button = QPushButton(take)
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
        self.view.table.currentCellChanged.connect(lambda *_: self._buttons())

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: sync_conflicts.open_conflicts(db, actor), self._show,
                       latest="list")

    def _when(self, at: datetime | None, by: str = "") -> str:
        if at is None:
            return by
        text = cal.format_moment(at, self.ctx.lang)
        return f"{by} — {text}" if by else text

    def _buttons(self) -> None:
        """The two choices, worded for the selected conflict's kind."""
        row, v = self.view.table.currentRow(), self.view
        kind = self.rows[row].kind if 0 <= row < len(self.rows) else "field"
        take, keep = choices()[kind]
        v.take_button.setText(take)
        v.keep_button.setText(keep)
        v.take_button.setEnabled(0 <= row < len(self.rows) and kind != "refused")
        v.keep_button.setEnabled(0 <= row < len(self.rows))
        v.layout().activate()  # the longer wording gets its width now

    def _cell(self, c: sync_conflicts.ConflictView, value: Any) -> str:
        if value is None and c.kind in ("deleted", "removed"):
            return self.tr("(deleted)")
        if c.table == "service_requests" and c.field == "status":
            return request_labels.statuses().get(value, self._value(value))
        return self._value(value)

    def _value(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, dict):  # a whole record: what a person reads, never keys or codes
            labels = field_labels()
            return joined(f"{labels[k]}: {v}" if k in labels else str(v)
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
            cells = (c.record, what, self._cell(c, c.head_value),
                     self._cell(c, c.branch_value), c.branch, c.branch_actor,
                     self._when(c.branch_at), self._when(c.head_at, c.head_actor))
            for col, text in enumerate(cells):
                v.table.setItem(r, col, QTableWidgetItem(text))
        if rows:
            v.table.setCurrentCell(0, 0)
        else:
            show_banner(v.banner, self.tr("No conflicts are waiting."), "ok")
        self._buttons()
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
