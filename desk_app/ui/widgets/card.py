"""The pieces of the centred card pages (sign-in, idle lock, first start, unlocking the
database): one password field, one error line, one card, one way to centre it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget


def password_edit(name: str = "password") -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label() -> QLabel:
    """Red, wrapped, hidden until there is something to say."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def card(min_width: int, max_width: int) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setMinimumWidth(min_width)  # room for a two-line message without clipping a word
    frame.setMaximumWidth(max_width)
    return frame


def centre(page: QWidget, frame: QFrame, items: list[QWidget | QLayout]) -> QVBoxLayout:
    """Fill ``frame`` with ``items`` (top to bottom) and set it in the middle of ``page``, a
    little above centre; returns the page's layout (for margins)."""
    inner = QVBoxLayout(frame)
    for item in items:
        if isinstance(item, QLayout):
            inner.addLayout(item)
        else:
            inner.addWidget(item)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)
    return outer
