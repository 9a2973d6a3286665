"""The association's policy, version by version, and each version's board approval
(administrator): read a version, record the board meeting that approved it, add a new version.
A policy with a review cycle (seed 003: yearly) warns here when its review is due."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.calendar import format_dual
from desk_app.domain.profile.governance import PolicyVersion
from desk_app.services import policy as policy_service
from desk_app.services import processing_record
from desk_app.services import profile as profile_service
from desk_app.ui.context import UiContext
from desk_app.ui.ops import PROFILE
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, show_banner
from desk_app.ui.widgets.pdf_preview import PdfPreview
from desk_app.ui.widgets.tables import list_table


def mode_names() -> dict[str, str]:
    return {"remote": QCoreApplication.translate("Policy", "held remotely"),
            "in_person": QCoreApplication.translate("Policy", "held in person"),
            "": QCoreApplication.translate("Policy", "the minutes do not say")}


def approval_line(p: PolicyVersion, lang: str) -> str:
    """One sentence: which meeting approved the version, when (Hijri and Gregorian), how."""
    a = p.approval
    if a is None:
        return QCoreApplication.translate("Policy", "No board approval is recorded for this version.")
    text = QCoreApplication.translate(
        "Policy", "Approved by the board at its meeting no. %1 on %2 (%3).")
    return (text.replace("%1", str(a.meeting_no)).replace("%2", format_dual(a.date, lang))
            .replace("%3", mode_names().get(a.mode, a.mode)))


class PolicyView(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("policy")
        self.title = QLabel(self.tr("The policy and its board approval"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.review = QLabel()
        self.review.setObjectName("hint")
        self.review.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Policy versions"))
        self.versions.setFixedWidth(190)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Policy text"))
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        self.approval.setObjectName("sectionTitle")
        self.members = list_table([self.tr("Member"), self.tr("Capacity")])
        self.members.setAccessibleName(self.tr("Board members present"))
        self.members.setMaximumHeight(170)
        self.acknowledgement = QLabel()
        self.acknowledgement.setWordWrap(True)
        self.acknowledgement.setObjectName("hint")
        read = QWidget()
        side = QVBoxLayout()
        side.addWidget(self.approval)
        side.addWidget(self.members)
        side.addWidget(self.acknowledgement)
        side.addStretch(1)
        row = QHBoxLayout(read)
        row.addWidget(self.versions)
        row.addWidget(self.text, 3)
        row.addLayout(side, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(read, self.tr("Text and approval"))
        self.tabs.addTab(self._approval_form(lang), self.tr("Record the board approval"))
        self.tabs.addTab(self._version_form(), self.tr("New version of the text"))
        self.record_button = QPushButton(self.tr("Print the record of processing"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.record_button)
        self.preview = PdfPreview()  # the record of processing, once issued
        self.tabs.addTab(self.preview, self.tr("Record of processing"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.review)
        lay.addWidget(self.tabs, 1)

    def _approval_form(self, lang: str) -> QWidget:
        page = QWidget()
        self.for_version = QLabel()
        self.meeting_no = QSpinBox()
        self.meeting_no.setRange(0, 9999)
        self.date = DualDateEdit(lang=lang)
        self.mode = QComboBox()
        for code in ("remote", "in_person", ""):
            self.mode.addItem(mode_names()[code], code)
        self.members_text = QPlainTextEdit()
        self.members_text.setPlaceholderText(self.tr("One member a line: name - capacity"))
        self.approval_boxes = {"meeting_no": FieldBox(self.meeting_no), "date": FieldBox(self.date),
                               "mode": FieldBox(self.mode)}
        self.approve_button = QPushButton(self.tr("Save the approval"))
        self.approve_button.setObjectName("primary")
        form = QFormLayout(page)
        form.addRow(self.tr("Version"), self.for_version)
        form.addRow(self.tr("Meeting number"), self.approval_boxes["meeting_no"])
        form.addRow(self.tr("Meeting date"), self.approval_boxes["date"])
        form.addRow(self.tr("The meeting was"), self.approval_boxes["mode"])
        form.addRow(self.tr("Members present"), self.members_text)
        form.addRow("", self.approve_button)
        return page

    def _version_form(self) -> QWidget:
        page = QWidget()
        self.new_title = QLineEdit()
        self.new_text = QPlainTextEdit()
        self.new_ack = QLineEdit()
        self.new_ack.setPlaceholderText(
            self.tr("The sentence each staff member affirms (blank: not asked)"))
        self.version_boxes = {"title": FieldBox(self.new_title), "text": FieldBox(self.new_text)}
        self.add_button = QPushButton(self.tr("Save as a new version"))
        self.add_button.setObjectName("primary")
        form = QFormLayout(page)
        form.addRow(self.tr("Title"), self.version_boxes["title"])
        form.addRow(self.tr("Text"), self.version_boxes["text"])
        form.addRow(self.tr("Staff acknowledge"), self.new_ack)
        form.addRow("", self.add_button)
        return page


class PolicyController(QObject):
    def __init__(self, ctx: UiContext, view: PolicyView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or PolicyView(ctx.lang)
        self.state: policy_service.PolicyStatus | None = None
        self.record = None  # the record of processing last issued here
        v = self.view
        self.ops = ctx.screen_ops(v, v.banner)
        v.versions.currentRowChanged.connect(self._pick)
        v.approve_button.clicked.connect(self.save_approval)
        v.add_button.clicked.connect(self.add_version)
        v.record_button.clicked.connect(self.print_record)
        v.record_button.setVisible(ctx.may("processing.record"))
        may = ctx.may("profile.edit")
        for w in (v.approve_button, v.add_button):
            w.setEnabled(may)

    def load(self) -> None:
        self.ops.query(policy_service.status, self._show, latest="status")

    def _show(self, state: policy_service.PolicyStatus) -> None:
        v, lang = self.view, self.ctx.lang
        self.state = state
        v.versions.clear()
        for p in state.versions:
            item = QListWidgetItem(self.tr("Version %1").replace("%1", str(p.number)))
            item.setData(Qt.ItemDataRole.UserRole, p.number)
            v.versions.addItem(item)
        if state.review_due is None:
            v.review.setText(self.tr("The policy names no review cycle.") if state.policy
                             else self.tr("No policy text is held in the profile yet."))
        elif state.review_overdue:
            v.review.clear()
            show_banner(v.banner, self.tr("The policy's review is due (since %1): review it and "
                                          "record the new version and its approval.")
                        .replace("%1", format_dual(state.review_due, lang)), "error")
        else:
            v.review.setText(self.tr("Next review of the policy: %1.")
                             .replace("%1", format_dual(state.review_due, lang)))
        if state.versions:
            v.versions.setCurrentRow(0)

    def _pick(self, row: int) -> None:
        if self.state is None or not 0 <= row < len(self.state.versions):
            return
        p, v = self.state.versions[row], self.view
        v.text.setPlainText(p.title_ar + "\n\n" + p.text_ar)
        v.text.document().setDefaultTextOption(v.text.document().defaultTextOption())
        v.approval.setText(approval_line(p, self.ctx.lang))
        members = p.approval.members if p.approval else ()
        v.members.setRowCount(len(members))
        for r, m in enumerate(members):
            v.members.setItem(r, 0, QTableWidgetItem(m.name))
            v.members.setItem(r, 1, QTableWidgetItem(m.role))
        v.members.setVisible(bool(members))
        v.acknowledgement.setText(
            self.tr("Each staff member affirms: %1").replace(
                "%1", "\u2068" + p.acknowledgement_ar + "\u2069")
            if p.asks_acknowledgement else self.tr("Staff are not asked to acknowledge this version."))
        v.for_version.setText(self.tr("Version %1").replace("%1", str(p.number)))
        if p.approval:
            v.meeting_no.setValue(p.approval.meeting_no)
            v.date.set_value(p.approval.date.strftime("%d/%m/%Y"), "gregorian")
            v.mode.setCurrentIndex(max(0, v.mode.findData(p.approval.mode)))
            v.members_text.setPlainText("\n".join(f"{m.name} - {m.role}" if m.role else m.name
                                                  for m in p.approval.members))

    def _number(self) -> int | None:
        item = self.view.versions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def save_approval(self) -> None:
        v, actor, number = self.view, self.ctx.actor, self._number()
        if number is None:
            return
        for box in v.approval_boxes.values():
            box.set_error("")
        args = dict(meeting_no=v.meeting_no.value(), date_text=v.date.text(),
                    calendar=v.date.calendar_code(), mode=v.mode.currentData(),
                    members_text=v.members_text.toPlainText())
        self.ops.action(lambda db: policy_service.record_approval(db, actor, number, **args),
                        lambda _a: self._saved(self.tr("The board approval was saved.")),
                        busy=v.approve_button, boxes=v.approval_boxes, changes=(PROFILE,))

    def add_version(self) -> None:
        v, actor = self.view, self.ctx.actor
        for box in v.version_boxes.values():
            box.set_error("")
        title, text, ack = v.new_title.text(), v.new_text.toPlainText(), v.new_ack.text()
        self.ops.action(lambda db: policy_service.add_version(db, actor, title, text, ack),
                        lambda n: self._saved(self.tr("Saved as version %1: staff who acknowledge "
                                                      "the policy will be asked again.")
                                              .replace("%1", str(n)), clear=True),
                        busy=v.add_button, boxes=v.version_boxes, changes=(PROFILE,))

    def print_record(self) -> None:
        actor = self.ctx.actor
        self.ops.action(lambda db: processing_record.issue(db, actor), self._record,
                        busy=self.view.record_button)

    def _record(self, doc) -> None:  # noqa: ANN001
        v = self.view
        self.record = doc
        v.preview.set_pdf(doc.pdf, doc.title, f"{doc.serial}.pdf")
        v.tabs.setCurrentWidget(v.preview)
        show_banner(v.banner, self.tr("The record of processing was issued (code %1) and "
                                      "archived.").replace("%1", doc.code), "ok")

    def _saved(self, text: str, clear: bool = False) -> None:
        v = self.view
        if clear:
            v.new_title.clear(), v.new_text.clear(), v.new_ack.clear()
        show_banner(v.banner, text, "ok")
        v.tabs.setCurrentIndex(0)
        self.ops.query(lambda db: profile_service.current(db), self.ctx.set_profile,
                       latest="profile")
        self.load()
