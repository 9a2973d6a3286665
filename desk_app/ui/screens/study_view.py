"""The social study form's layout (widgets only; behaviour in :mod:`desk_app.ui.screens.study`):
the visit and housing, the monthly income and expenses with their totals, then health, the
household's members with an editable situation each, needs and the recommendation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.study import EXPENSE_ITEMS, INCOME_SOURCES
from desk_app.ui.screens import study_labels as L
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label


def _text(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _amount() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("0")
    edit.setMaximumWidth(140)
    return edit


class StudyView(QWidget):
    """Layout only. ``boxes`` maps the service's field names to their boxes (errors beside)."""

    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("study")
        self.title = QLabel(self.tr("Social study"))
        self.title.setObjectName("screenTitle")
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        self.who = QLabel()
        self.who.setObjectName("hint")
        self.back_button = QPushButton(self.tr("Back  (Esc)"))
        self.banner = banner_label()
        self.visit_on = DualDateEdit(lang=lang)
        self.visit_kind = QComboBox()
        self.housing_kind = QComboBox()
        self.housing = _text(54)
        self.income = {code: _amount() for code in INCOME_SOURCES}
        self.expenses = {code: _amount() for code in EXPENSE_ITEMS}
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.health = _text(54)
        self.members = QTableWidget(0, 3)
        self.members.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Situation")])
        self.members.verticalHeader().setVisible(False)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.members.setMinimumHeight(120)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.needs = _text(54)
        self.recommendation = _text(70)
        self.save_button = QPushButton(self.tr("Save the study  (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        self.report_button = QPushButton(self.tr("Study report (PDF)"))
        self.request_button = QPushButton(self.tr("Open the request"))
        self.boxes: dict[str, FieldBox] = {
            "visit_on": FieldBox(self.visit_on), "visit_kind": FieldBox(self.visit_kind),
            "housing_kind": FieldBox(self.housing_kind), "housing": FieldBox(self.housing),
            **{f"income.{c}": FieldBox(w) for c, w in self.income.items()},
            **{f"expenses.{c}": FieldBox(w) for c, w in self.expenses.items()},
            "health": FieldBox(self.health), "members": FieldBox(self.members),
            "needs": FieldBox(self.needs), "recommendation": FieldBox(self.recommendation)}
        self.groups = self._groups()
        self._lay_out()

    def _groups(self) -> dict[str, QGroupBox]:
        """One group per part of the study (the profile hides the parts it does not use)."""
        b = self.boxes
        g = {name: QGroupBox(title) for name, title in (
            ("visit", self.tr("Visit")), ("housing", self.tr("Housing")),
            ("income", self.tr("Monthly income (SAR)")),
            ("expenses", self.tr("Monthly expenses (SAR)")), ("health", self.tr("Health")),
            ("household", self.tr("Household members and their situation")),
            ("needs", self.tr("Needs")), ("recommendation", self.tr("Recommendation")))}
        visit = QFormLayout(g["visit"])
        visit.addRow(self.tr("Date of the visit"), b["visit_on"])
        visit.addRow(self.tr("Kind of visit"), b["visit_kind"])
        housing = QFormLayout(g["housing"])
        housing.addRow(self.tr("Kind of housing"), b["housing_kind"])
        housing.addRow(self.tr("Description"), b["housing"])
        for part, words, prefix in (("income", L.income_sources(), "income"),
                                    ("expenses", L.expense_items(), "expenses")):
            form = QFormLayout(g[part])
            for code, label in words.items():
                form.addRow(label, b[f"{prefix}.{code}"])
        for part, box in (("health", "health"), ("household", "members"), ("needs", "needs"),
                          ("recommendation", "recommendation")):
            QVBoxLayout(g[part]).addWidget(b[box])
        return g

    def _lay_out(self) -> None:
        g = self.groups
        money = QWidget()
        grid = QGridLayout(money)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(g["income"], 0, 0)
        grid.addWidget(g["expenses"], 0, 1)
        grid.addWidget(self.totals, 1, 0, 1, 2)
        first, second = QVBoxLayout(), QVBoxLayout()
        for w in (g["visit"], g["housing"], money):
            first.addWidget(w)
        first.addStretch(1)
        for w in (g["health"], g["household"], g["needs"], g["recommendation"]):
            second.addWidget(w)
        second.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(first, 1)
        columns.addLayout(second, 1)
        area = QScrollArea()
        area.setWidget(body)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addWidget(self.who, 1)
        top.addWidget(self.back_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(self.request_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(area, 1)
        lay.addLayout(bottom)
