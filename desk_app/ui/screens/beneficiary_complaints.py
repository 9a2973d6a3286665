"""The complaints tab of a beneficiary's file: their complaints, opened with a double click."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.services import complaint_views
from desk_app.ui.context import UiContext
from desk_app.ui.screens import complaint_labels as L


class BeneficiaryComplaints(QWidget):
    """Emits ``navigate`` like a controller does, so the form just forwards it."""

    navigate = Signal(str, object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.beneficiary_id = ""
        self.rows: list[complaint_views.Row] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("beneficiaryComplaints")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Received on"), self.tr("Category"), self.tr("State"),
             self.tr("Deadline")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.new_button = QPushButton(self.tr("New complaint from this beneficiary"))
        self.open_button = QPushButton(self.tr("Open the complaint"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(
            lambda: self.navigate.emit("complaint_new", {"beneficiary": self.beneficiary_id}))

    def show_rows(self, beneficiary_id: str, rows: list[complaint_views.Row]) -> None:
        """The person's complaints, read with their file (beneficiary_fetch)."""
        self.beneficiary_id = beneficiary_id
        self.rows = list(rows)
        cats = {c.code: self.ctx.name_of(c) for c in self.ctx.profile.complaint_categories}
        states, deadlines = L.states(), L.deadline_states()
        self.table.setRowCount(0)
        for r in self.rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (r.number, cal.format_gregorian(r.received_on, self.ctx.lang),
                     cats.get(r.category_code, r.category_code), states[r.status],
                     deadlines[r.deadline_state])
            for c, text in enumerate(cells):
                self.table.setItem(row, c, QTableWidgetItem(text))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.navigate.emit("complaint", {"open": self.rows[row].id})
