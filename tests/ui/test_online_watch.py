"""The watched online-forms folder is read app-wide from sign-in (issue 21): a form dropped in
the folder is queued for review, and the side bar's «Online forms» entry shows how many wait,
without anyone opening that screen. The timer's tick is triggered by the test: no sleeping."""

from __future__ import annotations

from desk_app.services import online_arrivals, online_import
from desk_app.ui.online_watch import INTERVAL_MS, OnlineFormsWatch
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle

HEADER = "Submitted at,Full name,ID number,Birth date,Gender,Phone,Kind,Complaint\n"
ROW = "2026-11-21 10:15,هند سعد علي الشمري,1012345674,01/01/1990,female,0551112222,complaint,{}\n"


def _entry(shell, name):
    items = (shell.nav.item(i) for i in range(shell.nav.count()))
    return next(i.text() for i in items if i.data(0x0100) == name)  # Qt.UserRole


def test_a_dropped_form_is_queued_and_counted_without_opening_its_screen(
        qtbot, window, desk_db, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    online_import.set_folder(desk_db, desk_db.admin, str(inbox))
    sign_in(qtbot, window)
    shell = window.shell
    watch = shell.findChild(OnlineFormsWatch)
    assert watch is not None and watch.timer.isActive() and watch.timer.interval() == INTERVAL_MS
    (inbox / "forms.csv").write_text(HEADER + ROW.format("تأخر الرد") + ROW.format("لم يرد أحد")
                                     .replace("هند", "منى").replace("1012345674", "1000000008"),
                                     encoding="utf-8-sig")
    watch.timer.timeout.emit()  # the timer's tick, now
    settle(qtbot, window)
    waiting = online_arrivals.listing(desk_db, desk_db.admin)
    assert len(waiting) == 2 and not list(inbox.glob("*.csv"))  # read and moved aside
    assert _entry(shell, "online").endswith("(2)")
    assert "online" not in shell.controllers  # nobody opened the screen
    online_arrivals.dismiss(desk_db, desk_db.admin, waiting[0].id, "نموذج تجريبي")
    window.ops.hub.announce({"online"})  # as the screen's action does
    settle(qtbot, window)
    assert _entry(shell, "online").endswith("(1)")


def test_a_check_that_returns_after_sign_out_is_dropped(qtbot, window):
    """The check runs off the GUI thread; signing out meanwhile deletes the shell and its watch:
    the late answer must not reach the deleted side bar (it raised, and the desk said «something
    went wrong» to the next person)."""
    import threading

    sign_in(qtbot, window)
    watch = window.shell.findChild(OnlineFormsWatch)
    gate = threading.Event()
    watch._job = lambda db: (gate.wait(10), (0, 3))[1]  # noqa: SLF001 - held until signed out
    watch.timer.timeout.emit()
    window.sign_out_now()
    qtbot.wait(50)  # deleteLater: the shell and its watch are gone
    gate.set()
    settle(qtbot, window)
