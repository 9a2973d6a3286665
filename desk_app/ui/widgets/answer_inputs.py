"""One input per question kind, shared by the kiosk (large, touch) and paper entry (compact).

Wording comes from the questionnaire (data), not from translations. Options are checkable
buttons: a tap, a click, Tab + Space, or the option's number on the keyboard (1–9, Arabic-Indic
digits too) picks one; in a multiple-choice question the number toggles it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.survey_defaults import RATING_LABELS_AR, RATING_LABELS_EN
from desk_app.domain.surveys import Question

_ARABIC_INDIC = {ord("٠") + i: str(i) for i in range(10)}


def digit_of(text: str) -> int | None:
    """The digit a key typed (Latin or Arabic-Indic), or None."""
    t = text.translate(_ARABIC_INDIC)
    return int(t) if len(t) == 1 and t.isdigit() else None


class AnswerInput(QWidget):
    changed = Signal()

    def __init__(self, question: Question, lang: str, large: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.question, self.lang, self.large = question, lang, large
        self.buttons: list[tuple[QPushButton, Any]] = []
        self.text: QPlainTextEdit | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(question.kind in ("rating", "yes_no", "single"))
        kind = question.kind
        if kind == "text":
            self.text = QPlainTextEdit()
            self.text.setObjectName("kioskText" if large else "")
            self.text.setTabChangesFocus(True)
            self.text.setMinimumHeight(160 if large else 60)
            self.text.textChanged.connect(self.changed)
            lay = QVBoxLayout(self)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(self.text)
            return
        if kind == "rating":
            labels = RATING_LABELS_AR if lang == "ar" else RATING_LABELS_EN
            options = [(f"{n}\n{labels[n - 1]}" if large else str(n), n) for n in range(1, 6)]
        elif kind == "yes_no":
            options = [(self.tr("Yes"), True), (self.tr("No"), False)]
        else:
            options = [((c.text_ar if lang == "ar" else (c.text_en or c.text_ar)), c.code)
                       for c in question.choices]
        for label, value in options:
            b = QPushButton(label)
            b.setCheckable(True)
            b.setObjectName("kioskOption" if large else "answerOption")
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if large:
                b.setMinimumHeight(110 if kind == "rating" else 70)
            self.group.addButton(b)
            self.buttons.append((b, value))
            b.toggled.connect(lambda _on: self.changed.emit())
        self._lay_out(kind)

    def _lay_out(self, kind: str) -> None:
        if kind in ("rating", "yes_no") or not self.large:
            lay: QHBoxLayout | QGridLayout = QHBoxLayout(self)
            for b, _v in self.buttons:
                lay.addWidget(b)
            if not self.large:
                lay.addStretch(1)
        else:  # long option texts: two columns of big buttons
            lay = QGridLayout(self)
            for i, (b, _v) in enumerate(self.buttons):
                lay.addWidget(b, i // 2, i % 2)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16 if self.large else 4)

    def value(self) -> Any:
        if self.text is not None:
            return self.text.toPlainText().strip() or None
        chosen = [v for b, v in self.buttons if b.isChecked()]
        if self.question.kind == "multiple":
            return chosen or None
        return chosen[0] if chosen else None

    def is_answered(self) -> bool:
        return self.value() is not None

    def clear(self) -> None:
        if self.text is not None:
            self.text.clear()
            return
        self.group.setExclusive(False)
        for b, _v in self.buttons:
            b.setChecked(False)
        self.group.setExclusive(self.question.kind != "multiple")

    def pick(self, number: int) -> bool:
        """Pick (or, in multiple choice, toggle) option ``number`` (1-based)."""
        if not 1 <= number <= len(self.buttons):
            return False
        b = self.buttons[number - 1][0]
        b.setChecked(not b.isChecked() if self.question.kind == "multiple" else True)
        b.setFocus()
        return True

    def first_focus(self) -> QWidget:
        return self.text if self.text is not None else self.buttons[0][0]


class QuestionBlock(QWidget):
    """Question wording above its input, with an error line (paper entry)."""

    def __init__(self, number: int, question: Question, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        text = question.text_ar if lang == "ar" else (question.text_en or question.text_ar)
        self.label = QLabel(f"{number}. {text}" + ("" if question.required else
                                                    "  " + self.tr("(optional)")))
        self.label.setWordWrap(True)
        self.input = AnswerInput(question, lang, large=False)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        lay.addWidget(self.label)
        lay.addWidget(self.input)
        lay.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
