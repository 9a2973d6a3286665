"""Signing in fast (issue 23). The sign-in page shown before the database is open
(ui/early_login.py): what is typed on it stays, an Enter pressed early is answered once the
database is open, and the name shown is corrected from the database. The registry's first page
is read in the sign-in's own job once the password is right, and shown with the shell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app import i18n
from desk_app.config import Settings
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import policy, signin, staff
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.login import check_sign_in
from desk_app.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_request_flow import register_one

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
    assert not w.lang_button.isEnabled()  # another language's window needs the database
    qtbot.keyClicks(v.username, "admin")
    qtbot.keyClick(v.username, Qt.Key.Key_Return)
    qtbot.keyClicks(v.password, ADMIN_PASSWORD)
    qtbot.keyClick(v.password, Qt.Key.Key_Return)  # the database is not open yet
    assert not v.password.isEnabled() and not v.button.isEnabled() and w.shell is None
    w.attach(desk_db, desk_db.clock)
    with qtbot.waitSignal(w.signed_in, timeout=10_000):
        w.start()
    assert w.login.view is v and w.shell.ctx.actor.username == "admin"
    assert v.title.text() == w.org_name() != OLD_NAME and w.lang_button.isEnabled()


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


def acknowledged(db, actor) -> None:  # noqa: ANN001
    """The office's policy acknowledged by ``actor`` (the policy page comes first otherwise)."""
    version = policy.pending(db, actor)
    if version is not None:
        policy.acknowledge(db, actor, version.number, policy.text_sha256(version))


def test_the_registry_shows_the_page_read_with_the_sign_in(qtbot, window, desk_db, desk_admin):
    register_one(desk_db, desk_admin)
    acknowledged(desk_db, desk_admin)
    v = window.login.view
    qtbot.keyClicks(v.username, "admin")
    qtbot.keyClicks(v.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=10_000):
        qtbot.keyClick(v.password, Qt.Key.Key_Return)
    reg = window.shell.controllers["registry"]  # shown with the shell: no second read
    assert [r.id_number for r in reg.last_page.rows] == [make_saudi_id(1, "87654321")]
    assert reg.model.rowCount() == 1 and not reg.searching() and reg.ops.fresh("search")
    assert window.shell.ctx.first_page is None  # taken once


def test_the_first_page_is_read_only_for_a_right_password(desk_db, desk_admin):
    register_one(desk_db, desk_admin)
    if policy.pending(desk_db, desk_admin) is not None:  # the policy page first: read after it
        assert check_sign_in(desk_db, "admin", ADMIN_PASSWORD, 50).first_page is None
        acknowledged(desk_db, desk_admin)
    refused = check_sign_in(desk_db, "admin", "not the password", 50)
    assert isinstance(refused, signin.SignIn) and not refused.signed_in
    session = check_sign_in(desk_db, "admin", ADMIN_PASSWORD, 50)
    assert len(session.first_page.rows) == 1
    assert check_sign_in(desk_db, "admin", ADMIN_PASSWORD).first_page is None
    muna = staff.create(desk_db, desk_admin, "muna", "manager-pass-2026", "منى", "manager",
                        must_change=False)  # a manager starts at the dashboard: nothing read
    acknowledged(desk_db, muna)
    assert check_sign_in(desk_db, "muna", "manager-pass-2026", 50).first_page is None
