"""Who looked (administrator): every look at one person's file, scans and documents, or everything
one staff member looked at — who, when (Hijri and Gregorian), from which desk, and refusals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import access, audit_trail, registry
from desk_app.services import staff as staff_service
from desk_app.ui.context import UiContext
from desk_app.ui.document_labels import when
from desk_app.ui.permission_labels import action_names
from desk_app.ui.widgets.fields import banner_label, show_banner
from desk_app.ui.widgets.tables import FIT, list_table


@dataclass(frozen=True)
class _Found:
    title: str
    looks: list[access.Look]


class AccessLogView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accessLog")
        self.title = QLabel(self.tr("Who looked at a file"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.chain = QLabel()  # the audit trail's tamper evidence, checked when the screen opens
        self.chain.setObjectName("hint")
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("File number, ID number or name"))
        self.person_button = QPushButton(self.tr("Show the person's log"))
        self.staff = QComboBox()
        self.staff.setAccessibleName(self.tr("Staff member"))
        self.staff_button = QPushButton(self.tr("Show what this staff member looked at"))
        pick = QHBoxLayout()
        pick.addWidget(self.person, 2)
        pick.addWidget(self.person_button)
        pick.addSpacing(24)
        pick.addWidget(self.staff, 1)
        pick.addWidget(self.staff_button)
        self.subject = QLabel()
        self.subject.setObjectName("sectionTitle")
        self.table = list_table([self.tr("When"), self.tr("Staff member"), self.tr("Desk"),
                                 self.tr("What"), self.tr("Result")], columns=FIT, stretch=(3,))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.chain)
        lay.addWidget(self.banner)
        lay.addLayout(pick)
        lay.addWidget(self.subject)
        lay.addWidget(self.table, 1)


class AccessLogController(QObject):
    def __init__(self, ctx: UiContext, view: AccessLogView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or AccessLogView()
        self.ops = ctx.screen_ops(self.view, banner=self.view.banner)
        self.found: _Found | None = None
        v = self.view
        v.person_button.clicked.connect(self.show_person)
        v.person.returnPressed.connect(self.show_person)
        v.staff_button.clicked.connect(self.show_staff)

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(staff_service.list_staff, self._staff, latest="staff")
        self.ops.query(lambda db: audit_trail.verify(db, actor), self._chain, latest="chain")

    def _chain(self, report: audit_trail.ChainReport) -> None:
        if report.intact:
            text = self.tr("Audit trail: intact (%1 events, every link checked).")
            self.view.chain.setText(text.replace("%1", str(report.events)))
            return
        text = self.tr("Audit trail: BROKEN at event %1 — an entry was changed or removed outside the application. Tell the association's management.")
        show_banner(self.view.banner, text.replace("%1", str(report.broken_at)), "error")

    def enter(self, arg: object = None) -> None:
        if isinstance(arg, dict) and arg.get("beneficiary"):
            self._person(lambda db: registry.get(db, arg["beneficiary"]))

    def _staff(self, rows: list[staff_service.StaffRow]) -> None:
        self.view.staff.clear()
        for row in rows:
            self.view.staff.addItem(f"{row.full_name} ({row.username})", row.id)

    def show_person(self) -> None:
        text = self.view.person.text().strip()
        if not text:
            return

        def first(db: object):  # noqa: ANN202
            rows = registry.search(db, text, page_size=1).rows
            return registry.get(db, rows[0].id) if rows else None

        self._person(first)

    def _person(self, find) -> None:  # noqa: ANN001
        actor = self.ctx.actor

        def fetch(db: object) -> _Found | None:
            b = find(db)
            if b is None:
                return None
            name = " ".join(x for x in (b.first_name, b.father_name, b.grandfather_name,
                                        b.family_name) if x)
            title = self.tr("%1 — file %2").replace("%1", name).replace("%2", b.file_number)
            return _Found(title, access.who_looked(db, actor, b.id))

        self.ops.query(fetch, self._show, latest="log", busy=self.view.person_button)

    def show_staff(self) -> None:
        staff_id, label, actor = (self.view.staff.currentData(), self.view.staff.currentText(),
                                  self.ctx.actor)
        if not staff_id:
            return
        self.ops.query(lambda db: _Found(label, access.looked_at_by(db, actor, staff_id)),
                       self._show, latest="log", busy=self.view.staff_button)

    def _show(self, found: _Found | None) -> None:
        v = self.view
        self.found = found
        v.table.setRowCount(0)
        if found is None:
            show_banner(v.banner, self.tr("No beneficiary matches what was typed."), "error")
            v.subject.clear()
            return
        v.banner.hide()
        v.subject.setText(self.tr("%1: %2 entries").replace("%1", found.title)
                          .replace("%2", str(len(found.looks))))
        names = action_names()
        for look in found.looks:
            r = v.table.rowCount()
            v.table.insertRow(r)
            who = f"{look.full_name} ({look.username})" if look.full_name else look.username
            result = self.tr("allowed") if look.allowed else self.tr("refused")
            for c, text in enumerate((when(look.at, self.ctx.lang), who, look.desk,
                                      names.get(look.action, look.action), result)):
                item = QTableWidgetItem(text)
                if not look.allowed:
                    item.setForeground(QColor("#a30000"))
                v.table.setItem(r, c, item)
