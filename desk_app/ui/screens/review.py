"""Periodic review (R-VER-5): beneficiaries whose data are older than the review period."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.services import review
from desk_app.services.errors import StorageError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import storage_message
from desk_app.ui.widgets.tables import FIT, list_table


class ReviewView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review")
        self.title = QLabel(self.tr("Data due for periodic review"))
        self.title.setObjectName("screenTitle")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.table = list_table([self.tr("File no."), self.tr("Full name"), self.tr("Mobile"),
                                 self.tr("Last reviewed"), self.tr("Due for review since")],
                                columns=FIT, stretch=(1,))
        self.status = QLabel()
        self.open_button = QPushButton(self.tr("Open the file to update it"))
        self.confirm_button = QPushButton(self.tr("Data checked and still current"))
        self.prev_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (self.open_button, self.confirm_button, self.prev_button, self.next_button):
            bottom.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)


class ReviewController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: ReviewView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ReviewView()
        self.page = 0
        self.result: review.ReviewPage | None = None
        self.ops = ctx.screen_ops(self.view)
        self.ops.on_change({ops.BENEFICIARY}, self.refresh)
        v = self.view
        v.hint.setText(self.tr("Records whose data were last reviewed more than %1 months ago. "
                               "Update them with the beneficiary so eligibility stays current.")
                       .replace("%1", str(ctx.profile.review_period_months)))
        v.open_button.clicked.connect(self.open_selected)
        v.confirm_button.clicked.connect(self.confirm_selected)
        v.table.doubleClicked.connect(lambda _i: self.open_selected())
        v.prev_button.clicked.connect(lambda: self.goto(self.page - 1))
        v.next_button.clicked.connect(lambda: self.goto(self.page + 1))

    def load(self) -> None:
        self.refresh()

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def goto(self, page: int) -> None:
        self.page = max(0, page)
        self.refresh()

    def refresh(self) -> None:
        profile, page = self.ctx.profile, self.page
        today, size = self.ctx.clock().date(), self.ctx.settings.page_size
        self.ops.query(lambda db: review.backlog(db, profile, today, page, size), self._show,
                       latest="list", expect={StorageError: self._failed})

    def _show(self, result: review.ReviewPage) -> None:
        self.result = result
        t = self.view.table
        t.setRowCount(0)
        for row in result.rows:
            r = t.rowCount()
            t.insertRow(r)
            mobile = "0" + row.mobile[4:] if row.mobile.startswith("+9665") else row.mobile
            for c, text in enumerate((row.file_number, row.full_name, mobile,
                                      cal.format_dual(row.reviewed_on, self.ctx.lang),
                                      cal.format_dual(row.due_on, self.ctx.lang))):
                t.setItem(r, c, QTableWidgetItem(text))
        if result.rows:
            t.selectRow(0)
        self.view.status.setText(self.tr("Due for review: %1").replace("%1", str(result.total)))
        self.view.prev_button.setEnabled(self.page > 0)
        self.view.next_button.setEnabled(result.has_more)
        for b in (self.view.open_button, self.view.confirm_button):
            b.setEnabled(bool(result.rows))
        self.loaded.emit()

    def _failed(self, exc: StorageError) -> None:
        self.view.status.setText(storage_message(exc))
        self.loaded.emit()

    def selected_id(self) -> str | None:
        r = self.view.table.currentRow()
        if self.result is None or not 0 <= r < len(self.result.rows):
            return None
        return self.result.rows[r].id

    def open_selected(self) -> None:
        bid = self.selected_id()
        if bid:
            self.navigate.emit("beneficiary", {"open": bid})

    def confirm_selected(self) -> None:
        bid = self.selected_id()
        if not bid:
            return
        actor = self.ctx.actor
        # The change notice refreshes this list (and the file, the registry) afterwards.
        self.ops.action(lambda db: review.confirm_current(db, actor, bid),
                        changes={ops.BENEFICIARY}, busy=self.view.confirm_button)
