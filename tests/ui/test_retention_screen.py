"""The retention run at the desk (administrator), in Arabic at 1366×768: what is due, the
confirmation, the counts; the dashboard's line names it while something is due."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from desk_app.domain.profile.governance import Retention
from desk_app.services import profile as profile_service
from desk_app.services import registry
from desk_app.ui.screens.dashboard import DashboardController
from desk_app.ui.screens.retention import RetentionController
from tests.ui.test_request_flow import register_one
from tests.ui.waiting import make_ctx, settle


def test_retention_screen_lists_confirms_and_runs(qtbot, arabic, desk_db, desk_admin, clock):
    bid = register_one(desk_db, desk_admin)
    profile = profile_service.current(desk_db)
    gov = dataclasses.replace(profile.governance, retention=Retention(closed_files=3))
    profile_service.save(desk_db, desk_admin, dataclasses.replace(profile, governance=gov), "")
    clock.now = datetime(2027, 3, 1, 9, 0)  # the file has been quiet for more than 3 months
    ctx = make_ctx(desk_db, desk_admin)
    board = DashboardController(ctx)
    qtbot.addWidget(board.view)
    board.load()
    settle(qtbot, ctx)
    assert "1 سجلًا مستحقًا لتطبيق مدد الحفظ" in board.view.notice.text()
    ctl = RetentionController(ctx)
    v = ctl.view
    qtbot.addWidget(v)
    v.resize(1366 - 230, 768 - 60)
    v.show()
    ctl.load()
    settle(qtbot, ctx)
    assert v.summary.text() == "المستحق اليوم: 1 ملفًا للتجهيل، 0 مستندًا ممسوحًا للحذف."
    assert v.table.item(0, 0).text() == "الملف RYD-000001"
    qtbot.wait(20)
    v.grab().save("/tmp/govern-retention-ar.png")
    ctx.dialogs.confirm_answer = False
    v.run_button.click()
    settle(qtbot, ctx)
    assert ctl.report is None and registry.get(desk_db, bid).first_name == "فاطمة"
    ctx.dialogs.confirm_answer = True
    v.run_button.click()
    settle(qtbot, ctx)
    assert ctl.report.files_anonymised == 1
    assert v.banner.text().startswith("تم: جُهّل 1 ملفًا")
    assert registry.get(desk_db, bid).first_name == "محذوف"
    assert v.table.rowCount() == 0 and not v.run_button.isEnabled()
