"""The register of personal-data requests (access, correction, destruction, objection): each
with its 30-day clock, the identity check and the answer; for a registered person, everything
held about them exported (Arabic PDF, Excel, JSON) and written to the access log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.config import data_dir
from desk_app.domain import subject_requests as rules
from desk_app.domain.calendar import format_dual
from desk_app.services import consent, subject_export
from desk_app.services import subject_requests as dsr
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, show_banner
from desk_app.ui.widgets.tables import list_table


def kind_names() -> dict[str, str]:
    return {"access": QCoreApplication.translate("SubjectRequests", "Access to the data"),
            "correction": QCoreApplication.translate("SubjectRequests", "Correction"),
            "destruction": QCoreApplication.translate("SubjectRequests", "Destruction"),
            "objection": QCoreApplication.translate("SubjectRequests", "Objection to processing")}


def identity_names() -> dict[str, str]:
    return {"national_id": QCoreApplication.translate("SubjectRequests", "National ID card"),
            "iqama": QCoreApplication.translate("SubjectRequests", "Iqama"), "passport": QCoreApplication.translate("SubjectRequests", "Passport"),
            "family_card": QCoreApplication.translate("SubjectRequests", "Family card")}


def outcome_names() -> dict[str, str]:
    return {"granted": QCoreApplication.translate("SubjectRequests", "Granted"),
            "partly_granted": QCoreApplication.translate("SubjectRequests", "Partly granted"),
            "refused": QCoreApplication.translate("SubjectRequests", "Refused (with the reason)")}


def _combo(items: dict[str, str], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for code, label in items.items():
        combo.addItem(label, code)
    return combo


class SubjectRequestsView(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("subjectRequests")
        self.title = QLabel(self.tr("Personal-data requests"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.table = list_table(
            [self.tr("Number"), self.tr("Request"), self.tr("Requester"), self.tr("Received"),
             self.tr("Answer due"), self.tr("Identity"), self.tr("State")])
        lower = QHBoxLayout()
        lower.addWidget(self._new_box(lang), 1)
        lower.addWidget(self._selected_box(), 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(lower)

    def _new_box(self, lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("New request"))
        self.kind = _combo(kind_names(), self.tr("Request"))
        self.requester = QLineEdit()
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("File number or ID number (if registered)"))
        self.received = DualDateEdit(lang=lang)
        self.details = QLineEdit()
        self.boxes = {"kind": FieldBox(self.kind), "requester_name": FieldBox(self.requester),
                      "person": FieldBox(self.person), "received": FieldBox(self.received)}
        self.record_button = QPushButton(self.tr("Record the request"))
        self.record_button.setObjectName("primary")
        form = QFormLayout(box)
        form.addRow(self.tr("Request"), self.boxes["kind"])
        form.addRow(self.tr("Requester"), self.boxes["requester_name"])
        form.addRow(self.tr("About"), self.boxes["person"])
        form.addRow(self.tr("Received on"), self.boxes["received"])
        form.addRow(self.tr("Details"), self.details)
        form.addRow("", self.record_button)
        return box

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected request"))
        self.selected = QLabel(self.tr("Select a request in the list."))
        self.selected.setWordWrap(True)
        self.identity = _combo(identity_names(), self.tr("Identity document"))
        self.identity_button = QPushButton(self.tr("Identity checked"))
        self.outcome = _combo(outcome_names(), self.tr("Answer"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was done, or why not"))
        self.answer_boxes = {"outcome": FieldBox(self.outcome),
                             "outcome_note": FieldBox(self.note)}
        self.answer_button = QPushButton(self.tr("Record the answer"))
        self.export_button = QPushButton(self.tr("Export everything held about this person"))
        self.withdraw_button = QPushButton(self.tr("Record the withdrawal of consent"))
        form = QFormLayout(box)
        form.addRow(self.selected)
        row = QHBoxLayout()
        row.addWidget(self.identity, 1)
        row.addWidget(self.identity_button)
        form.addRow(self.tr("Identity document"), row)
        form.addRow(self.tr("Answer"), self.answer_boxes["outcome"])
        form.addRow(self.tr("Note"), self.answer_boxes["outcome_note"])
        form.addRow("", self.answer_button)
        form.addRow("", self.export_button)
        form.addRow("", self.withdraw_button)
        return box


class SubjectRequestsController(QObject):
    def __init__(self, ctx: UiContext, view: SubjectRequestsView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or SubjectRequestsView(ctx.lang)
        v = self.view
        self.ops = ctx.screen_ops(v, v.banner)
        self.rows: list[dsr.RegisterRow] = []
        self.exported: subject_export.SubjectExport | None = None
        self.withdrawal: consent.Withdrawal | None = None
        v.received.set_value(ctx.clock().strftime("%d/%m/%Y"))
        v.record_button.clicked.connect(self.record)
        v.identity_button.clicked.connect(self.check_identity)
        v.answer_button.clicked.connect(self.answer)
        v.export_button.clicked.connect(self.export)
        v.withdraw_button.clicked.connect(self.withdraw_consent)
        v.table.itemSelectionChanged.connect(self._selection)
        v.answer_button.setVisible(ctx.may("subject_request.close"))
        v.export_button.setVisible(ctx.may("subject_request.export"))
        v.withdraw_button.setVisible(ctx.may("request.withdraw"))
        self._selection()

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: dsr.register(db, actor), self._show, latest="register")

    def _show(self, rows: list[dsr.RegisterRow]) -> None:
        v, lang = self.view, self.ctx.lang
        keep = self.current().id if self.current() else None
        self.rows = rows
        open_rows = [r for r in rows if r.status == rules.OPEN]
        late = sum(1 for r in rows if r.overdue)
        v.summary.setText(self.tr("%1 open, %2 past the 30 days.").replace(
            "%1", str(len(open_rows))).replace("%2", str(late)))
        v.table.setRowCount(0)
        kinds, ids, outcomes = kind_names(), identity_names(), outcome_names()
        for r in rows:
            i = v.table.rowCount()
            v.table.insertRow(i)
            values = (r.number, kinds.get(r.kind, r.kind), r.requester_name,
                      format_dual(r.received_on, lang), format_dual(r.due_on, lang),
                      ids.get(r.identity_method, "") if r.identity_checked
                      else self.tr("Not checked"), self._state(r, outcomes))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if r.overdue:
                    item.setForeground(QColor("#a30000"))
                v.table.setItem(i, c, item)
            if r.id == keep:
                v.table.setCurrentCell(i, 0)  # (selectRow misses in right-to-left)

    def _state(self, r: dsr.RegisterRow, outcomes: dict[str, str]) -> str:
        if r.status != rules.OPEN:
            return self.tr("Answered: %1").replace("%1", outcomes.get(r.outcome, r.outcome))
        if r.days_left < 0:
            return self.tr("Overdue by %1 days").replace("%1", str(-r.days_left))
        return self.tr("%1 days left").replace("%1", str(r.days_left))

    def current(self) -> dsr.RegisterRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection(self) -> None:
        r, v = self.current(), self.view
        is_open = r is not None and r.status == rules.OPEN
        v.identity_button.setEnabled(is_open and not r.identity_checked)
        v.answer_button.setEnabled(is_open and r.identity_checked)
        v.export_button.setEnabled(r is not None and bool(r.beneficiary_id))
        v.withdraw_button.setEnabled(r is not None and r.kind == "objection"
                                     and bool(r.beneficiary_id) and r.identity_checked)
        if r is not None:
            # codes and names isolated: the sentence keeps the direction of its language
            about = self.tr(" — file %1").replace("%1", f"\u2068{r.file_number}\u2069") \
                if r.file_number else ""
            v.selected.setText(f"{kind_names().get(r.kind, r.kind)} \u2068{r.number}\u2069 — "
                               f"\u2068{r.requester_name}\u2069{about}")

    def record(self) -> None:
        v, actor = self.view, self.ctx.actor
        kind, name, person = v.kind.currentData(), v.requester.text(), v.person.text()
        received, calendar, details = v.received.text(), v.received.calendar_code(), \
            v.details.text()

        form = rules.SubjectRequestForm(kind, name, received, calendar, None, details)
        self.ops.action(lambda db: dsr.record_typed(db, actor, form, person), self._recorded,
                        busy=v.record_button, boxes=v.boxes)

    def _recorded(self, row: dsr.RegisterRow) -> None:
        v = self.view
        v.requester.clear(), v.person.clear(), v.details.clear()
        show_banner(v.banner, self.tr("Recorded as %1: the answer is due by %2.")
                    .replace("%1", row.number)
                    .replace("%2", format_dual(row.due_on, self.ctx.lang)), "ok")
        self.load()

    def check_identity(self) -> None:
        r, actor, method = self.current(), self.ctx.actor, self.view.identity.currentData()
        if r is not None:
            self.ops.action(lambda db: dsr.check_identity(db, actor, r.id, method),
                            lambda _r: self.load(), busy=self.view.identity_button)

    def answer(self) -> None:
        r, v, actor = self.current(), self.view, self.ctx.actor
        if r is None:
            return
        outcome, note = v.outcome.currentData(), v.note.text()
        self.ops.action(lambda db: dsr.answer(db, actor, r.id, outcome, note),
                        self._answered, busy=v.answer_button, boxes=v.answer_boxes)

    def _answered(self, row: dsr.RegisterRow) -> None:
        self.view.note.clear()
        show_banner(self.view.banner, self.tr("The answer to %1 was recorded.")
                    .replace("%1", row.number), "ok")
        self.load()

    def withdraw_consent(self) -> None:
        """An objection from a registered person whose identity was checked: their consent is
        withdrawn and their open requests with it (after a confirmation)."""
        r, actor = self.current(), self.ctx.actor
        if r is None or not r.beneficiary_id or not self.ctx.dialogs.confirm(
                self.tr("Withdraw consent"),
                self.tr("Record that %1 withdraws consent to the processing of their data? "
                        "Their open requests will be withdrawn.").replace(
                    "%1", "\u2068" + r.requester_name + "\u2069")):
            return
        bid, note = r.beneficiary_id, r.number
        self.ops.action(lambda db: consent.withdraw(db, actor, bid, note), self._withdrawn,
                        busy=self.view.withdraw_button)

    def _withdrawn(self, done: consent.Withdrawal) -> None:
        text = self.tr("Consent withdrawal recorded. Requests withdrawn: %1. Still before the "
                       "committee: %2.")
        none = self.tr("none")
        show_banner(self.view.banner, text.replace("%1", joined(done.withdrawn_requests)
                                                   or none)
                    .replace("%2", joined(done.still_open) or none), "ok")
        self.withdrawal = done

    def export(self) -> None:
        r, actor = self.current(), self.ctx.actor
        if r is None or not r.beneficiary_id:
            return
        folder = data_dir() / "subject-exports"
        bid = r.beneficiary_id
        self.ops.action(lambda db: subject_export.export(db, actor, bid, folder), self._exported,
                        busy=self.view.export_button)

    def _exported(self, out: subject_export.SubjectExport) -> None:
        self.exported = out
        show_banner(self.view.banner, self.tr("%1 records exported (PDF code %2, Excel and "
                                              "JSON) to %3").replace("%1", str(out.row_count))
                    .replace("%2", out.code).replace("%3", str(out.pdf_path.parent)), "ok")
