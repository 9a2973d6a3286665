"""Layout of the request screen's panels (no behaviour): intake, eligibility, checklist,
deadline, workflow, committee decision, notification, trail (the aid given: aid_panel.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.widgets.checklist import ChecklistTable
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox


def _text(height: int = 54) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class IntakePanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Request"), parent)
        self.beneficiary = QLabel()
        self.beneficiary.setObjectName("beneficiaryName")
        self.beneficiary.setWordWrap(True)
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.agreed_channel = QComboBox()  # how the outcome will be told (seed 000)
        self.agreed_channel.setObjectName("agreedChannel")
        self.description = _text()
        self.consent_terms = QCheckBox(self.tr("Agrees to the programme's terms"))
        self.consent_data = QCheckBox(self.tr("Agrees to the processing of their data"))
        self.consent_text = QPlainTextEdit()
        self.consent_text.setObjectName("consentText")
        self.consent_text.setReadOnly(True)
        self.consent_text.setFixedHeight(64)
        self.consent_text.setTabChangesFocus(True)
        consent = QWidget()
        lay = QVBoxLayout(consent)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.consent_text)
        lay.addWidget(self.consent_terms)
        lay.addWidget(self.consent_data)
        self.boxes = {"service_code": FieldBox(self.service),
                      "channel_code": FieldBox(self.channel),
                      "agreed_channel_code": FieldBox(self.agreed_channel),
                      "description": FieldBox(self.description), "consent": FieldBox(consent)}
        self.create_button = QPushButton(self.tr("Open the request  (Ctrl+Enter)"))
        self.create_button.setObjectName("primary")
        form = _form(self)
        form.addRow(self.tr("Beneficiary"), self.beneficiary)
        form.addRow(self.tr("Service"), self.boxes["service_code"])
        form.addRow(self.tr("Channel"), self.boxes["channel_code"])
        form.addRow(self.tr("Tell the outcome by"), self.boxes["agreed_channel_code"])
        form.addRow(self.tr("Description"), self.boxes["description"])
        form.addRow(self.tr("Consent"), self.boxes["consent"])
        form.addRow("", self.create_button)


class EligibilityPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Eligibility"), parent)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("reasons")
        lay = QVBoxLayout(self)
        lay.addWidget(self.verdict)
        lay.addWidget(self.reasons)
        lay.addStretch(1)


class ChecklistPanel(QGroupBox):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Verification checklist"), parent)
        self.table = ChecklistTable(lang)
        self.missing = QLabel()
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach scan…  (Ctrl+O)"))
        self.view_button = QPushButton(self.tr("View scan"))
        self.scan_error = QLabel()
        self.scan_error.setObjectName("fieldError")
        self.scan_error.setWordWrap(True)
        self.scan_error.hide()
        self.due = QLabel()
        self.due.setObjectName("due")
        self.due.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.missing)
        lay.addLayout(buttons)
        lay.addWidget(self.scan_error)
        lay.addWidget(self.due)


class WorkflowPanel(QGroupBox):
    """Send to committee, withdraw, refer at intake, close."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Next step"), parent)
        self.committee_button = QPushButton(self.tr("Send to the committee"))
        self.committee_button.setObjectName("primary")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note or reason (required to withdraw)"))
        self.withdraw_button = QPushButton(self.tr("Withdraw the request"))
        self.close_button = QPushButton(self.tr("Close the request"))
        self.refer_kind = QComboBox()
        self.refer_to = QComboBox()
        self.refer_to.setEditable(True)
        self.refer_person = QComboBox()  # a researcher by name, or anyone of the unit
        self.refer_reason = QLineEdit()
        self.refer_button = QPushButton(self.tr("Refer"))
        self.boxes = {"reason": FieldBox(self.note), "kind": FieldBox(self.refer_kind),
                      "target_name": FieldBox(self.refer_to),
                      "assignee": FieldBox(self.refer_person),
                      "refer_reason": FieldBox(self.refer_reason)}
        row = QHBoxLayout()
        for b in (self.committee_button, self.withdraw_button, self.close_button):
            row.addWidget(b)
        row.addStretch(1)
        form = _form(self)
        form.addRow(row)
        form.addRow(self.tr("Note"), self.boxes["reason"])
        form.addRow(self.tr("Refer to"), self.boxes["kind"])
        form.addRow(self.tr("Name"), self.boxes["target_name"])
        form.addRow(self.tr("Researcher"), self.boxes["assignee"])
        form.addRow(self.tr("Reason for referral"), self.boxes["refer_reason"])
        form.addRow("", self.refer_button)


