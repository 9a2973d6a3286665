"""An unexpected error in a slot on the GUI thread: logged, said once in Arabic, and a smoke run
fails at once instead of waiting out its timeout."""

import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer

from desk_app.ui import crash


def boom() -> None:
    raise RuntimeError("a slot that fails")


@pytest.fixture
def net_installed():
    before = sys.excepthook
    yield
    sys.excepthook = before


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_said_once(qtbot, tmp_path, arabic, net_installed):
    told = []
    net = crash.install(crash.Net(lambda title, text: told.append((title, text)),
                                  log=tmp_path / "logs" / "errors.log",
                                  clock=lambda: datetime(2026, 11, 22, 9, 30)))
    for _ in range(3):  # a burst: one message, every error in the log
        QTimer.singleShot(0, boom)
        qtbot.wait(20)
    assert net.caught == 3
    assert len(told) == 1
    title, text = told[0]
    assert title == "مكتب المستفيدين"
    assert text.startswith("حدث خطأ غير متوقع") and str(tmp_path / "logs" / "errors.log") in text
    log = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert log.count("RuntimeError: a slot that fails") == 3
    assert "--- 2026-11-22T09:30:00" in log


@pytest.mark.qt_no_exception_capture
def test_a_smoke_run_stops_with_a_failure(qtbot, tmp_path, net_installed, capsys):
    stopped = []
    crash.install(crash.Net(lambda *a: pytest.fail("a smoke run shows no dialog"),
                            log=tmp_path / "errors.log", stop=stopped.append))
    QTimer.singleShot(0, boom)
    qtbot.wait(20)
    assert stopped == [1]
    assert "RuntimeError: a slot that fails" in capsys.readouterr().err


def test_an_unwritable_log_does_not_raise(tmp_path):
    told = []
    blocker = tmp_path / "file"
    blocker.write_text("x")
    net = crash.Net(lambda t, x: told.append(x), log=blocker / "errors.log")
    try:
        raise ValueError("x")
    except ValueError as exc:
        net(type(exc), exc, exc.__traceback__)
    assert len(told) == 1
