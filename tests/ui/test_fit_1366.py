"""Both languages fit a 1366×768 desk (issue 18): every screen is opened in Arabic and in
English in a 1366×768 window and grabbed; the test fails when the window had to grow, when an
interactive widget or a label lies outside the window (outside a scrolling area, where it could
not be reached), or when a label is narrower than its text (clipped). The grabs are written to
``$DESK_SCREENSHOTS`` (default: the test's tmp folder) to be looked at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app import i18n
from desk_app.config import Settings
from desk_app.ui import navigation
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle

W, H = 1366, 768
SCREENS = [s.name for s in navigation.screens() if not s.takes_over]
CHECKED = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QLabel)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scrolling area (reachable by scrolling, so not judged by the window's edge)."""
    w = widget.parentWidget()
    while w is not None and w is not top:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def _clipped(label: QLabel) -> bool:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return False
    if label.wordWrap():
        return label.height() + 2 < label.heightForWidth(label.width())
    return label.width() + 2 < label.sizeHint().width()


def problems(window: QWidget) -> list[str]:
    found = []
    frame = QRect(QPoint(0, 0), window.size())
    for w in window.findChildren(QWidget):
        if not isinstance(w, CHECKED) or not w.isVisible() or _scrolled(w, window):
            continue
        name = f"{type(w).__name__} {w.objectName() or ''}«{getattr(w, 'text', lambda: '')()}»"
        rect = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
        if not frame.contains(rect):
            found.append(f"outside the window: {name} at {rect.getRect()}")
        elif isinstance(w, QLabel) and _clipped(w):
            found.append(f"clipped: {name} {w.width()}px < {w.sizeHint().width()}px")
    return found


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("DESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_screen_fits_1366x768(qtbot, qapp, desk_db, shots, lang, desk_look):
    i18n.install(qapp, lang)  # desk_look: as the application starts, its own font and sizes
    try:
        window = MainWindow(desk_db, Settings(db_url=desk_db.url, language=lang),
                            RecordingDialogs(), clock=desk_db.clock,
                            ask_policy=False)  # its page: tests/ui/test_policy_ack.py
        qtbot.addWidget(window)
        window.resize(W, H)
        window.show()
        with qtbot.waitSignal(window.started):
            window.start()
        sign_in(qtbot, window)
        report = {}
        for name in SCREENS:
            window.shell.show_screen(name)
            settle(qtbot, window)
            qapp.processEvents()
            window.grab().save(str(shots / f"{lang}-{name}.png"))
            size = (window.width(), window.height())
            trouble = problems(window)
            if size != (W, H):
                trouble.insert(0, f"the window became {size[0]}×{size[1]}")
            if trouble:
                report[name] = trouble
        assert not report, "\n".join(f"{lang} {n}: " + "; ".join(t) for n, t in report.items())
    finally:
        i18n.install(qapp, "ar")
