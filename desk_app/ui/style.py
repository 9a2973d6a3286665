"""Application look: the shipped interface font and the desk's style (ui/desk_style.py).

No style sheet on the application (issue 23): Qt's style-sheet engine matched every rule against
every widget at build, again when a screen moved under another parent and on every size and
paint query (~¾ of building a screen). The desk's named widgets are dressed by
:class:`~desk_app.ui.desk_style.DeskStyle` instead. Only the survey kiosk, a screen of its own
built once when it takes over, keeps a style sheet (:data:`KIOSK`, set on the kiosk itself).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app.config import RESOURCES
from desk_app.ui.desk_style import DeskStyle

UI_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")

#: The survey kiosk's large type and buttons (on the kiosk's own widget, not the application).
KIOSK = """
QWidget#kiosk { background: #f4f8f9; }
QLabel#kioskTitle { font-size: 26pt; font-weight: bold; color: #1f4e5a; }
QLabel#kioskQuestion { font-size: 22pt; font-weight: bold; color: #16323a; }
QLabel#kioskText { font-size: 16pt; color: #263238; }
QLabel#kioskHint { font-size: 13pt; color: #555; }
QLabel#kioskError { font-size: 14pt; color: #b00020; }
QPlainTextEdit#kioskText { font-size: 16pt; background: white; }
QLineEdit#kioskPin { font-size: 18pt; padding: 8px; }
QPushButton#kioskOption { font-size: 18pt; background: white; border: 2px solid #9bb9bd;
                          border-radius: 14px; padding: 12px; }
QPushButton#kioskOption:checked { background: #1f6f7a; color: white; border-color: #1f6f7a; }
QPushButton#kioskOption:focus { border: 3px solid #f0a500; }
QPushButton#kioskNav { font-size: 17pt; background: #e3ecee; border: 1px solid #b0c4c8;
                       border-radius: 12px; padding: 10px 28px; }
QPushButton#kioskPrimary { font-size: 18pt; font-weight: bold; color: white; background: #1f6f7a;
                           border-radius: 12px; padding: 10px 36px; }
QPushButton#kioskPrimary:disabled { background: #b7cfd2; }
QPushButton#kioskStaff { font-size: 10pt; color: #555; background: transparent;
                         border: 1px solid #cfd8dc; border-radius: 6px; padding: 4px 14px; }
"""


def serial_fills() -> None:
    """Before the QApplication is made: Qt's raster engine fills on the GUI thread itself.
    By default it hands every fill taller than ~96 rows to a pool of threads and waits for them;
    on the desk's two cores, busy with its query workers, a scroll bar's repaint waited ~6 ms
    for 0.3 ms of work (bench/NOTES.md, session 6). Left alone when set already."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def apply(app: QApplication) -> None:
    """The desk's font and style on ``app`` (before any window is built)."""
    families: list[str] = []
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0])
        font.setPointSizeF(10.5)
        app.setFont(font)
    if not isinstance(app.style(), DeskStyle):
        app.setStyle(DeskStyle(app.style().name()))


@contextmanager
def applied(app: QApplication) -> Iterator[None]:
    """The desk's look for a while (tests: screenshots and sizes as the application shows
    them), then the application's font and style as they were."""
    font, name = app.font(), app.style().name()
    apply(app)
    try:
        yield
    finally:
        app.setFont(font)
        app.setStyle(name)
