"""Administrator screens: the organisation profile (versions kept) and staff accounts."""

from desk_app.domain.entities import Actor
from desk_app.services import profile as profile_service
from desk_app.services import staff as staff_service
from desk_app.ui.screens.profile_editor import ProfileController
from desk_app.ui.screens.staff import StaffController
from tests.ui.typing import type_text
from tests.ui.waiting import make_ctx, settle


def act(qtbot, ctl, call) -> bool:
    """Run a screen action and wait for it; True when the screen then reports success."""
    call()
    settle(qtbot, ctl.ctx)
    return ctl.view.banner.property("kind") == "ok"


def ctx_for(db, actor):
    return make_ctx(db, actor)


def test_profile_edit_is_saved_as_a_new_version(qtbot, desk_db, desk_admin, arabic):
    ctl = ProfileController(ctx_for(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.load()
    settle(qtbot, ctl.ctx)
    assert ctl.view.general["name_ar"].text() == "جمعية الذكر الحكيم بمحافظة أملج"
    assert ctl.view.rule_days.value() == 15
    assert [b.isChecked() for b in ctl.view.weekend] == [False] * 4 + [True, True, False]
    ctl.view.general["licence_no"].setText("1234")
    ctl.view.rule_days.setValue(10)
    ctl.view.channels.add_row({"code": "whatsapp", "name_ar": "واتساب", "name_en": "WhatsApp"})
    type_text(ctl.view.note, "اعتماد المجلس 2027")
    assert act(qtbot, ctl, ctl.save) is True
    assert "الإصدار 2" in ctl.view.banner.text()
    now = profile_service.current(desk_db)
    assert now.licence_no == "1234" and now.response_rule.days == 10
    assert now.channel("whatsapp").name_ar == "واتساب"
    old = profile_service.version(desk_db, 1)
    assert old.response_rule.days == 15 and old.licence_no == ""
    history = profile_service.history(desk_db)
    assert [h.version for h in history] == [2, 1] and history[0].note == "اعتماد المجلس 2027"
    assert ctl.view.versions.rowCount() == 2


def test_profile_errors_say_where_in_arabic_and_nothing_is_saved(qtbot, desk_db, desk_admin,
                                                                 arabic):
    ctl = ProfileController(ctx_for(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.load()
    settle(qtbot, ctl.ctx)
    ctl.view.channels.add_row({"code": "phone", "name_ar": "هاتف ثان", "name_en": "x"})
    for box in ctl.view.weekend:
        box.setChecked(True)
    assert act(qtbot, ctl, ctl.save) is False
    text = ctl.view.banner.text()
    assert "هذا الرمز مستخدم مرتين" in text and "قنوات التواصل — الصف 8" in text
    assert "لا يمكن أن تكون أيام الأسبوع السبعة كلها عطلة" in text
    assert profile_service.current_version(desk_db) == 1


def test_holiday_change_bumps_the_holiday_table_version(qtbot, desk_db, desk_admin, arabic):
    before = profile_service.current(desk_db).holiday_table_version
    ctl = ProfileController(ctx_for(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.load()
    settle(qtbot, ctl.ctx)
    ctl.view.holidays.add_row({"date": "2026-12-01", "name_ar": "إجازة استثنائية"})
    assert act(qtbot, ctl, ctl.save)
    after = profile_service.current(desk_db)
    assert after.holiday_table_version == before + 1
    assert any(h.name_ar == "إجازة استثنائية" for h in after.holidays)


def test_only_an_administrator_may_change_the_profile(qtbot, desk_db, desk_admin, arabic):
    clerk = staff_service.create(desk_db, desk_admin, "clerk", "clerk-pass-1", "موظف", "reception", must_change=False)
    ctl = ProfileController(ctx_for(desk_db, clerk))
    qtbot.addWidget(ctl.view)
    ctl.load()
    settle(qtbot, ctl.ctx)
    assert not ctl.view.save_button.isEnabled()
    assert act(qtbot, ctl, ctl.save) is False
    assert profile_service.current_version(desk_db) == 1


def test_staff_accounts_open_close_and_reset(qtbot, desk_db, desk_admin, arabic):
    ctl = StaffController(ctx_for(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.load()
    settle(qtbot, ctl.ctx)
    v = ctl.view
    type_text(v.username, "sara")
    type_text(v.full_name, "سارة الحربي")
    type_text(v.password, "short")
    assert act(qtbot, ctl, ctl.create) is False
    assert v.boxes["password"].error.text() == "كلمة المرور يجب ألا تقل عن 8 أحرف."
    assert v.username.text() == "sara"  # kept
    v.password.clear()
    type_text(v.password, "sara-pass-2026")
    assert act(qtbot, ctl, ctl.create) is True
    assert staff_service.authenticate(desk_db, "sara", "sara-pass-2026").role == "reception"
    row = [r.username for r in ctl.rows].index("sara")
    v.table.setCurrentCell(row, 0)
    assert act(qtbot, ctl, ctl.toggle) is True
    assert staff_service.authenticate(desk_db, "sara", "sara-pass-2026") is None  # closed
    v.table.setCurrentCell(row, 0)
    act(qtbot, ctl, ctl.toggle)
    v.table.setCurrentCell(row, 0)
    type_text(v.new_password, "another-pass-1")
    assert act(qtbot, ctl, ctl.reset) is True
    assert staff_service.authenticate(desk_db, "sara", "another-pass-1") is not None
    me = [r.username for r in ctl.rows].index("admin")
    v.table.setCurrentCell(me, 0)
    assert act(qtbot, ctl, ctl.toggle) is False
    assert "لا يمكنك إغلاق حسابك" in v.banner.text()


def test_non_admin_cannot_see_admin_screens(qtbot, window, desk_db, desk_admin):
    staff_service.create(desk_db, desk_admin, "clerk", "clerk-pass-1", "موظف", "reception", must_change=False)
    clerk = staff_service.authenticate(desk_db, "clerk", "clerk-pass-1")
    assert isinstance(clerk, Actor)
    shell = window.enter_shell(clerk)
    names = [shell.nav.item(i).text() for i in range(shell.nav.count())]
    assert not any("حسابات الموظفين" in n or "ملف تعريف الجمعية" in n for n in names)
