"""First start: "connect to the office server" beside "this PC only". A wrong database is a
message beside the form (nothing changed on this PC); the right one, still empty, is set up
from this desk and the desk then signs in there; the choice is remembered for this PC."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_app import config
from desk_app.config import Settings
from desk_app.services import installation
from desk_app.storage.db import Database
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow
from tests.ui.waiting import settle

SHOT = "/tmp/desk-first-start-{what}-ar.png"


@pytest.fixture
def fresh_window(qtbot, tmp_path, monkeypatch, arabic, clock, desk_look):
    monkeypatch.setenv("DESK_APP_DATA_DIR", str(tmp_path / "data"))
    local = Database.open(f"sqlite:///{tmp_path / 'data' / 'desk.sqlite3'}", clock=clock)
    w = MainWindow(local, Settings(db_url=local.url, language="ar"), RecordingDialogs(),
                   clock=clock)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.started):
        w.start()
    switched = []
    w.database_changed.connect(switched.append)
    yield w, switched
    for db in [local, *switched]:
        db.dispose()


def _type(widget, text):
    widget.clear()
    widget.setText(text)


def test_connecting_to_an_empty_office_database_sets_it_up_and_signs_in_there(
        qtbot, fresh_window, pg_server):
    w, switched = fresh_window
    first = w.first_run
    assert first.view.this_pc.isChecked() and first.view.title.text() == "إعداد مكتب المستفيدين"
    w.grab().save(SHOT.format(what="choice"))
    qtbot.mouseClick(first.view.office, Qt.MouseButton.LeftButton)
    panel = first.server.view
    assert panel.isVisible()
    name = pg_server.create_database()  # empty: no schema yet
    _type(panel.host, str(pg_server.socket_dir))
    _type(panel.database, "no_such_database")
    _type(panel.user, "postgres")
    w.grab().save(SHOT.format(what="server"))
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert panel.banner.isVisible() and "تعذّر الاتصال بخادم المكتب" in panel.banner.text()
    assert panel.database.text() == "no_such_database" and not switched
    assert config.saved_server_url() is None  # nothing changed on this PC

    _type(panel.database, name)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, timeout=60000)
    assert not panel.banner.isVisible(), panel.banner.toolTip()
    qtbot.waitUntil(lambda: w.first_run is not first and w.first_run is not None, timeout=30000)
    assert len(switched) == 1 and config.saved_server_url() == switched[0].url
    assert "host=" in switched[0].url and "sslmode=require" in switched[0].url
    setup = w.first_run.view
    assert setup.title.text() == "إعداد قاعدة بيانات المكتب"
    assert not setup.office.isVisible()  # the choice is made
    _type(setup.admin_name, "مدير المكتب")
    _type(setup.password, "long-password-1")
    _type(setup.password2, "long-password-1")
    qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.login is not None)
    assert installation.is_initialised(switched[0])
    assert w.pages.currentWidget() is w.login.view
    # the next start of the app on this PC goes to the server
    assert config.database_url() == switched[0].url
    assert Path(config.data_dir() / config.SERVER_FILE).stat().st_mode & 0o077 == 0
