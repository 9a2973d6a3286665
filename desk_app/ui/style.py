"""Application look: the shipped interface font and one style sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app.config import RESOURCES

UI_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")

STYLE = """
QWidget { font-size: 10.5pt; }
QLabel#screenTitle { font-size: 15pt; font-weight: bold; color: #1f4e5a; padding: 4px 0; }
QLabel#loginTitle { font-size: 17pt; font-weight: bold; color: #1f4e5a; }
QLabel#fieldError { color: #b00020; font-size: 9.5pt; }
QLabel#hint { color: #555; }
QLabel#status { color: #333; }
QLabel#banner { padding: 6px 10px; border-radius: 4px; }
QLabel#banner[kind="error"] { background: #fdecea; color: #8a1c13; border: 1px solid #f5c2c0; }
QLabel#banner[kind="ok"] { background: #e7f5ea; color: #1d5e2b; border: 1px solid #b9e0c2; }
QFrame#duplicates { background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; }
QFrame#card { background: white; border: 1px solid #d6dde0; border-radius: 8px; padding: 16px; }
QPushButton { padding: 5px 12px; }
QPushButton#primary { background: #1f6f7a; color: white; font-weight: bold; border-radius: 4px;
                      padding: 6px 16px; }
QPushButton#primary:disabled { background: #9bb9bd; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 1px solid #b00020; }
QListWidget#nav { background: #1f4e5a; color: white; font-size: 11pt; border: none; }
QListWidget#nav::item { padding: 5px 12px; }
QListWidget#nav::item:selected { background: #2f7f8c; }
QGroupBox { font-weight: bold; margin-top: 18px; padding-top: 8px; border: 1px solid #cfd8dc;
            border-radius: 4px; }
QLabel#headline { font-size: 14pt; font-weight: bold; color: #1f4e5a; }
QPushButton#answerOption { min-width: 34px; }
QPushButton#answerOption:checked { background: #1f6f7a; color: white; }
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
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top right; right: 10px;
                   padding: 0 4px; color: #1f4e5a; }
"""


def apply(app: QApplication) -> None:
    families: list[str] = []
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0])
        font.setPointSizeF(10.5)
        app.setFont(font)
    app.setStyleSheet(STYLE)
