"""The complaint path through the screens, in Arabic: an anonymous complaint by fax → its
acknowledgment PDF → assigned → escalated → minutes approved by each member signed in as
themself → compensation settled → closed, with the follow-up board counting along; bad input gets
a message beside the field and a double click files one complaint."""

import subprocess

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desk_app.services import staff as staff_service
from desk_app.storage.complaints_tables import Complaint
from tests.conftest import ADMIN_PASSWORD
from tests.ui.typing import type_text
from tests.ui.waiting import settle


def sign_in(qtbot, window, username, password):
    if window.shell is not None:
        window.sign_out()
    login = window.login
    qtbot.keyClicks(login.view.username, username)
    qtbot.keyClicks(login.view.password, password)
    qtbot.keyClick(login.view.password, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.shell is not None


def board_counts(qtbot, window):
    board = window.shell.show_screen("complaints")
    settle(qtbot, window)
    return {k: board.view.cards[k].text() for k in ("open", "overdue", "settled", "closed")}


def choose(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def test_anonymous_fax_complaint_to_compensation_and_closing(qtbot, window, desk_db, desk_admin,
                                                            tmp_path):
    m1 = staff_service.create(desk_db, desk_admin, "member1", "member-pass-1", "سعد العتيبي",
                              "committee", must_change=False)
    m2 = staff_service.create(desk_db, desk_admin, "member2", "member-pass-2", "هند الشهري",
                              "committee", must_change=False)
    sign_in(qtbot, window, "admin", ADMIN_PASSWORD)
    assert board_counts(qtbot, window) == {"open": "0", "overdue": "0", "settled": "0", "closed": "0"}

    # --- intake: bad input first, then a double click --------------------------------------
    board = window.shell.controller("complaints")
    qtbot.mouseClick(board.view.new_button, Qt.MouseButton.LeftButton)
    intake = window.shell.controller("complaint_new")
    v = intake.view
    assert window.shell.stack.currentWidget() is v
    v.anonymous.setChecked(True)
    assert not v.inputs["complainant_name"].isEnabled()
    choose(v.inputs["channel_code"], "fax")
    choose(v.inputs["category_code"], "delay")
    assert v.category_hint.text() == "تعالج خلال 5 من أيام العمل"
    v.inputs["received_on"].set_value("30/11/2026")
    qtbot.mouseClick(v.submit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert v.boxes["description"].error.text() == "هذا الحقل مطلوب."
    assert v.boxes["received_on"].error.text() == "لا يمكن أن يكون التاريخ في المستقبل."
    assert v.boxes["description"].error.isVisible() and v.submit_button.isEnabled()
    v.inputs["received_on"].set_value("22/11/2026")
    type_text(v.description, "أرسلت طلب مساعدة قبل شهرين ولم يصلني أي رد رغم مراجعتي المتكررة.")
    v.inputs["complainant_contact"].setText("0126543210")
    qtbot.mouseClick(v.submit_button, Qt.MouseButton.LeftButton)
    assert not v.submit_button.isEnabled()           # busy while filing
    qtbot.mouseClick(v.submit_button, Qt.MouseButton.LeftButton)   # a double click
    assert not intake.submit()   # a second submission of the same form, while it runs
    settle(qtbot, window)
    assert not intake.submit()   # and once it is filed
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1
    number = intake.last.number
    assert number == "RYD-C-2026-000001"
    assert number in v.banner.text() and v.boxes["description"].error.isHidden()

    # --- acknowledgment PDF --------------------------------------------------------------------
    pdf = tmp_path / "ack.pdf"
    assert intake.save_acknowledgment(str(pdf)) == str(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert number in text and "5" in text
    assert board_counts(qtbot, window)["open"] == "1"

    # --- assigned → escalated -------------------------------------------------------------------
    window.shell.show_screen("complaint", {"open": intake.last.id})
    detail = window.shell.controller("complaint")
    settle(qtbot, window)
    dv = detail.view
    assert dv.step_buttons["assigned"].isVisible() and not dv.step_buttons["closed"].isVisible()
    qtbot.mouseClick(dv.step_buttons["assigned"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert detail.detail.row.status == "assigned"
    qtbot.mouseClick(dv.step_buttons["escalated"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dv.note_box.error.text() == "هذا الحقل مطلوب."     # escalation needs its reason
    type_text(dv.note, "ضرر محتمل بسبب خطأ الجمعية")
    qtbot.mouseClick(dv.step_buttons["escalated"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert detail.detail.row.status == "escalated"

    # --- minutes, then each member approves under their own account -----------------------------
    iv = dv.investigation
    iv.inputs["minutes_date"].set_value("22/11/2026")
    members = iv.inputs["members"]
    for i in range(members.count()):
        if members.item(i).data(Qt.ItemDataRole.UserRole) in (m1.id, m2.id):
            members.item(i).setCheckState(Qt.CheckState.Checked)
    type_text(iv.inputs["harm"], "تأخر صرف المساعدة شهرين")
    type_text(iv.inputs["harm_size"], "شهران من المساعدة الشهرية")
    type_text(iv.inputs["causes"], "خطأ في إدخال الطلب")
    iv.at_fault.setChecked(True)
    assert detail.investigation.record_minutes()
    settle(qtbot, window)
    detail.investigation.view.inputs["amount"].setText("1500")
    detail.investigation.settle()        # not approved yet
    settle(qtbot, window)
    assert detail.detail.row.status == "escalated"
    assert iv.error.text() == ("يحتاج التعويض إلى اعتماد المحضر من جميع الأعضاء؛ "
                               "الاعتمادات الناقصة: 2.")
    detail.investigation.approve()       # the administrator is not a member
    settle(qtbot, window)
    assert "عضو" in iv.error.text()
    for username, password in (("member1", "member-pass-1"), ("member2", "member-pass-2")):
        sign_in(qtbot, window, username, password)
        window.shell.show_screen("complaint", {"open": intake.last.id})
        member_view = window.shell.controller("complaint")
        settle(qtbot, window)
        assert member_view.investigation.approve()
        settle(qtbot, window)
        assert member_view.view.investigation.error.isHidden()
    approvals = member_view.view.investigation.approvals
    assert approvals.rowCount() == 2 and "—" not in approvals.item(1, 1).text()

    # --- compensation: a negative amount is refused beside the field, then settled ------------
    sign_in(qtbot, window, "admin", ADMIN_PASSWORD)
    window.shell.show_screen("complaint", {"open": intake.last.id})
    detail = window.shell.controller("complaint")
    settle(qtbot, window)
    iv = detail.view.investigation
    assert iv.grounds.text() == "السند: محضر تحقيق معتمد"
    iv.inputs["amount"].setText("-1500")
    iv.inputs["settled_on"].set_value("22/11/2026")
    iv.inputs["accepted"].setChecked(True)
    detail.investigation.settle()
    settle(qtbot, window)
    assert iv.boxes["amount"].error.text() == "لا يمكن أن يكون المبلغ سالبًا."
    iv.inputs["amount"].setText("1500")
    assert detail.investigation.settle()
    settle(qtbot, window)
    assert detail.detail.row.status == "resolved_action"
    assert detail.detail.compensation["amount"] == 150000
    assert board_counts(qtbot, window) == {"open": "0", "overdue": "0", "settled": "1", "closed": "0"}

    # --- closed; the timeline tells the whole story ---------------------------------------------
    window.shell.show_screen("complaint", {"open": intake.last.id})
    settle(qtbot, window)
    qtbot.mouseClick(detail.view.step_buttons["closed"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert detail.detail.row.status == "closed"
    timeline = detail.view.timeline
    whats = [timeline.item(r, 2).text() for r in range(timeline.rowCount())]
    assert whats[0] == "استلام الشكوى" and "تسوية التعويض" in whats
    assert sum(w == "اعتماد المحضر من عضو" for w in whats) == 2
    who = {timeline.item(r, 1).text() for r in range(timeline.rowCount())}
    assert {"سعد العتيبي", "هند الشهري", "مدير النظام"} <= who
    assert board_counts(qtbot, window) == {"open": "0", "overdue": "0", "settled": "0", "closed": "1"}
