"""The breach register in Arabic at 1366×768, and the manager's dashboard notice of a breach
past the 72 hours."""

from __future__ import annotations

from datetime import datetime

from desk_app.domain.breaches import BreachForm
from desk_app.services import breaches, staff
from desk_app.ui.screens.breaches import BreachesController
from desk_app.ui.screens.dashboard import DashboardController
from tests.ui.waiting import make_ctx, settle


def test_register_shows_the_clock_and_records_the_notification(qtbot, arabic, desk_db,
                                                               desk_admin, clock):
    manager = staff.create(desk_db, desk_admin, "fahad", "manager-pass-2026", "فهد العتيبي",
                           "manager", must_change=False)
    breaches.record(desk_db, manager, BreachForm("18/11/2026", "10:00",
                                                 "فُقدت ذاكرة USB فيها نسخ من المستندات",
                                                 "صور الهويات والعناوين", 35))
    ctx = make_ctx(desk_db, manager)
    ctl = BreachesController(ctx)
    v = ctl.view
    qtbot.addWidget(v)
    v.resize(1366 - 230, 768 - 60)
    v.show()
    ctl.load()
    settle(qtbot, ctx)
    assert v.summary.text() == "1 بانتظار الإبلاغ، 1 تجاوز 72 ساعة."
    assert v.late.isVisible() and "BR-2026-001" in v.late.text()
    assert v.table.item(0, 5).text() == "لم يُبلَّغ — متأخر 23 ساعة"  # due Sat 21 Nov 10:00

    v.description.setText("")
    v.record_button.click()
    settle(qtbot, ctx)
    assert v.boxes["description"].error.text() == "هذا الحقل مطلوب."
    v.discovered.set_value("22/11/2026")
    v.discovered_time.setText("08:00")
    v.description.setText("رسالة بريد أُرسلت إلى غير المستفيد")
    v.data_kinds.setText("الاسم ورقم الجوال")
    v.people.setValue(1)
    v.record_button.click()
    settle(qtbot, ctx)
    assert v.banner.text().startswith("سُجّلت برقم BR-2026-002: أبلغ الجهة المختصة قبل ")
    row = next(i for i, r in enumerate(ctl.rows) if r.number == "BR-2026-001")
    v.table.setCurrentCell(row, 0)
    v.notified.set_value("22/11/2026")
    v.notified_to.setText("الهيئة السعودية للبيانات والذكاء الاصطناعي")
    v.more_measures.setText("إلغاء صلاحية الذاكرة وإبلاغ المتأثرين")
    v.notify_button.click()
    settle(qtbot, ctx)
    assert v.banner.text() == "سُجّل إبلاغ BR-2026-001."
    notified = next(r for r in ctl.rows if r.number == "BR-2026-001")
    assert notified.notified_to.startswith("الهيئة") and notified.overdue  # late, and shown
    qtbot.wait(20)
    v.grab().save("/tmp/govern-breaches-ar.png")


def test_dashboard_tells_the_manager_of_an_overdue_breach(qtbot, arabic, desk_db, desk_admin,
                                                          clock):
    manager = staff.create(desk_db, desk_admin, "fahad", "manager-pass-2026", "فهد", "manager",
                           must_change=False)
    breaches.record(desk_db, manager, BreachForm("18/11/2026", "10:00", "فقد ذاكرة",
                                                 "صور الهويات", 35))
    clock.now = datetime(2026, 11, 22, 9, 30)
    ctx = make_ctx(desk_db, manager)
    ctl = DashboardController(ctx)
    qtbot.addWidget(ctl.view)
    opened = []
    ctl.navigate.connect(lambda name, _arg: opened.append(name))
    ctl.load()
    settle(qtbot, ctx)
    notice = ctl.view.notice
    assert notice.isVisibleTo(ctl.view)
    assert "حوادث تسرب بيانات تجاوزت 72 ساعة دون إبلاغ الجهة المختصة: 1" in notice.text()
    notice.linkActivated.emit("breaches")
    assert opened == ["breaches"]
