"""UI tests: one QApplication (pytest-qt), Arabic installed as at a real desk."""

import pytest

from desk_app import i18n
from desk_app.config import Settings
from desk_app.ui import style, wheel_guard
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow


@pytest.fixture
def arabic(qapp):
    i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "ar")


@pytest.fixture
def desk_look(qapp):
    """The desk's own font and style, as the application starts (sizes and screenshots)."""
    with style.applied(qapp):
        yield


@pytest.fixture
def window(qtbot, qapp, desk_db, arabic):
    wheel_guard.install(qapp)  # as app.py does: one filter for the whole application
    settings = Settings(db_url=desk_db.url, language="ar", page_size=50)
    # The policy page after sign-in has its own tests (test_policy_ack.py): these start at the desk.
    # The idle lock has its own tests (test_idle_lock.py): a slow test must not lock itself.
    w = MainWindow(desk_db, settings, RecordingDialogs(), clock=desk_db.clock, ask_policy=False,
                   idle_minutes=0)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.started):
        w.start()
    return w
