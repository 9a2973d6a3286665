"""Paper answers typed in afterwards (and interviews, visits): all questions on one page.

Anonymous unless a file number is given — and only when the respondent wrote or said that
they want their name on the answers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.surveys import Questionnaire
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import registry, surveys
from desk_app.storage.db import StorageError
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message, storage_message
from desk_app.ui.widgets.answer_inputs import QuestionBlock
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, fill_combo


class SurveyEntryView(QWidget):
    def __init__(self, parent: QWidget | None = None, lang: str = "ar"):
        super().__init__(parent)
        self.setObjectName("surveyEntry")
        self.title = QLabel(self.tr("Type in survey answers"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.campaign = QComboBox()
        self.mode = QComboBox()
        self.channel = QComboBox()
        self.service = QComboBox()
        self.answered_on = DualDateEdit(lang=lang)
        self.date_box = FieldBox(self.answered_on)
        self.anonymous = QCheckBox(self.tr("Anonymous (no name on the answers)"))
        self.anonymous.setChecked(True)
        self.file_number = QLineEdit()
        self.file_number.setPlaceholderText(self.tr("File number, only if the respondent "
                                                    "asked to give their name"))
        self.file_box = FieldBox(self.file_number)
        top = QFormLayout()
        top.addRow(self.tr("Campaign"), self.campaign)
        row = QHBoxLayout()
        for label, w in ((self.tr("How answered"), self.mode), (self.tr("Channel"), self.channel),
                         (self.tr("Service"), self.service)):
            row.addWidget(QLabel(label))
            row.addWidget(w, 1)
        top.addRow(row)
        top.addRow(self.tr("Answered on"), self.date_box)
        who = QHBoxLayout()
        who.addWidget(self.anonymous)
        who.addWidget(self.file_box, 1)
        top.addRow(who)
        self.questions_holder = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions_holder)
        self.save_button = QPushButton(self.tr("Save the answers"))
        self.save_button.setObjectName("primary")
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addLayout(top)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.save_button)


class SurveyEntryController(QObject):
    navigate = Signal(str, object)

    def __init__(self, ctx: UiContext, view: SurveyEntryView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or SurveyEntryView(lang=ctx.lang)
        self.blocks: list[QuestionBlock] = []
        self.questionnaire: Questionnaire | None = None
        v = self.view
        fill_combo(v.mode, [("paper", self.tr("Paper form")), ("interview", self.tr("Interview")),
                            ("desk", self.tr("At the desk")),
                            ("visit", self.tr("Supervisory visit"))])
        fill_combo(v.channel, [(c.code, ctx.name_of(c)) for c in ctx.profile.channels])
        fill_combo(v.service, [(s.code, ctx.name_of(s)) for s in ctx.profile.active_services],
                   blank=self.tr("(as the campaign)"))
        v.campaign.activated.connect(lambda _i: self._build())
        v.anonymous.toggled.connect(lambda on: v.file_number.setEnabled(not on))
        v.file_number.setEnabled(False)
        v.save_button.clicked.connect(self.save)

    def load(self) -> None:
        self.enter(None)

    def enter(self, campaign_id: object = None) -> None:
        v = self.view
        try:
            rows = surveys.campaigns(self.ctx.db, open_only=True)
        except StorageError as exc:
            self._banner(storage_message(exc), "error")
            return
        fill_combo(v.campaign, [(c.id, self.ctx.name_of(c)) for c in rows])
        if isinstance(campaign_id, str):
            v.campaign.setCurrentIndex(max(0, v.campaign.findData(campaign_id)))
        today = self.ctx.db.clock().date()
        v.answered_on.set_value(today.strftime("%d/%m/%Y"))
        self._build()

    def _build(self) -> None:
        v = self.view
        for b in self.blocks:
            b.setParent(None)
            b.deleteLater()
        self.blocks, self.questionnaire = [], None
        cid = v.campaign.currentData()
        if not cid:
            return
        info = surveys.campaign(self.ctx.db, cid)
        if info.kind == "supervisory_visit":
            v.mode.setCurrentIndex(v.mode.findData("visit"))
        self.questionnaire = surveys.questionnaire(self.ctx.db, info.questionnaire_id)
        for i, q in enumerate(self.questionnaire.questions, start=1):
            block = QuestionBlock(i, q, self.ctx.lang)
            v.questions_layout.addWidget(block)
            self.blocks.append(block)
        v.questions_layout.addStretch(1)

    def save(self) -> bool:
        v = self.view
        if self.questionnaire is None:
            return False
        for b in self.blocks:
            b.set_error("")
        v.date_box.set_error("")
        v.file_box.set_error("")
        day = v.answered_on.value()
        if day is None:
            v.date_box.set_error(field_message(FieldError("answered_on", "invalid_date")))
            return False
        beneficiary_id = None
        if not v.anonymous.isChecked():
            found = registry.search(self.ctx.db, v.file_number.text().strip(), page_size=2).rows
            exact = [r for r in found if r.file_number == v.file_number.text().strip().upper()]
            if len(exact) != 1:
                v.file_box.set_error(self.tr("No beneficiary has this file number."))
                return False
            beneficiary_id = exact[0].id
        answers = {q.code: b.input.value() for q, b in zip(self.questionnaire.questions,
                                                           self.blocks, strict=True)
                   if b.input.value() is not None}
        try:
            surveys.submit(self.ctx.db, self.ctx.actor, v.campaign.currentData(), answers,
                           mode=v.mode.currentData(), channel_code=v.channel.currentData() or "",
                           branch_code=self.ctx.installation.branch_code,
                           service_code=v.service.currentData() or None,
                           beneficiary_id=beneficiary_id, answered_on=day)
        except ValidationFailed as exc:
            codes = {q.code: b for q, b in zip(self.questionnaire.questions, self.blocks,
                                               strict=True)}
            for e in exc.errors:
                if e.field in codes:
                    codes[e.field].set_error(field_message(e))
                elif e.field == "answered_on":
                    v.date_box.set_error(field_message(e))
            self._banner(self.tr("Some answers need correcting."), "error")
            return False
        except StorageError as exc:
            self._banner(storage_message(exc), "error")
            return False
        for b in self.blocks:
            b.input.clear()
        v.anonymous.setChecked(True)
        v.file_number.clear()
        self._banner(self.tr("The answers were saved. You can type in the next form."), "ok")
        return True

    def _banner(self, text: str, kind: str) -> None:
        b = self.view.banner
        b.setText(text)
        b.setProperty("kind", kind)
        b.style().unpolish(b)
        b.style().polish(b)
        b.show()
