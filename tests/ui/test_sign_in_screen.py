"""The sign-in screen in Arabic: wrong passwords, the wait, the lockout message; a password the
administrator set is replaced before the desk opens."""

from datetime import timedelta

from desk_app.services import staff
from desk_app.ui.screens.staff import StaffController
from tests.ui.test_admin_screens import ctx_for
from tests.ui.test_permission_refusals import sign_in_as
from tests.ui.waiting import settle

PASSWORD = "reception-pass-2026"


def test_lockout_message_after_repeated_wrong_passwords(qtbot, window, desk_db, desk_admin,
                                                        clock):
    staff.create(desk_db, desk_admin, "salma", PASSWORD, "سلمى", "reception", must_change=False)
    error = window.login.view.error
    sign_in_as(qtbot, window, "salma", "wrong-one")
    assert error.text() == "اسم المستخدم أو كلمة المرور غير صحيحة."
    for _ in range(2):
        window.login.view.username.clear()
        sign_in_as(qtbot, window, "salma", "wrong-one")
    assert error.text().endswith("انتظر قبل المحاولة مرة أخرى (الثواني المتبقية: 5).")
    window.login.view.username.clear()
    sign_in_as(qtbot, window, "salma", PASSWORD)  # right, but too soon: not even checked
    assert error.text() == ("تكرر إدخال كلمة مرور خاطئة. "
                            "انتظر قبل المحاولة مرة أخرى (الثواني المتبقية: 5).")
    for _ in range(2):
        clock.now += timedelta(minutes=1)
        window.login.view.username.clear()
        sign_in_as(qtbot, window, "salma", "wrong-one")
    assert error.text() == ("أُقفل هذا الحساب بعد تكرار إدخال كلمة مرور خاطئة. "
                            "اطلب من مدير النظام فتحه.")
    assert window.shell is None or not window.shell.isVisible()
    qtbot.wait(20)  # the wrapped message re-lays the card out
    window.grab().save("/tmp/perm-lockout.png")


def test_password_set_by_the_administrator_is_replaced_first(qtbot, window, desk_db, desk_admin):
    staff.create(desk_db, desk_admin, "salma", PASSWORD, "سلمى", "reception")
    sign_in_as(qtbot, window, "salma", PASSWORD)
    v = window.login.view
    assert v.change_box.isVisible() and not v.password.isEnabled()
    assert v.error.text().startswith("وضع مدير النظام كلمة المرور هذه.")
    qtbot.keyClicks(v.new_password, "12345678")
    qtbot.keyClicks(v.repeat_password, "12345678")
    v.change_button.click()
    settle(qtbot, window)
    assert "التخمين" in v.error.text() and v.change_box.isVisible()
    v.new_password.clear()
    v.repeat_password.clear()
    qtbot.keyClicks(v.new_password, "my-own-secret-9")
    qtbot.keyClicks(v.repeat_password, "my-own-secret-9")
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        v.change_button.click()
    assert window.shell.ctx.actor.username == "salma"


def test_administrator_unlocks_on_the_staff_screen(qtbot, desk_db, desk_admin, arabic, clock):
    clerk = staff.create(desk_db, desk_admin, "salma", PASSWORD, "سلمى", "reception",
                         must_change=False)
    for _ in range(5):
        clock.now += timedelta(minutes=1)
        staff.authenticate(desk_db, "salma", "wrong-one")
    ctl = StaffController(ctx_for(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.load()
    settle(qtbot, ctl.ctx)
    row = [r.id for r in ctl.rows].index(clerk.id)
    assert ctl.view.table.item(row, 3).text() == "مقفل بعد كلمات مرور خاطئة"
    ctl.view.table.setCurrentCell(row, 0)
    assert ctl.unlock() is True
    settle(qtbot, ctl.ctx)
    assert ctl.view.banner.text() == "فُتح الحساب."
    assert ctl.view.table.item(row, 3).text() == "مفتوح"
    assert staff.authenticate(desk_db, "salma", PASSWORD) == clerk


def test_a_long_organisation_name_is_shown_whole(qtbot, qapp):
    """The English name of seed 002 («…, Umluj») takes two lines in the desk's own font: the
    sign-in card gives the title both (its second line was cut)."""
    from desk_app.ui import style
    from desk_app.ui.login import LoginView

    with style.applied(qapp):
        view = LoginView("Al-Thikr Al-Hakeem Association, Umluj")
        qtbot.addWidget(view)
        view.resize(1366, 740)
        view.show()
        qtbot.waitExposed(view)
        title = view.title
        assert title.heightForWidth(title.width()) > title.fontMetrics().lineSpacing()  # 2 lines
        assert title.height() >= title.heightForWidth(title.width())
