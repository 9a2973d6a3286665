"""Enquiries (shared seed 000 §7, §8): the quick entry for someone not in the registry, and the
day's enquiries, calls and visits for the manager, with those still waiting for an answer.

A contact from a registered person is recorded on their file (its Contacts tab); this screen is
for the caller or visitor the desk does not know, and for following what came in.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.services import contacts
from desk_app.ui.context import UiContext
from desk_app.ui.screens.beneficiary_contacts import outcome_text
from desk_app.ui.widgets.contact_entry import CONTACT, ContactEntry, kind_names
from desk_app.ui.widgets.fields import FieldBox, banner_label, show_banner


def _ltr(text: str) -> str:
    """A number keeps its order (+966… not 966…+) in an Arabic row; Qt ignores the isolates."""
    return "\u202a" + text + "\u202c" if text else ""


class ContactNewView(QWidget):
    def __init__(self, entry: ContactEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactNew")
        self.title = QLabel(self.tr("Record an enquiry"))
        self.title.setObjectName("screenTitle")
        note = QLabel(self.tr("For someone not in the registry. A registered person's contact "
                              "is recorded on their file (Contacts tab), so that it shows in "
                              "their history."))
        note.setWordWrap(True)
        self.entry = entry
        self.entry.setMaximumWidth(720)
        self.registry_button = QPushButton(self.tr("Search the registry"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(note)
        lay.addWidget(self.entry)
        lay.addWidget(self.registry_button, 0, Qt.AlignmentFlag.AlignLeading)
        lay.addStretch(1)


class ContactNewController(QObject):
    navigate = Signal(str, object)

    def __init__(self, ctx: UiContext, view: ContactNewView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ContactNewView(ContactEntry(ctx, known=False))
        self.view.registry_button.clicked.connect(lambda: self.navigate.emit("registry", None))

    def load(self) -> None:
        self.view.entry.load_staff()

    def enter(self, arg: object = None) -> None:
        self.view.entry.person_name.setFocus()


class EnquiriesView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("enquiries")
        self.title = QLabel(self.tr("Enquiries of the day"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.previous_button = QPushButton(self.tr("Previous day"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Next day"))
        self.day_label = QLabel()
        self.day_label.setObjectName("status")
        self.open_only = QCheckBox(self.tr("Only those waiting for an answer (any day)"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for w in (self.previous_button, self.day_label, self.next_button, self.today_button,
                  self.open_only):
            top.addWidget(w)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Mobile number"), self.tr("Kind"),
             self.tr("Channel"), self.tr("About"), self.tr("What became of it")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Enquiries of the day"))
        self.counts = QLabel()
        self.answer = QPlainTextEdit()
        self.answer.setFixedHeight(54)
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("The answer given to the selected enquiry"))
        self.answer.setAccessibleName(self.tr("Answer"))
        self.boxes = {"answer": FieldBox(self.answer)}
        self.answer_button = QPushButton(self.tr("Record the answer"))
        self.open_file_button = QPushButton(self.tr("Open the file"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.boxes["answer"], 1)
        bottom.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.open_file_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.counts)
        lay.addLayout(bottom)


class EnquiriesController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: EnquiriesView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or EnquiriesView()
        self.day: date = ctx.clock().date()
        self.rows: list[contacts.ContactRow] = []
        v = self.view
        self.ops = ctx.screen_ops(v, v.banner, v.boxes)
        self.ops.on_change({CONTACT}, self.refresh)
        v.previous_button.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        v.next_button.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        v.today_button.clicked.connect(lambda: self.show_day(self.ctx.clock().date()))
        v.open_only.toggled.connect(lambda _on: self.refresh())
        v.table.itemSelectionChanged.connect(self._selection_changed)
        v.answer_button.clicked.connect(self.record_answer)
        v.open_file_button.clicked.connect(self.open_file)
        v.table.doubleClicked.connect(lambda _i: self.open_file())

    def load(self) -> None:
        self.refresh()

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def show_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        v, day, actor = self.view, self.day, self.ctx.actor
        open_only = v.open_only.isChecked()
        v.day_label.setText(cal.format_dual(day, self.ctx.lang))
        for w in (v.previous_button, v.next_button, v.today_button, v.day_label):
            w.setEnabled(not open_only)
        self.ops.query(lambda db: contacts.day_list(db, actor, day, open_only=open_only),
                       self._show, latest="list")

    def _show(self, rows: list[contacts.ContactRow]) -> None:
        self.rows = rows
        channels = {c.code: self.ctx.name_of(c) for c in self.ctx.profile.channels}
        kinds, t = kind_names(), self.view.table
        t.setRowCount(0)
        for row in rows:
            r = t.rowCount()
            t.insertRow(r)
            when = (f"{row.at:%H:%M}" if not self.view.open_only.isChecked() else
                    f"{cal.format_gregorian(row.at.date(), self.ctx.lang)} {row.at:%H:%M}")
            who = row.who + (f" ({row.file_number})" if row.file_number else "")
            cells = (when, who, _ltr(row.phone), kinds.get(row.kind, row.kind),
                     channels.get(row.channel_code, row.channel_code), row.summary,
                     outcome_text(row))
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        t.resizeRowsToContents()
        waiting = sum(1 for r in rows if r.open)
        self.view.counts.setText(self.tr("Contacts: %1 — waiting for an answer: %2")
                                 .replace("%1", str(len(rows))).replace("%2", str(waiting)))
        self._selection_changed()
        self.loaded.emit()

    def _selected(self) -> contacts.ContactRow | None:
        picked = self.view.table.selectionModel().selectedRows()
        r = picked[0].row() if picked else self.view.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self._selected()
        can_answer = row is not None and row.open and self.ctx.may("enquiry.answer")
        self.view.answer_button.setEnabled(can_answer)
        self.view.answer.setEnabled(can_answer)
        self.view.open_file_button.setEnabled(row is not None and bool(row.beneficiary_id))

    def record_answer(self) -> bool:
        row = self._selected()
        if row is None or not row.open:
            return False
        text, actor = self.view.answer.toPlainText(), self.ctx.actor
        self.view.boxes["answer"].set_error("")

        def done(_r: object) -> None:
            self.view.answer.clear()
            show_banner(self.view.banner, self.tr("The answer is recorded."), "ok")

        return self.ops.action(lambda db: contacts.answer(db, actor, row.id, text), done,
                               changes={CONTACT}, busy=self.view.answer_button)

    def open_file(self) -> None:
        row = self._selected()
        if row is not None and row.beneficiary_id:
            self.navigate.emit("beneficiary", {"open": row.beneficiary_id})
