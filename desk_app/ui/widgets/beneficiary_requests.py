"""The beneficiary file's "Requests" tab: every request of this person, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain.workflows import OPEN_STATES
from desk_app.services import request_views
from desk_app.ui.screens import request_labels as RL
from desk_app.ui.widgets.fields import SIZED_ROWS


class BeneficiaryRequests(QWidget):
    """A table of requests; Enter or double-click asks to open one."""

    open_requested = Signal(str)  # request id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[request_views.ListRow] = []
        self.hint = QLabel(self.tr("Enter or double-click opens a request."))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("beneficiaryRequests")
        self.table.setHorizontalHeaderLabels([self.tr("Request no."), self.tr("Service"),
                                              self.tr("Status"), self.tr("Received on"),
                                              self.tr("Response due")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # columns fit the rows a screen shows, not all of them (Qt measures 1,000 by default)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(lambda r, _c: self._open(r))
        self.table.installEventFilter(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.table, 1)

    def show_rows(self, rows: list[request_views.ListRow], service_names: dict[str, str],
                  lang: str) -> None:
        self.rows = sorted(rows, key=lambda r: r.received_at, reverse=True)
        statuses = RL.statuses()
        self.table.setRowCount(0)
        for row in self.rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            due = cal.format_dual(row.due_on, lang) if row.due_on else "—"
            values = (row.number, service_names.get(row.service_code, row.service_code),
                      statuses.get(row.status, row.status),
                      cal.format_dual(row.received_at.date(), lang), due)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if row.overdue:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)

    def open_requests(self) -> list[request_views.ListRow]:
        return [r for r in self.rows if r.status in OPEN_STATES]

    def _open(self, r: int) -> None:
        if 0 <= r < len(self.rows):
            self.open_requested.emit(self.rows[r].id)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        if (obj is self.table and event.type() == event.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open(self.table.currentRow())
            return True
        return False
