"""The contacts tab of a beneficiary's file: every contact with the person (enquiries, calls,
visits, requests, what they were told), newest first, and the quick entry beside it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.services import contacts
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.contact_entry import CONTACT, ContactEntry, kind_names, outcome_names


def outcome_text(row: contacts.ContactRow) -> str:
    """«Answered: …» or «Passed on: name» — what became of it, in one cell."""
    if row.outcome == "passed" and row.answered_at is None:
        return outcome_names()["passed"] + ": " + row.passed_to
    if row.outcome:
        return outcome_names()["answered"] + (": " + row.answer if row.answer else "")
    return ""


class BeneficiaryContacts(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ctx.screen_ops(self)
        self.beneficiary_id = ""
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("beneficiaryContacts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kind"), self.tr("Channel"), self.tr("About"),
             self.tr("What became of it")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.entry = ContactEntry(ctx, known=True, parent=self)
        self.entry.setMaximumWidth(460)
        lay = QHBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.entry)
        # hidden rather than shown: a parentless widget shown would open as its own window
        self.entry.setHidden(not ctx.may("beneficiary.log_contact"))
        self.ops.on_change({CONTACT, "message"}, self.refresh)
        # Reads are numbered as they start (the file's own read and this tab's refreshes): a
        # read started later saw the database later, so rows from an earlier one never replace
        # them, whichever is delivered last.
        self._asked = self._shown = 0

    def ask(self) -> int:
        """A number for a read of the contacts about to start (the file's, or a refresh)."""
        self._asked += 1
        return self._asked

    def show_rows(self, beneficiary_id: str, rows: list[contacts.ContactRow],
                  asked: int) -> None:
        """The person's contacts, read with their file by the read numbered ``asked``."""
        self.beneficiary_id = beneficiary_id
        self.entry.for_person(beneficiary_id)
        self._take(asked, rows)

    def refresh(self) -> None:
        """Read the contacts again (one was recorded or answered)."""
        if not self.beneficiary_id:
            return
        person, asked = self.beneficiary_id, self.ask()
        self.ops.query(lambda db: contacts.history(db, person),
                       lambda rows: person == self.beneficiary_id and self._take(asked, rows))

    def _take(self, asked: int, rows: list[contacts.ContactRow]) -> None:
        if asked > self._shown:
            self._shown = asked
            self._show(rows)

    def _show(self, rows: list[contacts.ContactRow]) -> None:
        channels = {c.code: self.ctx.name_of(c) for c in self.ctx.profile.channels}
        kinds, lang = kind_names(), self.ctx.lang
        self.table.setRowCount(0)
        for row in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            when = f"{cal.format_dual(row.at.date(), lang)} {row.at:%H:%M}"
            about = row.summary + (f" ({row.request_number})" if row.request_number else "")
            cells = (when, kinds.get(row.kind, row.kind),
                     channels.get(row.channel_code, row.channel_code), about, outcome_text(row))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
