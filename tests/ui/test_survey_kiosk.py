"""Kiosk mode end to end: every question kind by keyboard and mouse, only a staff password
leaves, and the results screen then counts the new response; paper answers typed in after."""

import json
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from desk_app.storage.surveys_tables import SurveyResponse
from desk_app.storage.tables import AuditEvent
from tests.conftest import ADMIN_PASSWORD
from tests.ui.typing import type_text
from tests.ui.waiting import settle

SUGGESTION = "نرجو زيادة المقاعد في مكان الانتظار"


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def key(qtbot, kiosk, k, text=None):
    target = kiosk.view.focusWidget() or kiosk.view
    if text is None:
        qtbot.keyClick(target, k)
    else:
        type_text(target, text)
        target.setFocus()


def open_campaign(qtbot, window, admin):
    shell = window.enter_shell(admin, "surveys")
    settle(qtbot, window)
    surveys_screen = shell.controllers["surveys"]
    v = surveys_screen.view
    type_text(v.name, "استبانة رضا المراجعين")
    click(qtbot, v.create_button)
    settle(qtbot, window)
    assert v.banner.text() == "فُتحت الحملة."
    v.table.setCurrentCell(0, 0)
    return shell, surveys_screen


def test_kiosk_every_kind_pin_and_results(qtbot, window, desk_db, desk_admin):
    shell, surveys_screen = open_campaign(qtbot, window, desk_admin)
    click(qtbot, surveys_screen.view.kiosk_button)
    settle(qtbot, window)
    kiosk = window.kiosk
    v = kiosk.view
    assert window.pages.currentWidget() is v and not window.statusBar().isVisible()
    assert v.title.text() == "استبانة قياس رضا المستفيدين"
    # Nothing else is reachable: navigation shortcuts are dead and the window will not close.
    qtbot.keyClick(v, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    window.close()  # as the close button or Alt+F4 would
    assert window.isVisible() and window.pages.currentWidget() is v
    v.start_button.setFocus()
    qtbot.keyClick(v.start_button, Qt.Key.Key_Return)  # start by keyboard
    assert v.pages.currentWidget() is v.question_page and v.progress.text() == "السؤال 1 من 9"
    assert not v.next_button.isEnabled()  # required: no answer, no way on
    qtbot.keyClick(v, Qt.Key.Key_Return)
    assert kiosk.index == 0
    click(qtbot, kiosk.inputs[0].buttons[3][0])  # reception: 4, by mouse
    click(qtbot, v.next_button)
    key(qtbot, kiosk, Qt.Key.Key_5)  # clarity: 5, by keyboard
    key(qtbot, kiosk, Qt.Key.Key_Return)
    key(qtbot, kiosk, None, "٢")  # waiting: 2, typed with Arabic-Indic digits
    key(qtbot, kiosk, Qt.Key.Key_Return)
    click(qtbot, kiosk.inputs[3].buttons[4][0])  # courtesy: 5
    click(qtbot, v.next_button)
    key(qtbot, kiosk, Qt.Key.Key_3)  # overall: 3 …
    click(qtbot, v.back_button)  # … go back: courtesy kept
    assert kiosk.inputs[3].value() == 5 and kiosk.index == 3
    click(qtbot, v.next_button)
    key(qtbot, kiosk, Qt.Key.Key_4)  # … overall changed to 4
    key(qtbot, kiosk, Qt.Key.Key_Return)
    assert v.question.text() == "هل حصلت على الخدمة أو المعلومة التي جئت من أجلها؟"
    click(qtbot, kiosk.inputs[5].buttons[1][0])  # yes/no: "No" by mouse …
    assert kiosk.inputs[5].buttons[1][0].text() == "لا"
    key(qtbot, kiosk, Qt.Key.Key_1)  # … then "Yes" by keyboard
    key(qtbot, kiosk, Qt.Key.Key_Return)
    key(qtbot, kiosk, Qt.Key.Key_2)  # single choice: 15–30 minutes
    click(qtbot, v.next_button)
    click(qtbot, kiosk.inputs[7].buttons[0][0])  # multiple: shorter wait (mouse)
    key(qtbot, kiosk, Qt.Key.Key_3)  # + applying online (keyboard) …
    key(qtbot, kiosk, Qt.Key.Key_3)  # … toggled off again
    key(qtbot, kiosk, Qt.Key.Key_5)  # + waiting area
    key(qtbot, kiosk, Qt.Key.Key_Return)
    assert v.next_button.text() == "أرسل إجاباتي" and v.next_button.isEnabled()  # optional
    type_text(kiosk.inputs[8].text, SUGGESTION)  # free text
    click(qtbot, v.next_button)
    assert not v.next_button.isEnabled()   # busy: the answers cannot be sent twice
    settle(qtbot, window)
    assert v.pages.currentWidget() is v.thanks_page
    with desk_db.read() as s:
        row = s.scalar(select(SurveyResponse))
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "survey.kiosk_response"))
    assert row.answers == {"reception": 4, "clarity": 5, "waiting": 2, "courtesy": 5,
                           "overall": 4, "service_obtained": True, "wait_time": "15_30",
                           "improve": ["shorter_wait", "place"], "suggestions": SUGGESTION}
    assert row.mode == "kiosk" and row.beneficiary_id is None and row.channel_code
    assert event.actor_id is None and desk_admin.id not in json.dumps(event.changes)
    # Idle: unfinished answers are forgotten and the start page comes back.
    click(qtbot, v.again_button)
    kiosk.idle.setInterval(50)
    click(qtbot, v.start_button)
    click(qtbot, kiosk.inputs[0].buttons[0][0])
    qtbot.waitUntil(lambda: v.pages.currentWidget() is v.welcome, timeout=2000)
    assert kiosk.inputs[0].value() is None
    kiosk.idle.setInterval(90_000)
    # Staff exit: a wrong password keeps it locked, the right one gives the desk back.
    click(qtbot, v.staff_button)
    type_text(v.pin, "not-the-password")
    qtbot.keyClick(v.pin, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.kiosk is kiosk and window.pages.currentWidget() is v
    assert v.pin_error.text() == "كلمة المرور غير صحيحة، وتبقى شاشة الاستبانة مقفلة."
    type_text(v.pin, ADMIN_PASSWORD)
    click(qtbot, v.unlock_button)
    settle(qtbot, window)
    assert window.kiosk is None and window.pages.currentWidget() is shell
    assert window.statusBar().isVisible()
    assert surveys_screen.rows[0].responses == 1
    # Results: the new response is counted.
    with qtbot.waitSignal(shell.screen_loaded, timeout=10_000):
        results = shell.show_screen("survey_results")
    assert "1" in results.view.headline.text()
    assert results.view.questions.item(0, 2).text() == "4.00"
    assert results.view.comments.item(0).text().endswith(SUGGESTION)
    # Paper answers typed in afterwards, dated the day they were written.
    entry = shell.show_screen("survey_entry", surveys_screen.rows[0].id)
    settle(qtbot, window)
    ev = entry.view
    ev.answered_on.set_value("20/11/2026")
    blocks = entry.blocks
    qtbot.waitUntil(lambda: blocks[-1].input.isVisible())
    for i, n in enumerate((5, 4, 3, 4, 5)):
        click(qtbot, blocks[i].input.buttons[n - 1][0])
    entry.save()  # yes/no is required
    settle(qtbot, window)
    assert blocks[5].error.text() == "هذا الحقل مطلوب."
    click(qtbot, blocks[5].input.buttons[0][0])
    click(qtbot, ev.save_button)
    settle(qtbot, window)
    assert ev.banner.property("kind") == "ok"
    with desk_db.read() as s:
        paper = s.scalar(select(SurveyResponse).where(SurveyResponse.mode == "paper"))
    assert paper.answered_on == date(2026, 11, 20) and paper.beneficiary_id is None
    with qtbot.waitSignal(results.loaded, timeout=10_000):
        results.enter(None)
    assert "2" in results.view.headline.text()
