"""The desk's look without a style sheet (issue 23): Qt's style-sheet engine matched every rule
against every widget at build and again whenever a screen built ahead moved into the session
(~¾ of building the request screen). These fail when a style sheet comes back on a desk screen,
or when a named widget loses its colours."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.ui import style
from desk_app.ui.desk_style import DeskStyle
from desk_app.ui.widgets.fields import FieldBox, show_banner

UI = Path(style.__file__).parent
#: The survey kiosk takes the whole window, once, with its own large type: its sheet is its own.
MAY_SET_A_SHEET = {"screens/kiosk.py"}


def test_no_desk_screen_sets_a_style_sheet():
    setters = {str(p.relative_to(UI)) for p in UI.rglob("*.py")
               if re.search(r"\.setStyleSheet\(", p.read_text(encoding="utf-8"))}
    assert setters <= MAY_SET_A_SHEET, sorted(setters - MAY_SET_A_SHEET)


def test_the_application_has_a_style_and_no_sheet_and_gets_its_own_back(qapp):
    before = qapp.style().name()
    with style.applied(qapp):
        assert isinstance(qapp.style(), DeskStyle) and qapp.styleSheet() == ""
        assert qapp.font().pointSizeF() == 10.5
    assert not isinstance(qapp.style(), DeskStyle) and qapp.style().name() == before


def _pixel(widget: QWidget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def test_named_widgets_keep_their_colours_fonts_and_boxes(qtbot, desk_look):
    page = QWidget()
    qtbot.addWidget(page)
    lay = QVBoxLayout(page)
    title, banner = QLabel("طلب"), QLabel("لم يُحفظ")
    title.setObjectName("screenTitle")
    banner.setObjectName("banner")
    primary = QPushButton("حفظ")
    primary.setObjectName("primary")
    box = FieldBox(QLineEdit())
    for w in (title, banner, primary, box):
        lay.addWidget(w)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    show_banner(banner, "لم يُحفظ", "error")
    box.set_error("هذا الحقل مطلوب.")
    qtbot.wait(10)
    font = title.font()
    assert (font.pointSizeF(), font.bold()) == (15, True)
    assert title.palette().color(QPalette.ColorRole.WindowText).name() == "#1f4e5a"
    assert banner.palette().color(QPalette.ColorRole.WindowText).name() == "#8a1c13"
    assert _pixel(banner, 3, banner.height() // 2) == "#fdecea"  # its box, padding included
    assert banner.contentsMargins().left() == 11  # padding 10 + border 1
    assert _pixel(primary, primary.width() // 2, 4) == "#1f6f7a"
    assert primary.palette().color(QPalette.ColorRole.ButtonText).name() == "#ffffff"
    edit = box.widget
    assert _pixel(edit, 0, edit.height() // 2) == "#b00020"  # an invalid field's red frame
    assert box.error.palette().color(QPalette.ColorRole.WindowText).name() == "#b00020"
    box.set_error("")
    qtbot.wait(10)
    assert _pixel(edit, 0, edit.height() // 2) != "#b00020"
    show_banner(banner, "حُفظ", "ok")
    assert _pixel(banner, 3, banner.height() // 2) == "#e7f5ea"
