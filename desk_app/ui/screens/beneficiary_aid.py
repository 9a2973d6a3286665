"""The "Aid received" tab of a beneficiary's file: what the household (this file, the members
it lists and the files that list or hold the same IDs) has received, in totals."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services import aid
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.screens import aid_labels as AL


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class BeneficiaryAid(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("beneficiaryAid")
        self.ctx = ctx
        self.note = QLabel(self.tr("Totals of the whole household: this file, its members and "
                                   "every file that holds or lists one of their ID numbers."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.deliveries, self.cash, self.in_kind, self.items, self.services, self.files = (
            _value() for _ in range(6))
        form = QFormLayout()
        for label, widget in ((self.tr("Deliveries"), self.deliveries),
                              (self.tr("Cash paid"), self.cash),
                              (self.tr("In-kind deliveries"), self.in_kind),
                              (self.tr("Items received"), self.items),
                              (self.tr("Services given"), self.services),
                              (self.tr("Files counted"), self.files)):
            form.addRow(label, widget)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addLayout(form)
        lay.addStretch(1)
        self.totals: aid.HouseholdTotals | None = None

    def show_totals(self, t: aid.HouseholdTotals) -> None:
        """The household's totals, read with the file (beneficiary_fetch)."""
        self.totals = t
        # A wrapped label takes its direction from its first letter: a value starting with a
        # digit or a file number would sit at the far side of an Arabic form. The mark keeps
        # every value on the form's reading side.
        mark = "\u200f" if self.isRightToLeft() else ""
        for label, text in (
                (self.deliveries, str(t.deliveries)),
                (self.cash, self.tr("%1 in %2 payment(s)").replace(
                    "%1", AL.riyals(t.cash_halalas)).replace("%2", str(t.cash_count))),
                (self.in_kind, str(t.in_kind_count)),
                (self.items, joined(f"{name} × {q}" for name, q in t.items) or "—"),
                (self.services, str(t.service_count)), (self.files, joined(t.files))):
            label.setText(mark + text)
