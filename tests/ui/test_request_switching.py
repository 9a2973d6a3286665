"""Opening one request after another never carries text typed for the first into the second
(a decision notice recorded under the wrong request would tell a beneficiary the wrong thing)."""

from desk_app.services import demo, demo_requests, request_views
from tests.ui.test_registry_flow import sign_in
from tests.ui.typing import type_text
from tests.ui.waiting import settle


def test_notice_and_decision_fields_reset_when_another_request_opens(qtbot, window, desk_db):
    demo.generate(desk_db, beneficiaries=120, seed=4)
    demo_requests.generate_requests(desk_db, seed=4, per_beneficiary=1.0)
    sign_in(qtbot, window)
    shell = window.shell
    rows = request_views.listing(desk_db, shell.ctx.profile, desk_db.clock().date(),
                                 open_only=False)
    decided = next(r for r in rows if r.status == "rejected")
    undecided = next(r for r in rows if r.status in ("incomplete", "received"))
    committee = next(r for r in rows if r.status == "committee")

    ctl = shell.show_screen("request", {"open": decided.id})
    settle(qtbot, window)
    notify = ctl.view.notify
    assert notify.record_button.isEnabled()
    assert decided.number in notify.text.toPlainText()  # the prepared notice names it
    type_text(ctl.view.decision.reason, "سبب كُتب لطلب آخر")

    shell.show_screen("request", {"open": undecided.id})
    settle(qtbot, window)
    assert notify.text.toPlainText() == ""
    assert not notify.record_button.isEnabled()  # nothing decided: nothing to record told
    assert notify.queue_button.isEnabled()  # a message from the templates may still go
    assert ctl.view.decision.reason.toPlainText() == ""

    shell.show_screen("request", {"open": committee.id})
    settle(qtbot, window)
    assert ctl.view.decision.record_button.isEnabled()
    assert ctl.view.decision.reason.toPlainText() == ""
