"""Complaint intake (R-CMP-1): any channel, registered, unregistered or anonymous complainant;
a number, the handling deadline and the acknowledgment PDF at once."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain.beneficiary import full_name
from desk_app.domain.complaints import ComplaintForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import complaint_ack, registry
from desk_app.services import complaints as complaint_service
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, combo_code, fill_combo, show_banner

FIELDS = ("beneficiary_id", "complainant_name", "complainant_contact", "channel_code",
          "category_code", "received_on", "request_ref", "description", "attachments")


class ComplaintIntakeView(QWidget):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaintIntake")
        self.title = QLabel(self.tr("New complaint"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.registered = QRadioButton(self.tr("Registered beneficiary"))
        self.unregistered = QRadioButton(self.tr("Not registered"))
        self.anonymous = QRadioButton(self.tr("Anonymous"))
        self.who = QButtonGroup(self)
        for b in (self.registered, self.unregistered, self.anonymous):
            self.who.addButton(b)
        self.unregistered.setChecked(True)
        self.find_text = QLineEdit()
        self.find_text.setPlaceholderText(self.tr("ID, mobile, file number or name"))
        self.find_button = QPushButton(self.tr("Find"))
        self.inputs: dict[str, QWidget] = {
            "beneficiary_id": QComboBox(), "complainant_name": QLineEdit(),
            "complainant_contact": QLineEdit(), "channel_code": QComboBox(),
            "category_code": QComboBox(), "received_on": DualDateEdit(lang=lang),
            "request_ref": QLineEdit(), "description": QPlainTextEdit(),
            "attachments": QListWidget(),
        }
        for name, w in self.inputs.items():
            w.setObjectName(name)
        self.description: QPlainTextEdit = self.inputs["description"]  # type: ignore[assignment]
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self.inputs["attachments"].setMaximumHeight(70)
        self.inputs["complainant_contact"].setPlaceholderText(
            self.tr("Mobile, phone, fax or e-mail for the reply (optional)"))
        self.inputs["request_ref"].setPlaceholderText(self.tr("Request number, if any"))
        self.category_hint = QLabel()
        self.category_hint.setObjectName("hint")
        self.boxes = {n: FieldBox(w) for n, w in self.inputs.items()}
        self.add_file = QPushButton(self.tr("Attach a file…"))
        self.remove_file = QPushButton(self.tr("Remove the selected file"))
        self.submit_button = QPushButton(self.tr("File the complaint  (Ctrl+S)"))
        self.submit_button.setObjectName("primary")
        self.save_ack = QPushButton(self.tr("Save the acknowledgment (PDF)…"))
        self.open_button = QPushButton(self.tr("Open the complaint"))
        self.new_button = QPushButton(self.tr("Another complaint"))
        for b in (self.save_ack, self.open_button, self.new_button):
            b.hide()

        who = QGroupBox(self.tr("Complainant"))
        wf = QFormLayout(who)
        radios = QHBoxLayout()
        for b in (self.registered, self.unregistered, self.anonymous):
            radios.addWidget(b)
        radios.addStretch(1)
        wf.addRow(radios)
        find = QHBoxLayout()
        find.addWidget(self.find_text, 1)
        find.addWidget(self.find_button)
        wf.addRow(self.tr("Search the registry"), find)
        wf.addRow(self.tr("Beneficiary"), self.boxes["beneficiary_id"])
        wf.addRow(self.tr("Name"), self.boxes["complainant_name"])
        wf.addRow(self.tr("Contact"), self.boxes["complainant_contact"])
        what = QGroupBox(self.tr("The complaint"))
        cf = QFormLayout(what)
        cf.addRow(self.tr("Channel"), self.boxes["channel_code"])
        cf.addRow(self.tr("Category"), self.boxes["category_code"])
        cf.addRow("", self.category_hint)
        cf.addRow(self.tr("Received on"), self.boxes["received_on"])
        cf.addRow(self.tr("Related request"), self.boxes["request_ref"])
        cf.addRow(self.tr("Description"), self.boxes["description"])
        files = QHBoxLayout()
        files.addWidget(self.add_file)
        files.addWidget(self.remove_file)
        files.addStretch(1)
        cf.addRow(self.tr("Attachments"), self.boxes["attachments"])
        cf.addRow("", files)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.submit_button)
        after = QHBoxLayout()
        for b in (self.save_ack, self.open_button, self.new_button):
            after.addWidget(b)
        after.addStretch(1)
        cols = QHBoxLayout()
        cols.addWidget(who, 2)
        cols.addWidget(what, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addLayout(after)
        lay.addLayout(cols, 1)


class ComplaintIntakeController(QObject):
    navigate = Signal(str, object)
    filed = Signal(str)

    def __init__(self, ctx: UiContext, view: ComplaintIntakeView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ComplaintIntakeView(ctx.lang)
        self.files: list[tuple[str, bytes]] = []
        self.last: complaint_service.Filed | None = None
        self.ack_pdf: bytes | None = None
        self.submission_key = ""
        self.ops = ctx.screen_ops(self.view, self.view.banner, self.view.boxes)
        v, p = self.view, ctx.profile
        fill_combo(v.inputs["channel_code"],
                   [(c.code, ctx.name_of(c)) for c in p.complaint_channels], blank="—")
        fill_combo(v.inputs["category_code"],
                   [(c.code, ctx.name_of(c)) for c in p.complaint_categories], blank="—")
        v.inputs["category_code"].currentIndexChanged.connect(self._category_hint)
        v.who.buttonToggled.connect(lambda *_: self._who_changed())
        v.find_button.clicked.connect(self.find)
        v.find_text.returnPressed.connect(self.find)
        v.add_file.clicked.connect(self.attach)
        v.remove_file.clicked.connect(self.remove_attachment)
        v.submit_button.clicked.connect(self.submit)
        v.save_ack.clicked.connect(lambda: self.save_acknowledgment())
        v.open_button.clicked.connect(self.open_filed)
        v.new_button.clicked.connect(lambda: self.new())
        QShortcut(QKeySequence("Ctrl+S"), v, activated=self.submit)
        self.new()

    def load(self) -> None:
        """Nothing to fetch for an empty form."""

    def enter(self, arg: object = None) -> None:
        """``{"beneficiary": id}`` starts a complaint from that beneficiary's file."""
        arg = arg if isinstance(arg, dict) else {}
        self.new(arg.get("beneficiary", ""))

    def new(self, beneficiary_id: str = "") -> None:
        v = self.view
        self.submission_key = uuid.uuid4().hex
        self.files, self.last, self.ack_pdf = [], None, None
        for name in ("complainant_name", "complainant_contact", "request_ref"):
            v.inputs[name].clear()
        v.description.clear()
        v.inputs["attachments"].clear()
        v.inputs["beneficiary_id"].clear()
        v.inputs["channel_code"].setCurrentIndex(0)
        v.inputs["category_code"].setCurrentIndex(0)
        v.inputs["received_on"].set_value(self.ctx.clock().date().strftime("%d/%m/%Y"))
        v.find_text.clear()
        self.clear_errors()
        v.banner.hide()
        for b in (v.save_ack, v.open_button, v.new_button):
            b.hide()
        v.submit_button.setEnabled(True)
        if beneficiary_id:
            self.ops.query(lambda db: [registry.get(db, beneficiary_id)],
                           self._show_beneficiaries, latest="find")
            v.registered.setChecked(True)
        else:
            v.unregistered.setChecked(True)
        self._who_changed()
        v.inputs["channel_code"].setFocus()

    def _who_changed(self) -> None:
        v = self.view
        registered, anonymous = v.registered.isChecked(), v.anonymous.isChecked()
        for w in (v.find_text, v.find_button, v.inputs["beneficiary_id"]):
            w.setEnabled(registered)
        v.inputs["complainant_name"].setEnabled(not registered and not anonymous)

    def _category_hint(self) -> None:
        code = combo_code(self.view.inputs["category_code"])
        text = ""
        if code:
            days = self.ctx.profile.complaint_category(code).limit_working_days
            text = self.tr("Handled within %1 working days").replace("%1", str(days))
        self.view.category_hint.setText(text)

    def find(self) -> None:
        text = self.view.find_text.text()
        self.ops.query(lambda db: registry.search(db, text, page_size=20).rows,
                       self._show_beneficiaries, latest="find", busy=self.view.find_button)

    def _show_beneficiaries(self, rows) -> None:  # noqa: ANN001
        combo = self.view.inputs["beneficiary_id"]
        items = []
        for r in rows:
            name = getattr(r, "full_name", "") or full_name(
                r.first_name, r.father_name, r.grandfather_name, r.family_name)
            items.append((r.id, f"{r.file_number} — {name}"))
        fill_combo(combo, items)

    def attach(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Attach a file"))
        if path:
            data = Path(path).read_bytes()
            self.files.append((Path(path).name, data))
            self.view.inputs["attachments"].addItem(Path(path).name)

    def remove_attachment(self) -> None:
        row = self.view.inputs["attachments"].currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self.view.inputs["attachments"].takeItem(row)

    def read_form(self) -> ComplaintForm:
        v = self.view
        registered = v.registered.isChecked()
        return ComplaintForm(
            channel_code=combo_code(v.inputs["channel_code"]),
            category_code=combo_code(v.inputs["category_code"]),
            description=v.description.toPlainText(),
            received_on=v.inputs["received_on"].text(),
            received_calendar=v.inputs["received_on"].calendar_code(),
            beneficiary_id=combo_code(v.inputs["beneficiary_id"]) if registered else "",
            anonymous=v.anonymous.isChecked(),
            complainant_name=v.inputs["complainant_name"].text(),
            complainant_contact=v.inputs["complainant_contact"].text(),
            request_ref=v.inputs["request_ref"].text(), submission_key=self.submission_key)

    def clear_errors(self) -> None:
        for box in self.view.boxes.values():
            box.set_error("")

    def submit(self) -> bool:
        """File once: the button is off while filing, and the form's key makes a repeat a no-op."""
        v = self.view
        if not v.submit_button.isEnabled() or self.ops.acting:
            return False
        form, ctx = self.read_form(), self.ctx
        self.clear_errors()
        if v.registered.isChecked() and not form.beneficiary_id:
            v.boxes["beneficiary_id"].set_error(self.tr("Find and choose the beneficiary."))
            self._fix_fields()
            return False
        actor, profile, branch, files = ctx.actor, ctx.profile, ctx.installation.branch_code, \
            list(self.files)

        def file_it(db: object) -> tuple[complaint_service.Filed, bytes]:
            filed = complaint_service.submit(db, actor, form, profile, branch_code=branch,
                                             attachments=files)
            return filed, complaint_ack.acknowledgment_pdf(db, profile, actor, filed.id)

        return self.ops.action(file_it, self._filed, busy=v.submit_button,
                               changes={ops.COMPLAINT, ops.DOCUMENT},
                               expect={ValidationFailed: self._invalid})

    def _fix_fields(self) -> None:
        self._banner(self.tr("Some fields need correcting; see the messages beside them."),
                     "error")

    def _invalid(self, exc: ValidationFailed) -> None:
        self._fix_fields()
        self.ops.show_invalid(exc)  # a message not tied to a field replaces the general one

    def _filed(self, result: tuple[complaint_service.Filed, bytes]) -> None:
        ctx = self.ctx
        filed, self.ack_pdf = result
        self.last = filed
        self.view.submit_button.setEnabled(False)  # filed: a new form starts with "New"
        due = cal.format_dual(filed.due_on, ctx.lang)
        self._banner(self.tr("Complaint filed under number %1. To be handled by %2.")
                     .replace("%1", filed.number).replace("%2", due), "ok")
        for b in (self.view.save_ack, self.view.open_button, self.view.new_button):
            b.show()
        self.filed.emit(filed.id)

    def save_acknowledgment(self, path: str | None = None) -> str | None:
        if self.ack_pdf is None or self.last is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.view, self.tr("Save the acknowledgment"),
                f"{self.last.number}.pdf", "PDF (*.pdf)")
        if not path:
            return None
        Path(path).write_bytes(self.ack_pdf)
        return path

    def open_filed(self) -> None:
        if self.last is not None:
            self.navigate.emit("complaint", {"open": self.last.id})

    def _banner(self, text: str, kind: str) -> None:
        show_banner(self.view.banner, text, kind)
