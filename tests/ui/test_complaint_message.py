"""A complaint's screen queues the complainant's message (received, then handled): to the
number they gave, or said beside the channel when there is nobody to write to."""

from __future__ import annotations

from desk_app.domain import complaints as crules
from desk_app.services import complaints, outbox
from desk_app.services import profile as profile_service
from desk_app.ui.screens.complaint import ComplaintController
from tests.ui.waiting import make_ctx, settle


def _file(db, actor, p, key, **kw):
    return complaints.submit(db, actor, crules.ComplaintForm(
        channel_code="fax", category_code="delay", description="تأخر", submission_key=key,
        **kw), p, branch_code="RYD").id


def test_the_complaint_screen_queues_the_complainants_message(qtbot, desk_db, desk_admin,
                                                              arabic):
    p = profile_service.current(desk_db)
    named = _file(desk_db, desk_admin, p, "a", complainant_name="أسامة الحربي",
                  complainant_contact="0569876543")
    anonymous = _file(desk_db, desk_admin, p, "b", anonymous=True)
    ctl = ComplaintController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.open(named)
    settle(qtbot, ctl.ctx)
    v = ctl.view
    assert v.message_event.currentData() == "complaint_received"
    assert ctl.queue_message()
    settle(qtbot, ctl.ctx)
    [m] = outbox.listing(desk_db, desk_admin)
    assert (m.event, m.recipient, m.channel) == ("complaint_received", "+966569876543", "sms")
    assert "أسامة الحربي" in m.body and "شكواكم" in m.body
    ctl.open(anonymous)
    settle(qtbot, ctl.ctx)
    assert ctl.queue_message()
    settle(qtbot, ctl.ctx)
    assert v.message_boxes["recipient"].error.text() == "الشكوى مجهولة المصدر: لا يوجد من نراسله."
    assert len(outbox.listing(desk_db, desk_admin)) == 1
