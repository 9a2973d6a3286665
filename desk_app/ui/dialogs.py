"""One small service for message boxes, so screens never build QMessageBox themselves and tests
can record what a person would have been told."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Dialogs:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def unsaved(self, title: str, text: str) -> str:
        """Save / Discard / Cancel; Cancel is the default and Esc, so Enter keeps the work."""
        b = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, b.Save | b.Discard | b.Cancel,
                          self.parent)
        box.button(b.Save).setText(QCoreApplication.translate("Dialogs", "Save"))
        box.button(b.Discard).setText(QCoreApplication.translate("Dialogs", "Discard changes"))
        box.button(b.Cancel).setText(QCoreApplication.translate("Dialogs", "Cancel"))
        box.setDefaultButton(b.Cancel)
        box.setEscapeButton(b.Cancel)
        answer = box.exec()
        return {b.Save: "save", b.Discard: "discard"}.get(b(answer), "cancel")


class RecordingDialogs(Dialogs):
    """For tests and the smoke start: remembers messages, answers confirmations as told."""

    def __init__(self, confirm_answer: bool = True, unsaved_answer: str = "discard"):
        super().__init__(None)
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answer = confirm_answer
        self.unsaved_answer = unsaved_answer

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.confirm_answer

    def unsaved(self, title: str, text: str) -> str:
        self.messages.append(("unsaved", title, text))
        return self.unsaved_answer
