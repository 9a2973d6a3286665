"""The policy screen (a version's text and its board approval) in Arabic at 1366×768."""

from __future__ import annotations

from datetime import datetime

from desk_app.config import Settings
from desk_app.services import installation, policy
from desk_app.storage.db import Database
from desk_app.ui.screens.policy import PolicyController
from tests.ui.waiting import make_ctx, settle


def _office(tmp_path, clock, preset):
    db = Database.open(f"sqlite:///{tmp_path / (preset + '.sqlite3')}", clock=clock)
    admin = installation.initialise(db, preset_key=preset, branch_code="RYD",
                                    admin_username="admin", admin_password="admin-pass-2026",
                                    admin_full_name="مدير النظام")
    return db, admin


def _screen(qtbot, db, admin, lang="ar"):
    ctx = make_ctx(db, admin, Settings(db.url, lang))
    ctl = PolicyController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366 - 230, 768 - 60)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctx)
    return ctl


def test_alsiraj_version_shows_its_board_approval(qtbot, arabic, tmp_path, clock):
    db, admin = _office(tmp_path, clock, "alsiraj")
    try:
        ctl = _screen(qtbot, db, admin)
        v = ctl.view
        assert v.versions.count() == 1 and v.versions.item(0).text() == "الإصدار 1"
        assert v.approval.text() == ("اعتمدها مجلس الإدارة في اجتماعه رقم 2 بتاريخ "
                                     "10/11/1445 هـ الموافق 18/05/2024 م (عُقد عن بُعد).")
        assert [v.members.item(r, 0).text() for r in range(v.members.rowCount())][0] == \
            "أ. د. علي بن عبدالعزيز الخضير"
        assert v.members.rowCount() == 5
        assert v.review.text() == "لا تحدد السياسة موعدًا لمراجعتها."
        assert "تمهيد" in v.text.toPlainText()
        qtbot.wait(20)
        v.grab().save("/tmp/govern-policy-approval-ar.png")
        v.record_button.click()  # the record of processing, from this profile
        settle(qtbot, ctl.ops)
        assert v.tabs.currentWidget() is v.preview and v.preview.page_count() >= 2
        assert v.banner.text().startswith("صدر سجل أنشطة المعالجة (الرمز ")
        assert ctl.record.kind == "processing_record"
    finally:
        db.dispose()


def test_record_approval_from_the_form_and_review_reminder(qtbot, arabic, tmp_path, clock):
    db, admin = _office(tmp_path, clock, "tuwaiq_cadres")
    try:
        clock.now = datetime(2027, 12, 1, 9, 0)  # a year after installation: review due
        ctl = _screen(qtbot, db, admin)
        v = ctl.view
        assert v.banner.isVisible() and "حان موعد مراجعة السياسة" in v.banner.text()
        v.tabs.setCurrentIndex(1)
        v.meeting_no.setValue(0)
        v.date.set_value("31/13/1448", "hijri")
        v.approve_button.click()
        settle(qtbot, ctl.ops)
        assert v.approval_boxes["meeting_no"].error.text() == "اكتب رقمًا من 1 إلى 9999."
        assert v.approval_boxes["date"].error.isVisible()
        assert v.date.text() == "31/13/1448"  # what was typed stays
        v.meeting_no.setValue(4)
        v.date.set_value("01/06/1449", "hijri")
        v.mode.setCurrentIndex(v.mode.findData("in_person"))
        v.members_text.setPlainText("خالد بن أحمد العبيد - رئيس مجلس الإدارة")
        v.approve_button.click()
        settle(qtbot, ctl.ops)
        assert v.banner.text() == "حُفظ اعتماد مجلس الإدارة."
        approval = policy.status(db).policy.approval
        assert (approval.meeting_no, approval.hijri, approval.mode) == (4, (1449, 6, 1),
                                                                        "in_person")
        assert v.approval.text().startswith("اعتمدها مجلس الإدارة في اجتماعه رقم 4")
        qtbot.wait(20)
        v.grab().save("/tmp/govern-policy-tuwaiq-ar.png")
    finally:
        db.dispose()
