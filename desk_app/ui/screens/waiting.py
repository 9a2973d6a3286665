"""Who is waiting and for how long: every open request, soonest due first, overdue marked
(R-VER-4), paged without a cap, filtered by status, service, branch, assigned person and overdue,
with the counts per status; "my work" narrows it to the signed-in person's own (issue 20)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.workflows import OPEN_STATES
from desk_app.services import worklists
from desk_app.services.errors import StorageError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import storage_message
from desk_app.ui.models.requests_model import RequestsModel
from desk_app.ui.screens import request_labels as L
from desk_app.ui.widgets.fields import combo_code, fill_combo, set_combo_code
from desk_app.ui.widgets.tables import FittedColumns

PAGE_SIZE = 50


class WaitingView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("waiting")
        self.title = QLabel(self.tr("Waiting requests"))
        self.title.setObjectName("screenTitle")
        self.status_filter = QComboBox()
        self.service_filter = QComboBox()
        self.branch_filter = QComboBox()
        self.assignee_filter = QComboBox()
        for combo, name in ((self.status_filter, self.tr("Status")),
                            (self.service_filter, self.tr("Service")),
                            (self.branch_filter, self.tr("Branch")),
                            (self.assignee_filter, self.tr("Assigned to"))):
            combo.setAccessibleName(name)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.mine = QCheckBox(self.tr("My work"))
        self.refresh_button = QPushButton(self.tr("Refresh  (F5)"))
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.previous_button = QPushButton(self.tr("Previous page"))
        self.page_label = QLabel()
        self.next_button = QPushButton(self.tr("Next page"))
        self.open_button = QPushButton(self.tr("Open  (Enter)"))
        self.study_button = QPushButton(self.tr("Social study  (F4)"))
        self.study_button.hide()  # "my work" shows it to who may read studies
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mine)
        top.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        for label, combo in ((self.tr("Status"), self.status_filter),
                             (self.tr("Service"), self.service_filter),
                             (self.tr("Branch"), self.branch_filter),
                             (self.tr("Assigned to"), self.assignee_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
        filters.addWidget(self.overdue_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for w in (self.previous_button, self.page_label, self.next_button, self.study_button,
                  self.open_button):
            bottom.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.counts)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)


class WaitingController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: WaitingView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or WaitingView()
        self.page = 1
        self.last: worklists.Page | None = None
        p = ctx.profile
        self.model = RequestsModel(self.view, ctx.lang,
                                   {s.code: ctx.name_of(s) for s in p.services},
                                   {c.code: ctx.name_of(c) for c in p.channels}, L.statuses(),
                                   p.response_rule.kind)
        self.view.table.setModel(self.model)
        # columns fit their widest text, measured once per page (not every cell by Qt)
        self.columns = FittedColumns(self.view.table, self.model.texts, stretch=1)
        self._fill_filters()
        self.ops = ctx.screen_ops(self.view)
        self.ops.on_change({ops.REQUEST, ops.BENEFICIARY}, self.refresh)
        v = self.view
        for combo in (v.status_filter, v.service_filter, v.branch_filter, v.assignee_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refilter())
        v.overdue_only.toggled.connect(lambda _on: self.refilter())
        v.mine.toggled.connect(lambda _on: self.refilter())
        v.refresh_button.clicked.connect(self.refresh)
        v.previous_button.clicked.connect(lambda: self.go(self.page - 1))
        v.next_button.clicked.connect(lambda: self.go(self.page + 1))
        v.open_button.clicked.connect(self.open_selected)
        v.table.doubleClicked.connect(lambda _i: self.open_selected())
        v.table.activated.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence("F5"), v, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+PgDown"), v, activated=lambda: self.go(self.page + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), v, activated=lambda: self.go(self.page - 1))

    def _fill_filters(self) -> None:
        v, ctx, words = self.view, self.ctx, L.statuses()
        any_ = self.tr("— all —")
        fill_combo(v.status_filter, [(s, words[s]) for s in OPEN_STATES], blank=any_)
        fill_combo(v.service_filter, [(s.code, ctx.name_of(s)) for s in ctx.profile.services],
                   blank=any_)
        fill_combo(v.branch_filter, [], blank=any_)
        fill_combo(v.assignee_filter, [], blank=any_)
        mine = worklists.my_statuses(ctx.actor.role)
        v.mine.setVisible(bool(mine))
        v.mine.setToolTip(", ".join(words[s] for s in mine))

    def load(self) -> None:
        self.ops.query(lambda db: (worklists.branches(db), worklists.researchers(db)),
                       self._choices, latest="choices", expect={Exception: self._failed})
        self.refresh()

    def _choices(self, loaded: tuple[list[str], list[worklists.Assignable]]) -> None:
        branches, people = loaded
        v, any_ = self.view, self.tr("— all —")
        for combo, items in ((v.branch_filter, [(b, b) for b in branches]),
                             (v.assignee_filter, [(x.id, x.full_name) for x in people])):
            chosen = combo_code(combo)
            combo.blockSignals(True)
            fill_combo(combo, items, blank=any_)
            set_combo_code(combo, chosen)
            combo.blockSignals(False)

    def enter(self, arg: object = None) -> None:
        if not self.ops.fresh("list"):  # rows asked for moments ago, nothing saved since: kept
            self.refresh()

    def query(self) -> worklists.Query:
        v = self.view
        return worklists.Query(combo_code(v.status_filter), combo_code(v.service_filter),
                               combo_code(v.branch_filter), combo_code(v.assignee_filter),
                               v.overdue_only.isChecked(), v.mine.isChecked())

    def refilter(self) -> None:
        self.go(1)

    def go(self, page: int) -> None:
        if self.last is not None and not 1 <= page <= self.last.pages:
            return
        self.page = page
        self.refresh()

    def refresh(self) -> None:
        ctx, q, page = self.ctx, self.query(), self.page
        today, actor, profile = ctx.clock().date(), ctx.actor, ctx.profile
        self.view.status.setText(self.tr("Loading…"))
        self.ops.query(lambda db: worklists.waiting(db, actor, profile, today, q, page,
                                                    PAGE_SIZE),
                       self._show, latest="list", expect={Exception: self._failed})

    def _show(self, page: worklists.Page) -> None:
        v, words = self.view, L.statuses()
        self.last, self.page = page, page.page
        self.model.set_rows(page.rows)
        v.counts.setText("   ".join(f"{words.get(s, s)}: {n}" for s, n in page.by_status.items()))
        v.status.setText(self.tr("Requests waiting: %1 — overdue: %2")
                         .replace("%1", str(page.total)).replace("%2", str(page.overdue)))
        v.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page.page))
                             .replace("%2", str(page.pages)))
        v.previous_button.setEnabled(page.page > 1)
        v.next_button.setEnabled(page.page < page.pages)
        if page.rows:
            v.table.setCurrentIndex(self.model.index(0, 0))
        v.open_button.setEnabled(bool(page.rows))
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


class MyWorkController(WaitingController):
    """The waiting list narrowed to the signed-in person's own work: a researcher's studies
    (theirs and the unit's not yet taken), a committee member's agenda."""

    def __init__(self, ctx: UiContext, view: WaitingView | None = None):
        super().__init__(ctx, view)
        v = self.view
        v.title.setText(self.tr("My work"))
        v.mine.setChecked(True)
        v.mine.hide()
        v.status_filter.setEnabled(len(worklists.my_statuses(ctx.actor.role)) > 1)
        # the researcher's studies (and the committee's agenda) open on the social study too
        if ctx.may("study.view"):
            v.study_button.show()
            v.study_button.clicked.connect(self.open_study)
            QShortcut(QKeySequence("F4"), v, activated=self.open_study)

    def _show(self, page: worklists.Page) -> None:
        super()._show(page)
        self.view.study_button.setEnabled(bool(page.rows))

    def open_selected(self) -> None:
        idx = self.view.table.currentIndex()
        if idx.isValid():
            rid = self.model.data(idx, Qt.ItemDataRole.UserRole)
            self.navigate.emit("request", {"open": rid, "back": ("my_work", None)})

    def open_study(self) -> None:
        idx = self.view.table.currentIndex()
        if idx.isValid() and self.view.study_button.isEnabled():
            rid = self.model.data(idx, Qt.ItemDataRole.UserRole)
            self.navigate.emit("study", {"open": rid, "back": ("my_work", None)})
