"""The complaints board's search box: typing a complainant's name (another spelling) or mobile
narrows the list once typing pauses; clearing it brings every complaint back."""

from __future__ import annotations

from desk_app.domain import complaints as crules
from desk_app.services import complaints
from desk_app.services import profile as profile_service
from desk_app.ui.screens.complaints_board import ComplaintsBoardController
from tests.ui.typing import type_text
from tests.ui.waiting import make_ctx, settle


def test_typing_in_the_search_narrows_the_board(qtbot, desk_db, desk_admin, arabic):
    p = profile_service.current(desk_db)
    for key, name, mobile in (("a", "أسامة الحربي", "0569876543"), ("b", "منى القحطاني", "")):
        complaints.submit(desk_db, desk_admin, crules.ComplaintForm(
            channel_code="fax", category_code="delay", description="تأخر", submission_key=key,
            complainant_name=name, complainant_contact=mobile), p, branch_code="RYD")
    ctl = ComplaintsBoardController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctl.ctx)
    assert len(ctl.rows) == 2
    type_text(ctl.view.search, "اسامه")
    qtbot.waitUntil(lambda: len(ctl.rows) == 1, timeout=5000)
    assert ctl.rows[0].complainant == "أسامة الحربي"
    ctl.view.search.clear()
    type_text(ctl.view.search, "+966569876543")
    qtbot.waitUntil(lambda: len(ctl.rows) == 1 and ctl.rows[0].complainant == "أسامة الحربي",
                    timeout=5000)
    ctl.view.search.clear()
    ctl.load()
    settle(qtbot, ctl.ctx)
    assert len(ctl.rows) == 2


def test_board_with_the_search_in_arabic_fits(qtbot, desk_db, desk_admin, arabic):
    import os
    ctl = ComplaintsBoardController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctl.ctx)
    assert ctl.view.search.placeholderText() == "الرقم أو الاسم أو الهوية أو الجوال"
    if os.environ.get("DESK_SHOTS"):
        ctl.view.grab().save(os.path.join(os.environ["DESK_SHOTS"], "complaints-search-ar.png"))