class StudyPanel(QGroupBox):
    """A request referred inside the association: with whom it waits, and how the study ends."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Study (internal referral)"), parent)
        self.with_whom = QLabel()
        self.with_whom.setWordWrap(True)
        self.outcome = QComboBox()
        self.findings = _text(60)
        self.findings.setPlaceholderText(self.tr("What the study found, and the recommendation"))
        self.end_button = QPushButton(self.tr("End the study"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.study_button = QPushButton(self.tr("Social study…"))
        self.boxes = {"outcome": FieldBox(self.outcome), "note": FieldBox(self.findings),
                      "checklist": FieldBox(self.end_button)}
        form = _form(self)
        form.addRow(self.tr("Waiting with"), self.with_whom)
        form.addRow(self.tr("Social study"), self.summary)
        form.addRow("", self.study_button)
        form.addRow(self.tr("Next"), self.boxes["outcome"])
        form.addRow(self.tr("Findings"), self.boxes["note"])
        form.addRow("", self.boxes["checklist"])


class DecisionPanel(QGroupBox):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Committee decision"), parent)
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.committee = QComboBox()
        self.decided_on = DualDateEdit(lang=lang)
        self.reason = _text(48)
        self.referral_to = QLineEdit()
        self.record_button = QPushButton(self.tr("Record the decision"))
        self.boxes = {"decision": FieldBox(self.decision), "committee_code": FieldBox(self.committee),
                      "decided_on": FieldBox(self.decided_on), "reason": FieldBox(self.reason),
                      "referral_to": FieldBox(self.referral_to)}
        self.current = QLabel()
        self.current.setWordWrap(True)
        form = _form(self)
        form.addRow(self.tr("Decision"), self.boxes["decision"])
        form.addRow(self.tr("Committee"), self.boxes["committee_code"])
        form.addRow(self.tr("Date"), self.boxes["decided_on"])
        form.addRow(self.tr("Reason"), self.boxes["reason"])
        form.addRow(self.tr("Referred to"), self.boxes["referral_to"])
        form.addRow("", self.record_button)
        form.addRow(self.current)


class NotifyPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Notify the beneficiary"), parent)
        self.channel = QComboBox()
        self.text = _text(60)
        self.record_button = QPushButton(self.tr("Record the notification"))
        self.sent = QLabel()
        self.sent.setWordWrap(True)
        self.boxes = {"channel_code": FieldBox(self.channel), "text": FieldBox(self.text)}
        form = _form(self)
        form.addRow(self.tr("Channel"), self.boxes["channel_code"])
        form.addRow(self.tr("Text"), self.boxes["text"])
        form.addRow("", self.record_button)
        form.addRow(self.sent)
        # a message from the templates, queued in the outbox (sent when the desk is online)
        self.message_event, self.message_channel = QComboBox(), QComboBox()
        self.queue_button = QPushButton(self.tr("Queue the message"))
        self.message_boxes = {"event": FieldBox(self.message_event),
                              "recipient": FieldBox(self.message_channel)}
        self.message_boxes["channel"] = self.message_boxes["recipient"]
        row = QHBoxLayout()
        row.addWidget(self.message_boxes["event"], 2)
        row.addWidget(self.message_boxes["recipient"], 1)
        row.addWidget(self.queue_button, 0, Qt.AlignmentFlag.AlignTop)
        # once served or closed: the survey invitation, one press (survey_invites.py)
        self.survey_button = QPushButton(self.tr("Invite to the satisfaction survey"))
        row.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(self.tr("Message"))
        form.addRow(self.message_label, row)


class TrailTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName("trail")
        self.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Step"),
                                        self.tr("Details")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
