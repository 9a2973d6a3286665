"""Typing as a person does, including Arabic letters (QTest only maps ASCII keys)."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Send one key press/release per character, with the character as the event's text."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        if ch.isascii() and ch.isalnum():
            key = Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def leave(widget) -> None:
    """Move focus on, as Tab does, so the field's editingFinished fires."""
    widget.setFocus()
    widget.clearFocus()
    QApplication.processEvents()
