"""The ops runner: results on the GUI thread, default error handling, one action at a time,
latest-wins queries and the change notice."""

import threading
import weakref

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.errors import StorageError
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.ops import ChangeHub, Ops
from desk_app.ui.widgets.fields import FieldBox, banner_label


class Screen(QWidget):
    def __init__(self):
        super().__init__()
        self.banner = banner_label()
        self.name = FieldBox(QLineEdit())
        self.button = QPushButton("Save")
        lay = QVBoxLayout(self)
        for w in (self.banner, self.name, self.button):
            lay.addWidget(w)


@pytest.fixture
def setup(qtbot, arabic):
    handle = {"rows": []}
    dialogs = RecordingDialogs()
    ops = Ops(handle, dialogs)
    screen = Screen()
    qtbot.addWidget(screen)
    screen.show()
    runner = ops.for_screen(screen, screen.banner, {"name": screen.name})
    return handle, dialogs, ops, screen, runner


def wait(qtbot, ops):
    qtbot.waitUntil(ops.idle, timeout=5000)


def test_an_action_runs_off_the_gui_thread_and_returns_on_it(qtbot, setup):
    handle, dialogs, ops, screen, runner = setup
    seen = {}
    gate = threading.Event()

    def op(h):
        seen["worker"] = QThread.currentThread() is not QApplication.instance().thread()
        gate.wait(5)
        h["rows"].append("x")
        return len(h["rows"])

    def done(value):
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()
        seen["value"] = value

    changed = []
    ops.hub.changed.connect(changed.append)
    assert runner.action(op, done, changes={"beneficiary"}, busy=screen.button)
    assert not screen.button.isEnabled() and runner.acting   # busy until the result
    gate.set()
    wait(qtbot, ops)
    assert seen == {"worker": True, "gui": True, "value": 1}
    assert screen.button.isEnabled() and not runner.acting
    qtbot.waitUntil(lambda: changed == [frozenset({"beneficiary"})])
    assert dialogs.messages == []


def test_validation_failed_goes_to_the_field_boxes_and_the_rest_to_the_banner(qtbot, setup):
    _h, dialogs, ops, screen, runner = setup

    def op(_h):
        raise ValidationFailed([FieldError("name", "required"), FieldError("", "not_allowed")])

    runner.action(op, lambda _v: pytest.fail("no result on failure"), changes={"request"})
    wait(qtbot, ops)
    assert screen.name.error.text() == "هذا الحقل مطلوب."
    assert screen.banner.text() == "صلاحيات دورك لا تسمح بهذا."
    assert dialogs.messages == []
    # the next action clears the field's message before it runs
    runner.action(lambda _h: None)
    assert screen.name.error.text() == "" and screen.name.error.isHidden()
    wait(qtbot, ops)


def test_storage_error_goes_to_the_banner(qtbot, setup):
    _h, dialogs, ops, screen, runner = setup
    changed = []
    ops.hub.changed.connect(changed.append)

    def op(_h):
        raise StorageError("locked", "database is locked")

    runner.action(op, changes={"complaint"}, busy=screen.button)
    wait(qtbot, ops)
    assert "قاعدة البيانات مشغولة" in screen.banner.text()
    assert screen.banner.property("kind") == "error" and screen.button.isEnabled()
    assert dialogs.messages == [] and changed == []   # nothing changed, nothing announced


def test_an_unexpected_error_is_one_dialog_with_the_details_logged(qtbot, setup, caplog):
    _h, dialogs, ops, screen, runner = setup

    def op(_h):
        raise ZeroDivisionError("boom in the service")

    runner.action(op, busy=screen.button)
    wait(qtbot, ops)
    assert [m[0] for m in dialogs.messages] == ["error"]
    assert "boom" not in dialogs.messages[0][2]          # people get a sentence, not a trace
    assert "ZeroDivisionError: boom in the service" in caplog.text
    assert screen.banner.isHidden() and screen.button.isEnabled()


def test_an_expected_error_goes_to_the_screens_own_handler(qtbot, setup):
    _h, dialogs, ops, _screen, runner = setup
    got = []

    def op(_h):
        raise KeyError("RYD-000404")

    runner.query(op, lambda _v: None, expect={KeyError: got.append})
    wait(qtbot, ops)
    assert [type(e) for e in got] == [KeyError] and dialogs.messages == []


