"""The quick contact entry (shared seed 000 §2, §7): on which channel, who, about what, and
answered there and then or passed to a colleague. Used on a beneficiary's file (a known person)
and on its own screen (someone not in the registry: a name and a number)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import contacts as rules
from desk_app.domain.contacts import ContactForm
from desk_app.services import contacts
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.fields import FieldBox, banner_label, combo_code, fill_combo, show_banner

CONTACT = "contact"  # the kind of record the change notice carries


def outcome_names() -> dict[str, str]:
    return {rules.ANSWERED: QCoreApplication.translate("Contacts", "Answered"),
            rules.PASSED: QCoreApplication.translate("Contacts", "Passed to")}


def kind_names() -> dict[str, str]:
    return {"enquiry": QCoreApplication.translate("Contacts", "Enquiry"),
            "call": QCoreApplication.translate("Contacts", "Call"),
            "visit": QCoreApplication.translate("Contacts", "Visit"),
            "request": QCoreApplication.translate("Contacts", "Request"),
            "notification": QCoreApplication.translate("Contacts", "Told of the outcome")}


class ContactEntry(QGroupBox):
    """Emits ``saved`` (the new contact's id) once the entry is written; then clears itself."""

    saved = Signal(str)

    def __init__(self, ctx: UiContext, *, known: bool, parent: QWidget | None = None):
        super().__init__(self.tr("Record a contact"), parent)
        self.ctx, self.known = ctx, known
        self.beneficiary_id = ""
        self.channel = QComboBox()
        self.person_name, self.person_phone = QLineEdit(), QLineEdit()
        self.person_phone.setPlaceholderText("05XXXXXXXX")
        self.person_phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.summary, self.answer = QPlainTextEdit(), QPlainTextEdit()
        for text in (self.summary, self.answer):
            text.setTabChangesFocus(True)
            text.setFixedHeight(54)
        self.answered = QRadioButton(self.tr("Answered now"))
        self.passed = QRadioButton(self.tr("Passed to a colleague"))
        self.answered.setChecked(True)
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.answered)
        self.outcome_group.addButton(self.passed)
        self.passed_to = QComboBox()
        self.save_button = QPushButton(self.tr("Save the contact"))
        self.save_button.setObjectName("primary")
        self.banner = banner_label()
        self.boxes = {name: FieldBox(w) for name, w in (
            ("channel_code", self.channel), ("person_name", self.person_name),
            ("person_phone", self.person_phone), ("summary", self.summary),
            ("answer", self.answer), ("passed_to", self.passed_to))}
        self._lay_out()
        fill_combo(self.channel, [(c.code, ctx.name_of(c)) for c in ctx.profile.channels],
                   blank=self.tr("— choose —"))
        self.ops = ctx.screen_ops(self, self.banner, self.boxes)
        self.passed.toggled.connect(self._outcome_changed)
        self.save_button.clicked.connect(self.save)
        self._outcome_changed()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.boxes["channel_code"])
        if not self.known:
            form.addRow(self.tr("Name"), self.boxes["person_name"])
            form.addRow(self.tr("Mobile number"), self.boxes["person_phone"])
        form.addRow(self.tr("About"), self.boxes["summary"])
        outcome = QHBoxLayout()
        outcome.addWidget(self.answered)
        outcome.addWidget(self.passed)
        outcome.addStretch(1)
        form.addRow(self.tr("Outcome"), outcome)
        self.answer_label = QLabel(self.tr("Answer given"))
        form.addRow(self.answer_label, self.boxes["answer"])
        self.passed_label = QLabel(self.tr("Passed to"))
        form.addRow(self.passed_label, self.boxes["passed_to"])
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(form)
        lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeading)
        lay.addStretch(1)  # the rows keep their height when the box is tall (the file's tab)

    def load_staff(self) -> None:
        self.ops.query(contacts.staff_choices, self.fill_staff, latest="staff")

    def fill_staff(self, rows: list[tuple[str, str]]) -> None:
        """The colleagues an enquiry may be passed to (the signed-in person left out)."""
        fill_combo(self.passed_to, [r for r in rows if r[0] != self.ctx.actor.id],
                   blank=self.tr("— choose —"))

    def _outcome_changed(self) -> None:
        passed = self.passed.isChecked()
        for w in (self.passed_label, self.boxes["passed_to"]):
            w.setVisible(passed)
        self.answer_label.setVisible(not passed)
        self.boxes["answer"].setVisible(not passed)

    def for_person(self, beneficiary_id: str) -> None:
        self.beneficiary_id = beneficiary_id
        self.clear()

    def read(self) -> ContactForm:
        passed = self.passed.isChecked()
        return ContactForm(
            channel_code=combo_code(self.channel), summary=self.summary.toPlainText(),
            outcome=rules.PASSED if passed else rules.ANSWERED,
            answer="" if passed else self.answer.toPlainText(),
            beneficiary_id=self.beneficiary_id if self.known else "",
            person_name=self.person_name.text(), person_phone=self.person_phone.text(),
            passed_to_id=combo_code(self.passed_to) if passed else "")

    def clear(self) -> None:
        self.channel.setCurrentIndex(0)
        for w in (self.person_name, self.person_phone):
            w.clear()
        for t in (self.summary, self.answer):
            t.clear()
        self.answered.setChecked(True)
        self.passed_to.setCurrentIndex(0)
        for box in self.boxes.values():
            box.set_error("")
        self.banner.hide()

    def save(self) -> bool:
        if self.known and not self.beneficiary_id:
            return False
        for box in self.boxes.values():
            box.set_error("")
        form, actor, profile = self.read(), self.ctx.actor, self.ctx.profile

        def done(contact_id: str) -> None:
            self.clear()
            show_banner(self.banner, self.tr("The contact is recorded."), "ok")
            self.saved.emit(contact_id)

        return self.ops.action(lambda db: contacts.log(db, actor, form, profile), done,
                               changes={CONTACT}, busy=self.save_button)
