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
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message
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


class _NoSuchFile(Exception):
    """The typed file number names no beneficiary (or more than one)."""


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
        self.ops = ctx.screen_ops(self.view, self.view.banner)

    def load(self) -> None:
        self.enter(None)

    def enter(self, campaign_id: object = None) -> None:
        self.ops.query(lambda db: surveys.campaigns(db, open_only=True),
                       lambda rows: self._campaigns(rows, campaign_id), latest="campaigns")

    def _campaigns(self, rows: list[surveys.CampaignInfo], campaign_id: object) -> None:
        v = self.view
        fill_combo(v.campaign, [(c.id, self.ctx.name_of(c)) for c in rows])
        if isinstance(campaign_id, str):
            v.campaign.setCurrentIndex(max(0, v.campaign.findData(campaign_id)))
        today = self.ctx.clock().date()
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

        def fetch(db: object) -> tuple[surveys.CampaignInfo, Questionnaire]:
            info = surveys.campaign(db, cid)
            return info, surveys.questionnaire(db, info.questionnaire_id)

        self.ops.query(fetch, self._show_questions, latest="questions")

    def _show_questions(self, loaded: tuple[surveys.CampaignInfo, Questionnaire]) -> None:
        v = self.view
        for b in self.blocks:  # a newer campaign's questions may have come in meanwhile
            b.setParent(None)
            b.deleteLater()
        info, self.questionnaire = loaded
        self.blocks = []
        if info.kind == "supervisory_visit":
            v.mode.setCurrentIndex(v.mode.findData("visit"))
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
        file_number = None if v.anonymous.isChecked() else v.file_number.text().strip()
        answers = {q.code: b.input.value() for q, b in zip(self.questionnaire.questions,
                                                           self.blocks, strict=True)
                   if b.input.value() is not None}
        ctx, campaign, mode = self.ctx, v.campaign.currentData(), v.mode.currentData()
        channel, service = v.channel.currentData() or "", v.service.currentData() or None

        def submit(db: object) -> None:
            beneficiary_id = None
            if file_number is not None:
                found = registry.search(db, file_number, page_size=2).rows
                exact = [r for r in found if r.file_number == file_number.upper()]
                if len(exact) != 1:
                    raise _NoSuchFile
                beneficiary_id = exact[0].id
            surveys.submit(db, ctx.actor, campaign, answers, mode=mode, channel_code=channel,
                           branch_code=ctx.installation.branch_code, service_code=service,
                           beneficiary_id=beneficiary_id, answered_on=day)

        return self.ops.action(submit, self._saved, changes={ops.SURVEY}, busy=v.save_button,
                               expect={ValidationFailed: self._invalid,
                                       _NoSuchFile: lambda _e: v.file_box.set_error(
                                           self.tr("No beneficiary has this file number."))})

    def _invalid(self, exc: ValidationFailed) -> None:
        v = self.view
        assert self.questionnaire is not None
        codes = {q.code: b for q, b in zip(self.questionnaire.questions, self.blocks,
                                           strict=True)}
        for e in exc.errors:
            if e.field in codes:
                codes[e.field].set_error(field_message(e))
            elif e.field == "answered_on":
                v.date_box.set_error(field_message(e))
        self._banner(self.tr("Some answers need correcting."), "error")

    def _saved(self, _result: None) -> None:
        v = self.view
        for b in self.blocks:
            b.input.clear()
        v.anonymous.setChecked(True)
        v.file_number.clear()
        self._banner(self.tr("The answers were saved. You can type in the next form."), "ok")

    def _banner(self, text: str, kind: str) -> None:
        b = self.view.banner
        b.setText(text)
        b.setProperty("kind", kind)
        b.style().unpolish(b)
        b.style().polish(b)
        b.show()
