"""Layout of the request screen's "Aid given" tab (no behaviour): the deliveries recorded
against the request, with their receipts, and the form of a new delivery (cash, in kind or a
service) with the repeat warning shown before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox
from desk_app.ui.widgets.list_editor import Column, ListEditor
from desk_app.ui.widgets.tables import FIT, list_table


class AidList(QGroupBox):
    """What was given against this request, one row per delivery."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Aid given against this request"), parent)
        self.table = list_table([self.tr("Number and date"), self.tr("Kind"),
                                 self.tr("What was given"), self.tr("Receipt")],
                                columns=FIT, stretch=(2,), name=self.tr("Aid given"))
        self.table.setObjectName("aidList")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 120)  # a state in a few words, wrapped
        self.table.setMinimumHeight(120)
        self.table.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing has been given against this request yet."))
        self.print_button = QPushButton(self.tr("Print the handover receipt"))
        self.attach_button = QPushButton(self.tr("Attach the signed receipt…"))
        self.view_button = QPushButton(self.tr("View the signed receipt"))
        self.scan_error = QLabel()
        self.scan_error.setObjectName("fieldError")
        self.scan_error.setWordWrap(True)
        self.scan_error.hide()
        buttons = QHBoxLayout()
        for b in (self.print_button, self.attach_button, self.view_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.scan_error)


class AidForm(QGroupBox):
    """A new delivery; fields not of the chosen kind are hidden (what was typed stays)."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Record aid given"), parent)
        self.kind = QComboBox()
        self.kind.setObjectName("aidKind")
        self.programme = QComboBox()
        self.delivered_on = DualDateEdit(lang=lang)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 1500 or 1500.50"))
        self.payment_method = QComboBox()
        self.iban = QLineEdit()
        self.iban.setPlaceholderText("SA00 0000 0000 0000 0000 0000")
        self.cheque_number = QLineEdit()
        self.items = ListEditor([Column("name", self.tr("Item")),
                                 Column("quantity", self.tr("Quantity")),
                                 Column("unit", self.tr("Unit"))])
        self.items.setMinimumHeight(130)
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(50)
        self.start = DualDateEdit(lang=lang)
        self.end = DualDateEdit(lang=lang)
        self.warning = QLabel()
        self.warning.setObjectName("aidWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.repeat_reason = QLineEdit()
        self.repeat_reason.setPlaceholderText(self.tr("Why the aid is given again (kept with it)"))
        self.record_button = QPushButton(self.tr("Record the aid given"))
        self.record_button.setObjectName("primary")
        self.boxes = {name: FieldBox(w) for name, w in (
            ("kind", self.kind), ("programme_code", self.programme),
            ("delivered_on", self.delivered_on), ("amount", self.amount),
            ("payment_method", self.payment_method), ("iban", self.iban),
            ("cheque_number", self.cheque_number), ("items", self.items),
            ("details", self.details), ("programme_start", self.start),
            ("programme_end", self.end), ("repeat_reason", self.repeat_reason))}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # hidden rows leave no gaps: the rows keep their own heights
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in (
                ("kind", self.tr("Kind of aid")), ("programme_code", self.tr("Programme")),
                ("delivered_on", self.tr("Delivered on")), ("amount", self.tr("Amount (SAR)")),
                ("payment_method", self.tr("Paid by")), ("iban", self.tr("IBAN")),
                ("cheque_number", self.tr("Cheque number")), ("items", self.tr("Items")),
                ("details", self.tr("Details")), ("programme_start", self.tr("Programme start")),
                ("programme_end", self.tr("Programme end"))):
            self.form.addRow(label, self.boxes[name])
        self.form.addRow("", self.warning)
        self.form.addRow(self.tr("Reason to give again"), self.boxes["repeat_reason"])
        self.form.addRow("", self.record_button)

    def show_row(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.boxes[name], visible)


class AidPanel(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aidPanel")
        self.list = AidList()
        self.form = AidForm(lang)
        lay = QHBoxLayout(self)
        lay.addWidget(self.form, 1)
        lay.addWidget(self.list, 1)
