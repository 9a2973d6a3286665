"""Kiosk mode (R-SAT-2): the beneficiary answers privately, one question at a time.

The main window hands itself over to this screen: no navigation, no status bar, no way to the
rest of the app until a staff member types their password (the one of whoever opened kiosk
mode). Idle for :data:`IDLE_MS` (or after the thank-you page) it goes back to the start and
forgets unfinished answers. Locking the operating system itself is out of scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.surveys import Questionnaire
from desk_app.domain.validation import ValidationFailed
from desk_app.services import staff as staff_service
from desk_app.services import surveys
from desk_app.services.errors import StorageError
from desk_app.ui import ops, style
from desk_app.ui.context import UiContext
from desk_app.ui.messages import storage_message
from desk_app.ui.widgets.answer_inputs import AnswerInput, digit_of

IDLE_MS = 90_000
THANKS_MS = 8_000


@dataclass(frozen=True)
class KioskStart:
    """What the receptionist chose before handing the screen over."""

    campaign_id: str
    channel_code: str
    service_code: str | None = None
    beneficiary_id: str | None = None  # offered to the respondent; anonymous unless they agree
    subject_ref: str = ""


def _big(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, name: str = "kioskNav") -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setMinimumHeight(72 if name != "kioskStaff" else 40)
    return b


class KioskView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setStyleSheet(style.KIOSK)  # its own large type: the desk has no style sheet
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.pages = QStackedWidget()
        # welcome
        self.welcome = QWidget()
        self.title = _big("", "kioskTitle")
        self.intro = _big("", "kioskText")
        self.start_button = _button(self.tr("Start"), "kioskPrimary")
        self.start_named_button = _button(self.tr("Start, and add my name to my answers"))
        self.privacy = _big(self.tr("Your answers are anonymous: nobody will know who gave "
                                    "them."), "kioskHint")
        w = QVBoxLayout(self.welcome)
        w.addStretch(1)
        for x in (self.title, self.intro):
            w.addWidget(x)
        w.addSpacing(30)
        for x in (self.start_button, self.start_named_button):
            w.addWidget(x, 0, Qt.AlignmentFlag.AlignHCenter)
            x.setMinimumWidth(520)
        w.addWidget(self.privacy)
        w.addStretch(1)
        # question
        self.question_page = QWidget()
        self.progress = _big("", "kioskHint")
        self.question = _big("", "kioskQuestion")
        self.answer_holder = QVBoxLayout()
        self.error = _big("", "kioskError")
        self.back_button = _button(self.tr("Back"))
        self.next_button = _button(self.tr("Next"), "kioskPrimary")
        nav = QHBoxLayout()  # right to left: Back on the right, Next on the left
        nav.addWidget(self.back_button, 1)
        nav.addStretch(1)
        nav.addWidget(self.next_button, 2)
        q = QVBoxLayout(self.question_page)
        q.addWidget(self.progress)
        q.addStretch(1)
        q.addWidget(self.question)
        q.addSpacing(24)
        q.addLayout(self.answer_holder)
        q.addWidget(self.error)
        q.addStretch(2)
        q.addLayout(nav)
        # thanks
        self.thanks_page = QWidget()
        self.thanks = _big(self.tr("Thank you! Your answers were saved."), "kioskTitle")
        self.again_button = _button(self.tr("Done"), "kioskPrimary")
        t = QVBoxLayout(self.thanks_page)
        t.addStretch(1)
        t.addWidget(self.thanks)
        t.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignHCenter)
        t.addStretch(1)
        # staff unlock
        self.pin_page = QWidget()
        self.pin_label = _big(self.tr("Staff only: type the password of the staff member who "
                                      "opened the survey screen."), "kioskText")
        self.pin = QLineEdit()
        self.pin.setObjectName("kioskPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(420)
        self.pin_error = _big("", "kioskError")
        self.unlock_button = _button(self.tr("Unlock"), "kioskPrimary")
        self.resume_button = _button(self.tr("Back to the survey"))
        p = QVBoxLayout(self.pin_page)
        p.addStretch(1)
        p.addWidget(self.pin_label)
        p.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        p.addWidget(self.pin_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        p.addLayout(row)
        p.addStretch(1)
        for page in (self.welcome, self.question_page, self.thanks_page, self.pin_page):
            self.pages.addWidget(page)
        self.staff_button = _button(self.tr("Staff"), "kioskStaff")
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.staff_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 16, 48, 32)
        lay.addLayout(top)
        lay.addWidget(self.pages, 1)


class _Opened(NamedTuple):
    start: KioskStart
    session: surveys.KioskSession
    questionnaire: Questionnaire


def _default_start(db: object, channels: list[str]) -> KioskStart | None:
    """The first open campaign a beneficiary can answer, through the interview channel."""
    open_ = [c for c in surveys.campaigns(db, open_only=True) if c.kind != "supervisory_visit"]
    if not open_:
        return None
    channel = "interview" if "interview" in channels else (channels[0] if channels else "")
    return KioskStart(open_[0].id, channel)


class KioskController(QObject):
    """Signals: ``finished`` once a staff member unlocked; ``submitted(str)`` per response."""

    finished = Signal()
    submitted = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: UiContext, start: KioskStart | None = None,
                 view: KioskView | None = None):
        super().__init__()
        self.ctx, self.start = ctx, start
        self.view = view or KioskView()
        self.session: surveys.KioskSession | None = None
        self.questionnaire: Questionnaire | None = None
        self.inputs: list[AnswerInput] = []
        self.index = 0
        self.named = False
        self.idle = QTimer(self, singleShot=True, interval=IDLE_MS, timeout=self.restart)
        self.thanks_timer = QTimer(self, singleShot=True, interval=THANKS_MS,
                                   timeout=self.restart)
        v = self.view
        v.start_button.clicked.connect(lambda: self.begin(False))
        v.start_named_button.clicked.connect(lambda: self.begin(True))
        v.next_button.clicked.connect(self.next)
        v.back_button.clicked.connect(self.back)
        v.again_button.clicked.connect(self.restart)
        v.staff_button.clicked.connect(self.ask_pin)
        v.unlock_button.clicked.connect(self.unlock)
        v.pin.returnPressed.connect(self.unlock)
        v.resume_button.clicked.connect(self.restart)
        v.installEventFilter(self)
        self.ops = ctx.screen_ops(self.view, banner=self.view.error)

    # --- start -----------------------------------------------------------------------------
    def load(self) -> None:
        """Open the kiosk session (and the invitation) in the background, then the welcome."""
        start, actor, branch = self.start, self.ctx.actor, self.ctx.installation.branch_code
        channels = [c.code for c in self.ctx.profile.channels]

        def open_session(db: object) -> _Opened | None:
            chosen = start or _default_start(db, channels)
            if chosen is None:
                return None
            session = surveys.start_kiosk(db, actor, chosen.campaign_id, branch)
            if chosen.beneficiary_id:
                surveys.record_invitation(db, actor, chosen.campaign_id, chosen.beneficiary_id,
                                          subject_ref=chosen.subject_ref)
            info = surveys.campaign(db, chosen.campaign_id)
            return _Opened(chosen, session, surveys.questionnaire(db, info.questionnaire_id))

        self.ops.action(open_session, self._opened, changes={ops.SURVEY},
                        expect={StorageError: lambda exc: self._not_opened(storage_message(exc)),
                                ValidationFailed: lambda _e: self._not_opened(
                                    self.tr("This survey cannot be answered now."))})

    def _opened(self, opened: _Opened | None) -> None:
        v = self.view
        if opened is None:
            v.title.setText(self.tr("No survey is open."))
            v.intro.setText(self.tr("A manager can open one on the Surveys screen."))
            for b in (v.start_button, v.start_named_button, v.privacy):
                b.hide()
        else:
            self.start, self.session, self.questionnaire = opened
            q, ar = self.questionnaire, self.ctx.lang == "ar"
            v.title.setText(q.title_ar if ar else (q.title_en or q.title_ar))
            v.intro.setText(q.intro_ar if ar else (q.intro_en or q.intro_ar))
        self._ready()

    def _not_opened(self, text: str) -> None:
        self.view.title.setText(text)
        self.view.start_button.hide()
        self._ready()

    def _ready(self) -> None:
        self.restart()
        QApplication.instance().installEventFilter(self)
        self.loaded.emit()

    def restart(self) -> None:
        """Back to the welcome page; unfinished answers are forgotten."""
        self.thanks_timer.stop()
        self.index, self.named = 0, False
        self._build_inputs()
        v = self.view
        v.start_named_button.setVisible(bool(self.start and self.start.beneficiary_id))
        v.pin.clear()
        v.pin_error.clear()
        v.pages.setCurrentWidget(v.welcome)
        v.start_button.setFocus()
        self.idle.start()

    def _build_inputs(self) -> None:
        for w in self.inputs:
            w.setParent(None)
            w.deleteLater()
        self.inputs = []
        if self.questionnaire is None:
            return
        for question in self.questionnaire.questions:
            w = AnswerInput(question, self.ctx.lang, large=True)
            w.changed.connect(self._refresh_next)
            w.hide()
            self.view.answer_holder.addWidget(w)
            self.inputs.append(w)

    def begin(self, named: bool = False) -> None:
        if not self.inputs:
            return
        self.named = named
        self._show_question(0)

    # --- questions -------------------------------------------------------------------------
    def _show_question(self, i: int) -> None:
        v, q = self.view, self.questionnaire
        assert q is not None
        self.index = i
        question = q.questions[i]
        ar = self.ctx.lang == "ar"
        for k, w in enumerate(self.inputs):
            w.setVisible(k == i)
        v.progress.setText(self.tr("Question %1 of %2").replace("%1", str(i + 1))
                           .replace("%2", str(len(self.inputs))))
        text = question.text_ar if ar else (question.text_en or question.text_ar)
        v.question.setText(text if question.required else text + "\n" + self.tr("(optional)"))
        v.error.clear()
        v.back_button.setVisible(i > 0)
        last = i == len(self.inputs) - 1
        v.next_button.setText(self.tr("Send my answers") if last else self.tr("Next"))
        v.pages.setCurrentWidget(v.question_page)
        self._refresh_next()
        self.inputs[i].first_focus().setFocus()

    def _refresh_next(self) -> None:
        if self.questionnaire is None or not self.inputs:
            return
        question = self.questionnaire.questions[self.index]
        self.view.next_button.setEnabled(
            not question.required or self.inputs[self.index].is_answered())

    def current(self) -> AnswerInput | None:
        on_question = self.view.pages.currentWidget() is self.view.question_page
        return self.inputs[self.index] if on_question and self.inputs else None

    def next(self) -> None:
        if self.current() is None or not self.view.next_button.isEnabled():
            return
        if self.index + 1 < len(self.inputs):
            self._show_question(self.index + 1)
        else:
            self.submit()

    def back(self) -> None:
        if self.current() is not None and self.index > 0:
            self._show_question(self.index - 1)

    def answers(self) -> dict[str, Any]:
        assert self.questionnaire is not None
        return {q.code: w.value() for q, w in zip(self.questionnaire.questions, self.inputs,
                                                  strict=True) if w.value() is not None}

    def submit(self) -> bool:
        assert self.session is not None and self.start is not None
        session, start, answers = self.session, self.start, self.answers()
        named = start.beneficiary_id if self.named else None
        return self.ops.action(
            lambda db: surveys.submit(
                db, session.actor, start.campaign_id, answers, mode="kiosk",
                channel_code=start.channel_code, branch_code=session.branch_code,
                service_code=start.service_code, beneficiary_id=named),
            self._submitted, changes={ops.SURVEY}, busy=self.view.next_button,
            expect={StorageError: lambda exc: self.view.error.setText(storage_message(exc)),
                    ValidationFailed: lambda _e: self.view.error.setText(
                        self.tr("Some answers are missing; go back and check."))})

    def _submitted(self, rid: str) -> None:
        self.view.pages.setCurrentWidget(self.view.thanks_page)
        self.view.again_button.setFocus()
        self.thanks_timer.start()
        self.submitted.emit(rid)

    # --- staff -----------------------------------------------------------------------------
    def ask_pin(self) -> None:
        v = self.view
        v.pin.clear()
        v.pin_error.clear()
        v.pages.setCurrentWidget(v.pin_page)
        v.pin.setFocus()

    def unlock(self) -> bool:
        """Check the opener's password in the background (hashing it takes a while)."""
        v = self.view
        username, password = self.ctx.actor.username, v.pin.text()
        v.pin.clear()
        self.ops.query(lambda db: staff_service.authenticate(db, username, password),
                       self._unlocked, busy=v.unlock_button)
        return True

    def _unlocked(self, who: object) -> None:
        if who is None or who.id != self.ctx.actor.id:  # type: ignore[attr-defined]
            self.view.pin_error.setText(
                self.tr("Wrong password. The survey screen stays locked."))
            return
        self.close()
        self.finished.emit()

    def close(self) -> None:
        self.idle.stop()
        self.thanks_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.session is not None:
            actor, session = self.ctx.actor, self.session
            # Runs on after the kiosk view is gone; a failure only leaves no end time on the
            # session row, which nothing else depends on.
            self.ops.action(lambda db: surveys.end_kiosk(db, actor, session),
                            changes={ops.SURVEY}, expect={StorageError: lambda _e: None})
            self.session = None

    # --- keyboard and idle -----------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            if self.idle.isActive() or self.session is not None:
                self.idle.start()
        if kind == QEvent.Type.KeyPress and obj is self.view.window().windowHandle():
            return False
        if kind == QEvent.Type.KeyPress and self._is_ours(obj):
            return self._key(event)
        return False

    def _is_ours(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and (obj is self.view or self.view.isAncestorOf(obj))

    def _key(self, event: QEvent) -> bool:
        widget = self.current()
        focus = QApplication.focusWidget()
        typing = isinstance(focus, QPlainTextEdit | QLineEdit)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not typing:
            page = self.view.pages.currentWidget()
            if page is self.view.welcome and self.view.start_button.isVisible():
                self.begin(False)
            elif widget is not None:
                self.next()
            elif page is self.view.thanks_page:
                self.restart()
            return True
        number = digit_of(event.text())
        if widget is not None and number is not None and not typing:
            return widget.pick(number)
        return False
