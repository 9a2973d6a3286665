"""The step panels of a partner request (layout only; the controller in ``partner_request``
wires them): formal request, needs study, decision, agreement, reports and evaluation, steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.partners import STUDY_CRITERIA
from desk_app.ui.screens import partner_labels as L
from desk_app.ui.screens.partners import table
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox


def _text(height: int = 70) -> QPlainTextEdit:
    t = QPlainTextEdit()
    t.setTabChangesFocus(True)
    t.setFixedHeight(height)
    return t


def _score() -> QSpinBox:
    s = QSpinBox()
    s.setRange(1, 5)
    s.setValue(3)
    s.setMinimumWidth(70)
    return s


class RequestPanel(QWidget):
    """Step 1: the formal request."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.organisation = QComboBox()
        self.service = QComboBox()
        self.expected = QSpinBox()
        self.expected.setRange(0, 1_000_000)
        self.goals = _text(90)
        self.attachments = QListWidget()
        self.attachments.setFixedHeight(70)
        self.add_file = QPushButton(self.tr("Add a file…"))
        self.submit = QPushButton(self.tr("Record the formal request"))
        self.submit.setObjectName("primary")
        self.submit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.boxes = {"organisation": FieldBox(self.organisation),
                      "service_code": FieldBox(self.service),
                      "expected_beneficiaries": FieldBox(self.expected),
                      "goals": FieldBox(self.goals), "attachments": FieldBox(self.attachments)}
        files = QHBoxLayout()
        files.addWidget(self.add_file)
        files.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Association"), self.boxes["organisation"])
        form.addRow(self.tr("Service requested"), self.boxes["service_code"])
        form.addRow(self.tr("Expected beneficiaries"), self.boxes["expected_beneficiaries"])
        form.addRow(self.tr("Goals of the service"), self.boxes["goals"])
        form.addRow(self.tr("Attachments"), self.boxes["attachments"])
        form.addRow("", files)
        form.addRow("", self.submit)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addStretch(1)


class StudyPanel(QWidget):
    """Step 2: the needs study — four criteria scored with notes, and the priority's two
    judged factors; the score as the profile's weights make it, explained."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        names = L.criteria()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Criterion")), 0, 0)
        grid.addWidget(QLabel(self.tr("Score (1–5)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Notes")), 0, 2)
        self.scores: dict[str, QSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, code in enumerate(STUDY_CRITERIA, start=1):
            self.scores[code], self.notes[code] = _score(), QLineEdit()
            grid.addWidget(QLabel(names[code]), row, 0)
            grid.addWidget(self.scores[code], row, 1)
            grid.addWidget(self.notes[code], row, 2)
        factors = L.factors()
        self.impact, self.regional_need = _score(), _score()
        grid.addWidget(QLabel(factors["impact"]), 5, 0)
        grid.addWidget(self.impact, 5, 1)
        grid.addWidget(QLabel(factors["regional_need"]), 6, 0)
        grid.addWidget(self.regional_need, 6, 1)
        grid.setColumnStretch(2, 1)
        self.note = _text(60)
        self.priority = QLabel()
        self.priority.setWordWrap(True)
        self.priority.setObjectName("sectionTitle")
        self.save = QPushButton(self.tr("Record the study"))
        self.save.setObjectName("primary")
        self.boxes = {"note": FieldBox(self.note)}
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(QLabel(self.tr("The study's conclusion")))
        lay.addWidget(self.boxes["note"])
        lay.addWidget(self.priority)
        lay.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeading)
        lay.addStretch(1)


class DecisionPanel(QWidget):
    """Step 3: the decision, with its reason."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.approve = QRadioButton(self.tr("Approve"))
        self.reject = QRadioButton(self.tr("Do not approve"))
        self.approve.setChecked(True)
        self.note = _text(80)
        self.save = QPushButton(self.tr("Record the decision"))
        self.save.setObjectName("primary")
        self.boxes = {"decision_note": FieldBox(self.note)}
        choice = QHBoxLayout()
        choice.addWidget(self.approve)
        choice.addWidget(self.reject)
        choice.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), choice)
        form.addRow(self.tr("Reason"), self.boxes["decision_note"])
        form.addRow("", self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addStretch(1)


class AgreementPanel(QWidget):
    """Step 4: the MoU / implementation agreement, printed, then its signed copy scanned."""

    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.starts_on, self.ends_on = DualDateEdit(lang=lang), DualDateEdit(lang=lang)
        self.our_duties, self.partner_duties = _text(80), _text(80)
        self.our_duties.setPlaceholderText(self.tr("One duty per line"))
        self.partner_duties.setPlaceholderText(self.tr("One duty per line"))
        self.save = QPushButton(self.tr("Record the agreement"))
        self.save.setObjectName("primary")
        self.print_button = QPushButton(self.tr("Print the agreement (archived PDF)"))
        self.signed = QPushButton(self.tr("Attach the signed copy…"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.boxes = {"starts_on": FieldBox(self.starts_on), "ends_on": FieldBox(self.ends_on),
                      "our_duties": FieldBox(self.our_duties),
                      "partner_duties": FieldBox(self.partner_duties),
                      "signed_copy": FieldBox(self.state)}
        buttons = QHBoxLayout()
        for b in (self.save, self.print_button, self.signed):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Starts on"), self.boxes["starts_on"])
        form.addRow(self.tr("Ends on"), self.boxes["ends_on"])
        form.addRow(self.tr("Our duties"), self.boxes["our_duties"])
        form.addRow(self.tr("The partner's duties"), self.boxes["partner_duties"])
        form.addRow("", self.boxes["signed_copy"])
        form.addRow("", buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addStretch(1)


class FollowUpPanel(QWidget):
    """Step 5: impact reports due on the schedule (received with figures and file), and the
    partnership's evaluation when the service ends."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reports = table([self.tr("Report"), self.tr("Due on"), self.tr("Received on"),
                              self.tr("Beneficiaries reached"), self.tr("Figures")])
        self.reports.horizontalHeader().setStretchLastSection(True)
        self.reached = QSpinBox()
        self.reached.setRange(0, 1_000_000)
        self.figures = QLineEdit()
        self.receive = QPushButton(self.tr("Record the selected report as received…"))
        self.rating = _score()
        self.evaluation = _text(60)
        self.evaluate = QPushButton(self.tr("Record the evaluation and close"))
        self.evaluate.setObjectName("primary")
        self.boxes = {"reached": FieldBox(self.reached), "figures_note": FieldBox(self.figures),
                      "evaluation_rating": FieldBox(self.rating),
                      "evaluation_text": FieldBox(self.evaluation)}
        received = QHBoxLayout()
        received.addWidget(QLabel(self.tr("Reached")))
        received.addWidget(self.boxes["reached"])
        received.addWidget(QLabel(self.tr("Figures")))
        received.addWidget(self.boxes["figures_note"], 1)
        received.addWidget(self.receive)
        form = QFormLayout()
        form.addRow(self.tr("Rating (1–5)"), self.boxes["evaluation_rating"])
        form.addRow(self.tr("Evaluation"), self.boxes["evaluation_text"])
        form.addRow("", self.evaluate)
        lay = QVBoxLayout(self)
        lay.addWidget(self.reports, 1)
        lay.addLayout(received)
        lay.addLayout(form)


class StepsPanel(QWidget):
    """Every step so far: when, by whom, in which role, with what outcome."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table([self.tr("Step"), self.tr("When"), self.tr("By"), self.tr("Role"),
                            self.tr("Outcome / note")])
        self.table.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(self).addWidget(self.table)
