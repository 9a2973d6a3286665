"""Date entry in Hijri or Gregorian, showing the other calendar as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desk_app.domain import calendar as cal


class DualDateEdit(QWidget):
    """A text field + calendar choice; ``text()`` keeps exactly what was typed."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "ar"):
        super().__init__(parent)
        self.lang = lang
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaximumWidth(130)
        self.calendar = QComboBox(self)
        self.calendar.addItem(self.tr("Gregorian"), "gregorian")
        self.calendar.addItem(self.tr("Hijri"), "hijri")
        self.other = QLabel(self)
        self.other.setObjectName("hint")
        self.other.setWordWrap(True)  # the other calendar's date may take two lines, not the width
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addWidget(self.calendar)
        lay.addWidget(self.other, 1)
        self.edit.textChanged.connect(self._refresh)
        self.calendar.currentIndexChanged.connect(self._refresh)
        self.edit.editingFinished.connect(self._refresh)
        self.edit.editingFinished.connect(self.editingFinished)
        self.calendar.activated.connect(lambda _i: self.editingFinished.emit())

    def text(self) -> str:
        return self.edit.text()

    def calendar_code(self) -> str:
        return self.calendar.currentData()

    def set_value(self, text: str, calendar: str = "gregorian") -> None:
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(calendar)))
        self.edit.setText(text)

    def value(self) -> date | None:
        try:
            return cal.parse_date_text(self.edit.text(), self.calendar_code())
        except ValueError:
            return None

    def _refresh(self) -> None:
        d = self.value()
        try:
            self.other.setText(cal.format_dual(d, self.lang) if d else "")
        except ValueError:  # outside the Umm al-Qura table (e.g. a Hijri year typed as Gregorian)
            # A hint while typing only: once the field is left, the form's own message beside
            # the field says it (issue 18: the two used to show together).
            typing = self.edit.hasFocus()
            self.other.setText(self.tr("Hijri year? Choose Hijri.")
                               if typing and d and d.year < 1600 else "")
