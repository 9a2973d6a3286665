"""Contact officers (seed 000 §7): an officer's queue — the open requests, complaints and
enquiries of the people they answer for — and, for the administrator, who is the officer of each
category of beneficiaries and each field of work (the profile's services)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.services import contacts, officers
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.screens import complaint_labels, request_labels
from desk_app.ui.screens.beneficiary_contacts import outcome_text
from desk_app.ui.widgets.contact_entry import CONTACT
from desk_app.ui.widgets.fields import (
    banner_label,
    combo_code,
    fill_combo,
    set_combo_code,
    show_banner,
)
from desk_app.ui.widgets.tables import FIT, list_table

OFFICERS = "officers"


def _table(columns: list[str], name: str) -> QTableWidget:
    return list_table(columns, columns=FIT, name=name)


class OfficerQueueView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("officerQueue")
        self.title = QLabel(self.tr("Contact officer's queue"))
        self.title.setObjectName("screenTitle")
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("Contact officer"))
        self.officer_label = QLabel(self.tr("Contact officer"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.officer_label)
        top.addWidget(self.officer)
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.items = _table([self.tr("Since"), self.tr("Kind"), self.tr("Number"),
                             self.tr("Beneficiary"), self.tr("About"), self.tr("State"),
                             self.tr("Due")], self.tr("Open requests and complaints"))
        self.enquiries = _table([self.tr("When"), self.tr("Who"), self.tr("About"),
                                 self.tr("What became of it")], self.tr("Enquiries waiting"))
        self.open_button = QPushButton(self.tr("Open"))
        self.items_label = QLabel()
        self.enquiries_label = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.scope)
        lay.addWidget(self.items_label)
        lay.addWidget(self.items, 3)
        lay.addWidget(self.enquiries_label)
        lay.addWidget(self.enquiries, 2)
        lay.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)


class OfficerQueueController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: OfficerQueueView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or OfficerQueueView()
        self.queue: officers.OfficerQueue | None = None
        self.ops = ctx.screen_ops(self.view)
        self.ops.on_change({CONTACT, OFFICERS, "request", "complaint"}, self.refresh)
        others = ctx.may("enquiry.follow_up")  # the manager looks at any officer's queue
        self.view.officer.setVisible(others)
        self.view.officer_label.setVisible(others)
        fill_combo(self.view.officer, [(ctx.actor.id or "", ctx.actor.full_name
                                        or ctx.actor.username)])
        self.view.officer.activated.connect(lambda _i: self.refresh())
        self.view.open_button.clicked.connect(self.open_selected)
        self.view.items.doubleClicked.connect(lambda _i: self.open_selected())

    def load(self) -> None:
        if self.view.officer.isVisibleTo(self.view):
            self.ops.query(contacts.staff_choices, self._fill_officers, latest="staff")
        self.refresh()

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def _fill_officers(self, rows: list[tuple[str, str]]) -> None:
        current = combo_code(self.view.officer)
        fill_combo(self.view.officer, rows)
        set_combo_code(self.view.officer, current)

    def refresh(self) -> None:
        staff_id, actor = combo_code(self.view.officer), self.ctx.actor
        self.ops.query(lambda db: officers.queue(db, actor, staff_id), self._show,
                       latest="queue")

    def _show(self, q: officers.OfficerQueue) -> None:
        self.queue, v, p = q, self.view, self.ctx.profile
        cats = {c.code: self.ctx.name_of(c) for c in p.categories}
        services = {s.code: self.ctx.name_of(s) for s in p.services}
        if q.categories or q.services:
            v.scope.setText(self.tr("Answers for: %1").replace("%1", joined(
                [cats.get(c, c) for c in q.categories] + [services.get(s, s)
                                                          for s in q.services])))
        else:
            v.scope.setText(self.tr("No category or field is assigned to this officer yet "
                                    "(the administrator assigns them)."))
        self._fill_items(q, services)
        self._fill_enquiries(q)
        v.items_label.setText(self.tr("Open requests and complaints: %1").replace(
            "%1", str(len(q.items))))
        v.enquiries_label.setText(self.tr("Enquiries waiting for an answer: %1").replace(
            "%1", str(len(q.enquiries))))
        self.loaded.emit()

    def _fill_items(self, q: officers.OfficerQueue, services: dict[str, str]) -> None:
        t, lang = self.view.items, self.ctx.lang
        req_states, c_states = request_labels.statuses(), complaint_labels.states()
        ccats = {c.code: self.ctx.name_of(c) for c in self.ctx.profile.complaint_categories}
        t.setRowCount(0)
        for i in q.items:
            r = t.rowCount()
            t.insertRow(r)
            is_request = i.kind == "request"
            cells = (cal.format_dual(i.since, lang),
                     self.tr("Request") if is_request else self.tr("Complaint"), i.number,
                     f"{i.who} ({i.file_number})",
                     services.get(i.about, i.about) if is_request else ccats.get(i.about, i.about),
                     (req_states if is_request else c_states).get(i.status, i.status),
                     cal.format_dual(i.due_on, lang) if i.due_on else "")
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))

    def _fill_enquiries(self, q: officers.OfficerQueue) -> None:
        t = self.view.enquiries
        t.setRowCount(0)
        for e in q.enquiries:
            r = t.rowCount()
            t.insertRow(r)
            who = e.who + (f" ({e.file_number})" if e.file_number else "")
            cells = (f"{cal.format_gregorian(e.at.date(), self.ctx.lang)} {e.at:%H:%M}", who,
                     e.summary, outcome_text(e))
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))

    def open_selected(self) -> None:
        r = self.view.items.currentRow()
        if self.queue is None or not 0 <= r < len(self.queue.items):
            return
        item = self.queue.items[r]
        back = ("officers", None)
        if item.kind == "request":
            self.navigate.emit("request", {"open": item.id, "back": back})
        else:
            self.navigate.emit("complaint", {"open": item.id})


class OfficerAssignView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("officerAssign")
        self.title = QLabel(self.tr("Contact officers"))
        self.title.setObjectName("screenTitle")
        note = QLabel(self.tr("The policy names a contact officer for each category of "
                              "beneficiaries and each field of the association's work, to "
                              "receive and answer their enquiries."))
        note.setWordWrap(True)
        self.banner = banner_label()
        self.table = _table([self.tr("Kind"), self.tr("Category or field"),
                             self.tr("Contact officer")], self.tr("Contact officers"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.save_button = QPushButton(self.tr("Save the contact officers"))
        self.save_button.setObjectName("primary")
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(note)
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeading)


class OfficerAssignController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: OfficerAssignView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or OfficerAssignView()
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.rows: list[tuple[str, str, QComboBox]] = []
        self.saved: dict[tuple[str, str], str] = {}
        self.view.save_button.clicked.connect(self.save)

    def load(self) -> None:
        self.ops.query(lambda db: (contacts.staff_choices(db), officers.assignments(db)),
                       self._show, latest="list")

    def enter(self, arg: object = None) -> None:
        self.load()

    def _show(self, got: tuple[list[tuple[str, str]], list[officers.Assignment]]) -> None:
        staff, current = got
        self.saved = {(a.scope, a.code): a.staff_id for a in current}
        p, t = self.ctx.profile, self.view.table
        entries = [("category", c.code, self.tr("Category"), self.ctx.name_of(c))
                   for c in p.categories]
        entries += [("service", s.code, self.tr("Field of work"), self.ctx.name_of(s))
                    for s in p.services]
        t.setRowCount(0)
        self.rows = []
        for scope, code, kind, name in entries:
            r = t.rowCount()
            t.insertRow(r)
            t.setItem(r, 0, QTableWidgetItem(kind))
            t.setItem(r, 1, QTableWidgetItem(name))
            combo = QComboBox()
            combo.setAccessibleName(name)
            fill_combo(combo, staff, blank=self.tr("— nobody —"))
            set_combo_code(combo, self.saved.get((scope, code), ""))
            t.setCellWidget(r, 2, combo)
            self.rows.append((scope, code, combo))
        self.loaded.emit()

    def save(self) -> bool:
        changes = [(scope, code, combo_code(combo)) for scope, code, combo in self.rows
                   if combo_code(combo) != self.saved.get((scope, code), "")]
        actor, profile = self.ctx.actor, self.ctx.profile

        def run(db: object) -> int:
            for scope, code, staff_id in changes:
                officers.assign(db, actor, scope, code, staff_id, profile)
            return len(changes)

        def done(n: int) -> None:
            show_banner(self.view.banner, self.tr("Saved (%1 changed).").replace("%1", str(n)),
                        "ok")
            self.load()

        return self.ops.action(run, done, changes={OFFICERS}, busy=self.view.save_button)
