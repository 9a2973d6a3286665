"""The committee-meetings screen's widgets (layout only; behaviour in ``meetings.py``): the
meeting (committee, date, time, in person or remote, place), the members present with the
quorum, the agenda with a decision and reason per request, and the minutes with each member's
approval and the printed PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, fill_combo, set_combo_code
from desk_app.ui.widgets.pdf_preview import PdfPreview
from desk_app.ui.widgets.tables import FIT, list_table

# the agenda table's columns
NUMBER, NAME, SERVICE, BRANCH, WAITING, DECISION, REASON = range(7)


class MeetingsView(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetings")
        self.title = QLabel(self.tr("Committee meetings"))
        self.title.setObjectName("screenTitle")
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Meeting"))
        self.chooser.setMinimumWidth(460)
        self.banner = banner_label()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Meeting")))
        top.addWidget(self.chooser)
        upper = QHBoxLayout()
        upper.addWidget(self._meeting_box(lang), 3)
        upper.addWidget(self._members_box(), 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._agenda_page(), self.tr("Agenda and decisions"))
        self.tabs.addTab(self._minutes_page(), self.tr("Minutes and approval"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addLayout(upper)
        lay.addWidget(self.tabs, 1)

    def _meeting_box(self, lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("The meeting"))
        self.committee = QComboBox()
        self.held_on = DualDateEdit(lang=lang)
        self.starts_at = QLineEdit()
        self.starts_at.setPlaceholderText("10:00")
        self.starts_at.setMaximumWidth(80)
        self.mode = QComboBox()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. the meeting room, or a video call"))
        self.boxes = {"committee_code": FieldBox(self.committee),
                      "held_on": FieldBox(self.held_on), "mode": FieldBox(self.mode),
                      "place": FieldBox(self.place), "starts_at": FieldBox(self.starts_at)}
        self.create_button = QPushButton(self.tr("Set up the meeting"))
        self.create_button.setObjectName("primary")
        self.state = QLabel()
        self.state.setObjectName("sectionTitle")
        self.state.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Committee"), self.boxes["committee_code"])
        date_row = QHBoxLayout()
        date_row.addWidget(self.boxes["held_on"], 1)
        date_row.addWidget(QLabel(self.tr("Time")))
        date_row.addWidget(self.boxes["starts_at"])
        form.addRow(self.tr("Date"), date_row)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.boxes["mode"])
        mode_row.addWidget(self.boxes["place"], 1)
        form.addRow(self.tr("Held"), mode_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)
        return box

    def _members_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Members present"))
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Members present"))
        self.members.setMaximumHeight(110)
        self.boxes["members"] = FieldBox(self.members)
        self.quorum = QLabel()
        self.quorum.setObjectName("quorum")  # red when not met (ui/desk_style.py)
        self.quorum.setWordWrap(True)
        self.members_button = QPushButton(self.tr("Update the members present"))
        row = QHBoxLayout()
        row.addWidget(self.quorum, 1)
        row.addWidget(self.members_button)
        lay = QVBoxLayout(box)
        lay.addWidget(self.boxes["members"])
        lay.addLayout(row)
        return box

    def _agenda_page(self) -> QWidget:
        page = QWidget()
        self.service_filter = QComboBox()
        self.branch_filter = QComboBox()
        self.min_days = QSpinBox()
        self.min_days.setRange(0, 3650)
        self.min_days.setAccessibleName(self.tr("Waiting at least (days)"))
        self.refresh_button = QPushButton(self.tr("Refresh  (F5)"))
        filters = QHBoxLayout()
        for label, w in ((self.tr("Service"), self.service_filter),
                         (self.tr("Branch"), self.branch_filter),
                         (self.tr("Waiting at least (days)"), self.min_days)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w, 1 if isinstance(w, QComboBox) else 0)
        filters.addWidget(self.refresh_button)
        self.agenda = list_table(
            [self.tr("Request"), self.tr("Beneficiary"), self.tr("Service"), self.tr("Branch"),
             self.tr("Days waiting"), self.tr("Decision"), self.tr("Reason")],
            columns=FIT, stretch=(NAME, REASON), name=self.tr("Agenda"))
        self.count = QLabel()
        self.open_button = QPushButton(self.tr("Open the request"))
        self.record_button = QPushButton(self.tr("Record the meeting's decisions"))
        self.record_button.setObjectName("primary")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.record_button)
        lay = QVBoxLayout(page)
        lay.addLayout(filters)
        lay.addWidget(self.agenda, 1)
        lay.addLayout(bottom)
        return page

    def _minutes_page(self) -> QWidget:
        page = QWidget()
        side = QGroupBox(self.tr("Approval by the members"))
        self.approvals = QLabel()
        self.approvals.setWordWrap(True)
        self.approver = QComboBox()
        self.approver.setAccessibleName(self.tr("Member"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("The member's own password"))
        self.approve_boxes = {"member": FieldBox(self.approver),
                              "password": FieldBox(self.password)}
        self.approve_button = QPushButton(self.tr("Approve the minutes"))
        self.approve_button.setObjectName("primary")
        self.print_button = QPushButton(self.tr("Print the minutes"))
        form = QFormLayout(side)
        form.addRow(self.approvals)
        form.addRow(self.tr("Member"), self.approve_boxes["member"])
        form.addRow(self.tr("The member's own password"), self.approve_boxes["password"])
        form.addRow("", self.approve_button)
        form.addRow("", self.print_button)
        self.preview = PdfPreview()
        lay = QHBoxLayout(page)
        lay.addWidget(side, 2)
        lay.addWidget(self.preview, 3)
        return page

    def add_row(self, request_id: str, texts: dict[int, str],
                inputs: tuple[list[tuple[str, str]], str, str] | None = None,
                red: bool = False) -> None:
        """One agenda line: ``texts`` by column; ``inputs`` (the decisions offered, the one
        chosen, the reason typed) puts an editable decision and reason in the line."""
        t = self.agenda
        i = t.rowCount()
        t.insertRow(i)
        for col, text in texts.items():
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, request_id)
            if red:
                item.setForeground(QColor("#a30000"))
            t.setItem(i, col, item)
        if inputs is None:
            return
        choices, decision, reason = inputs
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Decision"))
        fill_combo(combo, choices)
        set_combo_code(combo, decision)
        line = QLineEdit(reason)
        line.setAccessibleName(self.tr("Reason"))
        t.setCellWidget(i, DECISION, combo)
        t.setCellWidget(i, REASON, line)
