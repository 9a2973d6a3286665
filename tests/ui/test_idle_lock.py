"""The desk locks itself after ten idle minutes: the lock page hides the file in view, the same
person's password brings back the screen with what was typed, a wrong one is refused in Arabic,
another employee may sign out (an unsaved form is discarded only after a confirmation), input
keeps it open, and the survey kiosk never locks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.ui import idle_lock
from desk_app.ui.dialogs import RecordingDialogs
from tests.conftest import ADMIN_PASSWORD
from tests.ui.typing import type_text
from tests.ui.waiting import settle
from tests.ui.windows import signed_in_window


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


@pytest.fixture
def desk(qtbot, qapp, desk_db, arabic):
    w = signed_in_window(qtbot, qapp, desk_db, dialogs=RecordingDialogs(confirm_answer=False),
                         page_size=50, ask_policy=False, idle_minutes=10)
    clock = Clock()
    watch = w.desk_lock.watch
    watch.now, watch.last_input = clock, clock()
    return w, clock


def half_typed_file(qtbot, w):
    form = w.shell.show_screen("beneficiary", None)
    settle(qtbot, w)
    type_text(form.view.inputs["first_name"], "سلمان")
    assert form.is_dirty()
    return form


def idle(w, clock, minutes):
    clock.t += minutes * 60
    w.desk_lock.watch.check()


def test_locks_after_ten_idle_minutes_and_the_password_brings_the_work_back(qtbot, desk):
    w, clock = desk
    form = half_typed_file(qtbot, w)
    idle(w, clock, 9.9)
    assert not w.desk_lock.locked
    idle(w, clock, 0.2)
    lock = w.desk_lock.controller
    assert w.desk_lock.locked and w.pages.currentWidget() is lock.view
    assert not w.shell.isVisible() and not w.logout_button.isVisible()
    assert "مدير النظام" in lock.view.who.text()
    w.grab().save("/tmp/desk-idle-lock-ar.png")
    type_text(lock.view.password, "wrong-password")
    qtbot.keyClick(lock.view.password, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert w.desk_lock.locked and lock.view.error.text() == "كلمة المرور غير صحيحة."
    type_text(lock.view.password, ADMIN_PASSWORD)
    qtbot.keyClick(lock.view.password, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert not w.desk_lock.locked and w.pages.currentWidget() is w.shell
    assert form.view.inputs["first_name"].text() == "سلمان" and form.is_dirty()
    assert w.logout_button.isVisible()
    idle(w, clock, 5)  # counting again from the unlock
    assert not w.desk_lock.locked


def test_input_keeps_the_desk_open(qtbot, desk):
    """Keys arrive at the window, as the system sends them (the watch is on the windows)."""
    w, clock = desk
    registry = w.shell.controllers["registry"]
    registry.view.search.setFocus()
    for _ in range(3):
        clock.t += 8 * 60
        QTest.keyClick(w.windowHandle(), Qt.Key.Key_A)
        w.desk_lock.watch.check()
    assert not w.desk_lock.locked and registry.view.search.text().endswith("aaa")


def test_another_employee_signs_out_only_after_confirming_the_discard(qtbot, desk):
    w, clock = desk
    form = half_typed_file(qtbot, w)
    idle(w, clock, 11)
    lock = w.desk_lock.controller
    lock.view.sign_out_button.click()  # the dialog answers no
    assert w.desk_lock.locked and form.view.inputs["first_name"].text() == "سلمان"
    kind, _title, text = w.dialogs.messages[-1]
    assert kind == "confirm" and "مدير النظام" in text and "لم تُحفظ" in text
    w.dialogs.confirm_answer = True
    lock.view.sign_out_button.click()
    settle(qtbot, w)
    assert w.shell is None and w.desk_lock is None
    assert w.pages.currentWidget() is w.login.view


def test_the_kiosk_never_locks(qtbot, desk):
    w, clock = desk
    w.enter_kiosk()
    idle(w, clock, 30)
    assert not w.desk_lock.locked
    w.leave_kiosk()


def test_minutes_from_the_environment(monkeypatch):
    monkeypatch.delenv(idle_lock.ENV_MINUTES, raising=False)
    assert idle_lock.minutes_from_env() == 10
    monkeypatch.setenv(idle_lock.ENV_MINUTES, "0")
    assert idle_lock.minutes_from_env() == 0
    monkeypatch.setenv(idle_lock.ENV_MINUTES, "خمس")
    assert idle_lock.minutes_from_env() == 10


def test_signing_out_while_a_search_is_pending_fires_nothing(qtbot, desk):
    w, _clock = desk
    registry = w.shell.controllers["registry"]
    type_text(registry.view.search, "م")  # the search waits for the next key (debounce)
    w.sign_out_now()
    qtbot.wait(700)  # past the delay: pytest-qt fails the test on an exception in a slot
    assert w.pages.currentWidget() is w.login.view
