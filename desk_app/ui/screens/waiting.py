"""Who is waiting and for how long: open requests, soonest due first, overdue marked (R-VER-4)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import request_views
from desk_app.services.errors import StorageError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import storage_message
from desk_app.ui.models.requests_model import RequestsModel
from desk_app.ui.screens import request_labels as L
from desk_app.ui.widgets.fields import SIZED_ROWS


class WaitingView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("waiting")
        self.title = QLabel(self.tr("Waiting requests"))
        self.title.setObjectName("screenTitle")
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.refresh_button = QPushButton(self.tr("Refresh  (F5)"))
        self.open_button = QPushButton(self.tr("Open  (Enter)"))
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.overdue_only)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)


class WaitingController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: WaitingView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or WaitingView()
        p = ctx.profile
        self.model = RequestsModel(self.view, ctx.lang,
                                   {s.code: ctx.name_of(s) for s in p.services},
                                   {c.code: ctx.name_of(c) for c in p.channels}, L.statuses(),
                                   p.response_rule.kind)
        self.view.table.setModel(self.model)
        header = self.view.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # columns fit the rows a screen shows, not all of them (Qt measures 1,000 by default)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ops = ctx.screen_ops(self.view)
        self.ops.on_change({ops.REQUEST, ops.BENEFICIARY}, self.refresh)
        v = self.view
        v.overdue_only.toggled.connect(lambda _on: self.refresh())
        v.refresh_button.clicked.connect(self.refresh)
        v.open_button.clicked.connect(self.open_selected)
        v.table.doubleClicked.connect(lambda _i: self.open_selected())
        v.table.activated.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence("F5"), v, activated=self.refresh)

    def load(self) -> None:
        self.refresh()

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        profile = self.ctx.profile
        today, overdue = self.ctx.clock().date(), self.view.overdue_only.isChecked()
        self.view.status.setText(self.tr("Loading…"))
        self.ops.query(lambda db: request_views.listing(db, profile, today, overdue_only=overdue),
                       self._show, latest="list", expect={Exception: self._failed})


    def _show(self, rows: list[request_views.ListRow]) -> None:
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.overdue)
        self.view.status.setText(self.tr("Requests waiting: %1 — overdue: %2")
                                 .replace("%1", str(len(rows))).replace("%2", str(late)))
        if rows:
            self.view.table.setCurrentIndex(self.model.index(0, 0))
        self.view.open_button.setEnabled(bool(rows))
        self.loaded.emit()

    def _failed(self, exc: object) -> None:
        self.view.status.setText(storage_message(exc) if isinstance(exc, StorageError)
                                 else self.tr("The list could not be loaded."))
        self.loaded.emit()

    def open_selected(self) -> None:
        idx = self.view.table.currentIndex()
        if idx.isValid():
            rid = self.model.data(idx, Qt.ItemDataRole.UserRole)
            self.navigate.emit("request", {"open": rid, "back": ("waiting", None)})
