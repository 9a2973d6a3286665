"""The sign-in page shown before the database is open (ui/early_login.py, issue 23): what is
typed on it stays, an Enter pressed early is answered once the database is open, and the name
shown is corrected from the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app import i18n
from desk_app.config import Settings
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD

OLD_NAME = "جمعية بالاسم القديم"  # remembered from the last start; the database says otherwise


def early_window(qtbot, db, language: str = "ar") -> MainWindow:  # noqa: ANN001
    settings = Settings(db_url=db.url, language=language, page_size=50)
    w = MainWindow(None, settings, RecordingDialogs(), clock=db.clock, ask_policy=False,
                   idle_minutes=0)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show_sign_in_early(OLD_NAME)
    w.show()
    return w


def test_enter_before_the_database_is_open_signs_in_once_it_is(qtbot, desk_db, arabic):
    w = early_window(qtbot, desk_db)
    v = w.early.view
    assert w.pages.currentWidget() is v and v.title.text() == OLD_NAME
    qtbot.keyClicks(v.username, "admin")
    qtbot.keyClick(v.username, Qt.Key.Key_Return)
    qtbot.keyClicks(v.password, ADMIN_PASSWORD)
    qtbot.keyClick(v.password, Qt.Key.Key_Return)  # the database is not open yet
    assert not v.password.isEnabled() and not v.button.isEnabled() and w.shell is None
    w.attach(desk_db, desk_db.clock)
    with qtbot.waitSignal(w.signed_in, timeout=10_000):
        w.start()
    assert w.login.view is v and w.shell.ctx.actor.username == "admin"
    assert v.title.text() == w.org_name() != OLD_NAME


@pytest.mark.parametrize("language", ["ar", "en"])
def test_what_was_typed_stays_when_the_database_opens(qtbot, qapp, desk_db, language):
    i18n.install(qapp, language)
    try:
        w = early_window(qtbot, desk_db, language)
        v = w.early.view
        qtbot.keyClicks(v.username, "admin")
        qtbot.keyClick(v.password, Qt.Key.Key_Return)  # no password yet: nothing is kept
        w.grab().save(f"/tmp/early-sign-in-{language}.png")
        w.attach(desk_db, desk_db.clock)
        with qtbot.waitSignal(w.started, timeout=10_000):
            w.start()
        assert w.login.view is v and w.early is None
        assert v.username.text() == "admin" and v.password.isEnabled() and w.shell is None
        qtbot.keyClicks(v.password, ADMIN_PASSWORD)
        with qtbot.waitSignal(w.signed_in, timeout=10_000):
            qtbot.keyClick(v.password, Qt.Key.Key_Return)
        w.grab().save(f"/tmp/early-sign-in-desk-{language}.png")
    finally:
        i18n.install(qapp, "ar")