def test_a_second_activation_while_the_action_runs_is_ignored(qtbot, setup):
    handle, _d, ops, screen, runner = setup
    gate = threading.Event()

    def op(h):
        gate.wait(5)
        h["rows"].append("saved")

    screen.button.clicked.connect(lambda: runner.action(op, busy=screen.button))
    qtbot.mouseDClick(screen.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert runner.acting and not screen.button.isEnabled()
    assert not runner.action(op, busy=screen.button)   # and a direct second submit is refused
    gate.set()
    wait(qtbot, ops)
    assert handle["rows"] == ["saved"]
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)  # once it ended, the next runs
    wait(qtbot, ops)
    assert handle["rows"] == ["saved", "saved"]


def test_queries_with_a_key_deliver_only_the_latest(qtbot, setup):
    _h, _d, ops, _screen, runner = setup
    slow, results = threading.Event(), []

    def older(_h):
        slow.wait(5)
        return "old text"

    runner.query(older, results.append, latest="search")
    runner.query(lambda _h: "new text", results.append, latest="search")
    qtbot.waitUntil(lambda: results == ["new text"])
    slow.set()
    wait(qtbot, ops)
    assert results == ["new text"]             # the older, slower answer was dropped


def test_queries_without_a_key_all_deliver(qtbot, setup):
    _h, _d, ops, _screen, runner = setup
    results = []
    runner.query(lambda _h: 1, results.append)
    runner.query(lambda _h: 2, results.append)
    wait(qtbot, ops)
    assert sorted(results) == [1, 2]


def test_the_hub_delivers_announcements_from_other_threads_on_the_gui_thread(qtbot):
    hub = ChangeHub()
    seen = []
    hub.changed.connect(
        lambda kinds: seen.append((kinds, QThread.currentThread() is hub.thread())))
    t = threading.Thread(target=lambda: hub.announce(["request"]))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(frozenset({"request"}), True)]


def test_a_screen_refreshes_on_the_kinds_it_watches_until_its_view_is_gone(qtbot, setup):
    _h, _d, ops, _screen, _runner = setup
    screen = Screen()   # not handed to qtbot: this test deletes it
    runner = ops.for_screen(screen)
    refreshed = []
    runner.on_change({"complaint"}, lambda: refreshed.append("board"))
    runner.action(lambda _h: None, changes={"request"})
    wait(qtbot, ops)
    assert refreshed == []                       # not a kind this screen shows
    runner.action(lambda _h: None, changes={"complaint", "document"})
    wait(qtbot, ops)
    assert refreshed == ["board"]
    ops.hub.announce({"complaint"})              # another desk's change (LISTEN/NOTIFY later)
    assert refreshed == ["board", "board"]
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen))
    ops.hub.announce({"complaint"})
    assert refreshed == ["board", "board"]


def test_a_finished_job_lets_go_of_what_it_ran(qapp):
    """PySide's pool may keep a job's wrapper after its run (some every sign-in, for good): the
    job must not keep what its function closes over (a screen, the profile, a form's values)."""
    from desk_app.ui.ops import _Job, _Relay

    class Screen:
        pass

    def reading(screen: Screen):  # what a screen's query closes over: the screen itself
        return lambda db: (screen, db)[1] * 2

    screen, got = Screen(), []
    relay = _Relay()
    relay.finished.connect(lambda *args: got.append(args))
    job = _Job(7, reading(screen), 21, relay)
    job.run()
    alive = weakref.ref(screen)
    del screen
    assert got == [(7, True, 42)] and alive() is None and job.fn is None and job.handle is None


def test_rows_delivered_moments_ago_are_fresh_until_a_save_or_time_passes(qtbot, setup):
    """A list entered again keeps the rows it holds when they are recent and nothing was saved
    (here or announced by another desk) since they were asked for (issue 23)."""
    from desk_app.ui import ops as ops_module

    _handle, _dialogs, ops, _screen, runner = setup
    t = [1000.0]
    ops.now = lambda: t[0]
    ask = lambda: runner.query(lambda h: len(h["rows"]), lambda _v: None, latest="list")  # noqa: E731
    assert not runner.fresh("list")  # never asked
    ask()
    assert not runner.fresh("list")  # asked, not delivered yet
    wait(qtbot, ops)
    assert runner.fresh("list")
    t[0] += ops_module.FRESH_S
    assert not runner.fresh("list")  # too old
    ask()
    wait(qtbot, ops)
    runner.action(lambda h: h["rows"].append("saved"))  # a save, whatever it changed
    wait(qtbot, ops)
    assert not runner.fresh("list")
    ask()
    wait(qtbot, ops)
    assert runner.fresh("list")
    ops.hub.announce({"request"})  # another desk's save, heard
    assert not runner.fresh("list")
    ask()
    runner.query(lambda h: 1 / 0, lambda _v: None, latest="list", expect={Exception: lambda _e: None})
    wait(qtbot, ops)
    assert not runner.fresh("list")  # the newest asking failed: nothing fresh to keep
