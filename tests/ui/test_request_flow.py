"""The desk's whole request flow in Arabic: register → new request by phone → one document
missing (stays incomplete, the missing one named) → attach and verify it → complete → due
15 working days later (Hijri + Gregorian) → committee rejects with a reason → notification
recorded → the audit trail shows each step. Bad scans give a message and save nothing."""

from datetime import date

from PySide6.QtCore import Qt

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry, request_views
from desk_app.ui.screens.request import RequestController
from desk_app.ui.screens.waiting import WaitingController
from tests.ui.test_registry_flow import sign_in
from tests.ui.typing import type_text
from tests.ui.waiting import settle

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def register_one(db, actor):
    form = BeneficiaryForm(first_name="فاطمة", father_name="عبدالله", grandfather_name="مصطفى",
                           family_name="الزهراني", id_number=make_saudi_id(1, "87654321"),
                           gender="female", birth_date="12/03/1992", mobile="0551234567",
                           contact_channel_code="phone")
    return registry.register(db, actor, form, branch_code="RYD").id


def choose(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def test_request_from_intake_to_notified_rejection(qtbot, window, desk_db, tmp_path):
    sign_in(qtbot, window)
    bid = register_one(desk_db, window.shell.ctx.actor)
    shell = window.shell
    form = shell.show_screen("beneficiary", {"open": bid})
    settle(qtbot, window)
    assert form.view.request_button.isVisible()
    qtbot.keyClick(form.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    ctl = shell.controllers["request"]
    assert isinstance(ctl, RequestController)
    assert shell.stack.currentWidget() is ctl.view
    v = ctl.view
    assert v.title.text() == "طلب جديد"
    assert "فاطمة عبدالله مصطفى الزهراني" in v.intake.beneficiary.text()

    # intake by phone; consent is required before anything is saved
    choose(v.intake.service, "service_request")
    settle(qtbot, window)
    assert v.eligibility.verdict.text().startswith("مستحق")
    choose(v.intake.channel, "phone")
    type_text(v.intake.description, "طلب سلة غذائية")
    qtbot.keyClick(v, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert ctl.detail is None
    assert v.intake.boxes["consent"].error.isVisible()
    assert "موافقة المستفيد" in v.intake.boxes["consent"].error.text()
    v.intake.consent_terms.setChecked(True)
    v.intake.consent_data.setChecked(True)
    qtbot.keyClick(v, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    d = ctl.detail
    assert d is not None and d.number == "RYD-2026-000001"
    assert v.title.text() == "الطلب RYD-2026-000001"
    assert v.status.text() == "غير مكتمل"

    # one document verified, one missing: stays incomplete and says which
    v.checklist.table.set_checked("national_id", True, True)
    settle(qtbot, window)
    assert ctl.detail.status == "incomplete"
    missing = v.checklist.missing.text()
    assert "العنوان الوطني" in missing and "الهوية" not in missing
    assert "الموعد النهائي" not in v.checklist.due.text()

    # bad scans: a message, nothing saved
    docx = tmp_path / "address.pdf"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    v.checklist.table.setCurrentCell(1, 0)
    ctl.attach(str(docx))
    settle(qtbot, window)
    assert v.checklist.scan_error.isVisible()
    assert v.checklist.scan_error.text() == "الملف ليس صورة ولا ملف PDF؛ لم يُحفظ شيء."
    ctl.attach(str(tmp_path / "gone.png"))
    settle(qtbot, window)
    assert "غير موجود" in v.checklist.scan_error.text()
    assert ctl.detail.checklist[1].scans == ()

    # attach the missing document and verify it: complete, due 15 working days later
    scan = tmp_path / "عنوان.png"
    scan.write_bytes(PNG)
    ctl.attach(str(scan))
    settle(qtbot, window)
    assert not v.checklist.scan_error.isVisible()
    assert ctl.detail.checklist[1].scans[0].file_name == "عنوان.png"
    v.checklist.table.set_checked("national_address", True, True)
    settle(qtbot, window)
    d = ctl.detail
    assert d.status == "complete" and v.status.text() == "مكتمل"
    assert d.due_on == date(2026, 12, 13)
    assert v.checklist.due.text().startswith(
        "الموعد النهائي للرد: 04/07/1448 هـ الموافق 13/12/2026 م")
    assert "أيام العمل المتبقية: 15" in v.checklist.due.text()
    assert "اكتملت" in v.checklist.missing.text()

    # committee: sent, then rejects with a reason (a reason is required)
    v.tabs.setCurrentIndex(1)
    v.workflow.committee_button.click()
    settle(qtbot, window)
    assert ctl.detail.status == "committee"
    choose(v.decision.decision, "rejected")
    v.decision.record_button.click()
    settle(qtbot, window)
    assert v.decision.boxes["reason"].error.text() == "هذا الحقل مطلوب."
    assert ctl.detail.status == "committee"
    type_text(v.decision.reason, "لا تنطبق شروط الخدمة")
    v.decision.record_button.click()
    settle(qtbot, window)
    assert ctl.detail.status == "rejected" and v.status.text() == "مرفوض"
    assert ctl.detail.decisions[0].reason == "لا تنطبق شروط الخدمة"

    # the notification through the agreed channel (phone), with the decision in its text
    assert v.notify.channel.currentData() == "phone"
    assert "لا تنطبق شروط الخدمة" in v.notify.text.toPlainText()
    v.notify.record_button.click()
    settle(qtbot, window)
    assert ctl.detail.notifications[0].channel_code == "phone"
    assert "تم تسجيل الإبلاغ" in v.banner.text()

    # the audit trail shows each step, in Arabic
    v.tabs.setCurrentIndex(2)
    steps = [v.trail.item(r, 2).text() for r in range(v.trail.rowCount())]
    assert steps == ["فتح الطلب", "التحقق من مستند", "إرفاق صورة مستند", "التحقق من مستند",
                     "الإحالة إلى اللجنة", "تسجيل قرار اللجنة", "إبلاغ المستفيد"]
    assert all(v.trail.item(r, 1).text() == "admin" for r in range(v.trail.rowCount()))
    assert [t.action for t in request_views.trail(desk_db, d.id)][0] == "request.create"

    # the waiting list no longer holds it (decided), Esc goes back to the file
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    assert shell.stack.currentWidget() is form.view
    waiting = shell.show_screen("waiting")
    settle(qtbot, window)
    assert isinstance(waiting, WaitingController)
    qtbot.waitUntil(lambda: waiting.view.status.text().startswith("الطلبات المنتظرة"), timeout=5000)
    assert waiting.model.rowCount() == 0
