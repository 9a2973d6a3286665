"""Encryption at the desk (issue 19): the first start asks for the installation passphrase and
encrypts the new database; a later start asks for it before sign-in (a wrong one is a message
beside the field); the administrator encrypts an existing plain database from Backups."""

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from desk_app.config import Settings
from desk_app.services import encryption, installation
from desk_app.storage import cipher
from desk_app.storage.db import Database
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow
from tests.ui.waiting import settle

pytestmark = pytest.mark.sqlite_only
SHOT = "/tmp/desk-encryption-{what}-{lang}.png"
PHRASE = "نخلة الأحساء في الربيع"


pytestmark = pytest.mark.usefixtures("desk_look")  # the desk's look in the screenshots


@pytest.fixture(autouse=True)
def no_key_store():
    """No key store on this machine: "remember" keeps nothing, the passphrase is asked."""
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


def _window(qtbot, db, lang="ar"):
    w = MainWindow(db, Settings(db_url=db.url, language=lang) if db else None,
                   RecordingDialogs(), clock=db.clock)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _type(widget, text):
    widget.clear()
    widget.setText(text)


def test_first_start_encrypts_the_new_database(qtbot, tmp_path, monkeypatch, arabic, clock):
    monkeypatch.setenv("DESK_APP_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "data" / "desk.sqlite3"
    db = Database.open(f"sqlite:///{path}", clock=clock)
    w = _window(qtbot, db)
    with qtbot.waitSignal(w.started):
        w.start()
    setup = w.first_run.view
    assert setup.encrypt.isChecked() and setup.passphrase.isEnabled()
    _type(setup.admin_name, "مدير المكتب")
    _type(setup.password, "long-password-1")
    _type(setup.password2, "long-password-1")
    _type(setup.passphrase, "short")
    _type(setup.passphrase2, "short")
    qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert "10" in setup.boxes["passphrase"].error.text()
    assert not installation.is_initialised(db) and not cipher.is_encrypted(path)
    _type(setup.passphrase, PHRASE)
    _type(setup.passphrase2, PHRASE + "!")
    qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert setup.boxes["passphrase2"].error.text() == "عبارتا المرور مختلفتان."
    _type(setup.passphrase2, PHRASE)
    qtbot.wait(100)
    w.grab().save(SHOT.format(what="first-start", lang="ar"))
    qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, timeout=60000)
    qtbot.waitUntil(lambda: w.login is not None, timeout=30000)
    assert cipher.is_encrypted(path) and installation.is_initialised(db)  # same handle, reopened
    db.dispose()
    cipher.forget(path)
    assert encryption.state(f"sqlite:///{path}") == encryption.LOCKED


def test_the_passphrase_page_before_sign_in(qtbot, tmp_path, arabic, clock):
    path = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{path}"
    db = Database.open(url, clock=clock)
    installation.initialise(db, preset_key="althikr_alhakeem", branch_code="HQ",
                            admin_username="admin", admin_password="long-password-1",
                            admin_full_name="مدير")
    db.dispose()
    encryption.encrypt(url, PHRASE, clock())
    cipher.forget(path)
    w = MainWindow(None, Settings(db_url=url, language="ar"), RecordingDialogs(), clock=clock)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    opened = []
    w.show_unlock(url, lambda: opened.append(Database.open(url, clock=clock)))
    page = w.unlock.view
    assert w.pages.currentWidget() is page
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _type(page.passphrase, "ليست هي")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w.unlock.ops.ops)
    assert page.error.isVisible() and "لا تفتح قاعدة البيانات" in page.error.text()
    assert page.passphrase.text() == "ليست هي" and not opened  # kept as typed
    qtbot.wait(100)  # the error line laid out
    w.grab().save(SHOT.format(what="unlock", lang="ar"))
    _type(page.passphrase, PHRASE)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w.unlock.ops.ops)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert installation.is_initialised(opened[0])
    opened[0].dispose()
    assert Path(path).is_file()


def test_the_administrator_encrypts_a_plain_database_from_backups(qtbot, qapp, desk_db,
                                                                   desk_admin, arabic, tmp_path):
    from desk_app import i18n
    from desk_app.domain.entities import Actor
    from desk_app.services import autobackup, demo
    from desk_app.ui.screens.backups import BackupsController
    from tests.ui.waiting import make_ctx

    demo.generate(desk_db, beneficiaries=15, seed=5, progress=None)
    autobackup.run(desk_db, autobackup.plan_for(None, tmp_path / "backups"))  # a plain copy
    ctx = make_ctx(desk_db, desk_admin, Settings(desk_db.url, "ar"))
    ctl = BackupsController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctx)
    panel = ctl.encryption.view
    assert panel.form.isVisible() and "ليست مشفّرة" in panel.state.text()
    other = Database.open(desk_db.url, clock=desk_db.clock)  # a second desk still open
    _type(panel.passphrase, PHRASE)
    _type(panel.passphrase2, PHRASE)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx, timeout=60000)
    assert ctl.view.banner.property("kind") == "error" and "مكتب آخر" in ctl.view.banner.text()
    assert not cipher.is_encrypted(Path(desk_db.url.removeprefix("sqlite:///")))
    assert installation.is_initialised(desk_db)  # this desk goes on working on it
    other.dispose()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx, timeout=60000)
    banner = ctl.view.banner
    assert banner.property("kind") == "ok", banner.text()
    assert "أصبحت قاعدة البيانات مشفّرة" in banner.text() and "(1)" in banner.text()
    auto = next((tmp_path / "backups").glob("desk-auto-*.sqlite3"))
    assert cipher.is_encrypted(auto)  # the older plain backup was encrypted too
    assert cipher.is_encrypted(Path(desk_db.url.removeprefix("sqlite:///")))
    assert not panel.form.isVisible() and "مشفّرة بمعيار AES-256" in panel.state.text()
    assert installation.is_initialised(desk_db)  # the same handle, reopened on the new file
    qtbot.wait(100)
    ctl.view.grab().save(SHOT.format(what="backups", lang="ar"))
    i18n.install(qapp, "en")
    try:
        english = BackupsController(make_ctx(desk_db, desk_admin, Settings(desk_db.url, "en")))
        qtbot.addWidget(english.view)
        english.view.resize(1366, 768)
        english.view.show()
        english.load()
        settle(qtbot, english.ctx)
        assert english.encryption.view.state.text().startswith("The database on this PC is "
                                                               "encrypted")
        english.view.grab().save(SHOT.format(what="backups", lang="en"))
    finally:
        i18n.install(qapp, "ar")
    manager = Actor(desk_admin.id, desk_admin.username, "manager", desk_admin.full_name)
    assert not make_ctx(desk_db, manager).may("backup.restore")
