"""One small service for message boxes, so screens never build QMessageBox themselves and tests
can record what a person would have been told."""

from __future__ import annotations

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


class RecordingDialogs(Dialogs):
    """For tests and the smoke start: remembers messages, answers confirmations as told."""

    def __init__(self, confirm_answer: bool = True):
        super().__init__(None)
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answer = confirm_answer

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.confirm_answer
