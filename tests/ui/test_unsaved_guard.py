"""Nothing typed is lost by leaving (issue 18): closing the window, signing out, switching
screen or language go through one guard — Save / Discard / Cancel, Cancel by default."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.ui.dialogs import Dialogs
from tests.ui.test_beneficiary_form import GOOD, fill
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle


def half_typed_form(qtbot, window):
    sign_in(qtbot, window)
    form = window.shell.show_screen("beneficiary")
    fill(form, first_name="خالد", family_name="المطيري")
    assert form.is_dirty()
    return form


def asked(window) -> int:
    return sum(1 for kind, *_ in window.dialogs.messages if kind == "unsaved")


def test_closing_with_a_dirty_form_asks_and_cancel_keeps_it(qtbot, window):
    form = half_typed_form(qtbot, window)
    window.dialogs.unsaved_answer = "cancel"
    assert window.close() is False
    assert window.isVisible() and asked(window) == 1
    assert form.view.inputs["first_name"].text() == "خالد"
    assert window.shell.stack.currentWidget() is form.view

    window.dialogs.unsaved_answer = "discard"
    assert window.close() is True
    assert not window.isVisible() and asked(window) == 2


def test_save_then_close(qtbot, window):
    form = half_typed_form(qtbot, window)
    fill(form, **GOOD)
    window.dialogs.unsaved_answer = "save"
    assert window.close() is False  # kept open until the save has succeeded
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert form.beneficiary_id is not None and not form.is_dirty()


def test_a_failed_save_keeps_the_window_and_the_form(qtbot, window):
    form = half_typed_form(qtbot, window)  # no ID number: the save is refused
    window.dialogs.unsaved_answer = "save"
    window.close()
    settle(qtbot, window)
    QApplication.processEvents()
    assert window.isVisible() and form.view.inputs["first_name"].text() == "خالد"
    assert form.view.boxes["id_number"].error.isVisible()


def test_switching_screen_signing_out_and_language_ask_first(qtbot, window):
    form = half_typed_form(qtbot, window)
    switched = []
    window.language_change_requested.connect(switched.append)
    window.dialogs.unsaved_answer = "cancel"
    window.shell.show_screen("waiting")
    window.sign_out()
    window._toggle_language()
    assert asked(window) == 3 and switched == []
    assert window.shell is not None and window.shell.stack.currentWidget() is form.view
    assert form.view.inputs["first_name"].text() == "خالد"

    window.dialogs.unsaved_answer = "discard"
    waiting = window.shell.show_screen("waiting")
    assert window.shell.stack.currentWidget() is waiting.view
    assert not form.is_dirty()  # discarded, not kept hidden to surprise someone later
    window._toggle_language()
    assert switched == ["en"] and asked(window) == 4  # the waiting list had nothing to ask


def test_the_real_question_defaults_to_cancel(qtbot, arabic):
    seen = {}

    def press_enter() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, press_enter)
            return
        box = boxes[0]
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Return)
        if box.isVisible():  # never leave the test waiting on a modal box
            box.reject()

    QTimer.singleShot(20, press_enter)
    assert Dialogs().unsaved("تغييرات غير محفوظة", "…") == "cancel"
    assert seen == {"default": True, "buttons": sorted(["حفظ", "تجاهل التغييرات", "إلغاء"])}


def test_switching_language_keeps_the_screen_in_view(qtbot, qapp, desk_db, arabic):
    from desk_app.app import DeskApplication
    from desk_app.config import Settings
    from desk_app.services import policy
    from desk_app.ui.dialogs import RecordingDialogs

    admin = desk_db.admin  # the policy asked at sign-in (000 §8): acknowledged already
    policy.acknowledge(desk_db, admin, 1, policy.text_sha256(policy.pending(desk_db, admin)))
    desk = DeskApplication(qapp, desk_db, Settings(db_url=desk_db.url, language="ar"))
    window = desk.build()
    window.dialogs = RecordingDialogs()
    qtbot.addWidget(window)
    window.attach(desk_db, desk_db.clock)
    with qtbot.waitSignal(window.started):
        window.start()
    sign_in(qtbot, window)
    window.shell.show_screen("waiting")
    desk.switch_language("en")
    qtbot.addWidget(desk.window)
    shell = desk.window.shell
    assert shell.stack.currentWidget() is shell.controllers["waiting"].view
    assert desk.window.layoutDirection() == Qt.LayoutDirection.LeftToRight
