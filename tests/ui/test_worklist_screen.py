"""The waiting list screen in Arabic (issue 20): every open request page by page (no cap), the
counts per status, a status filter that only shows that status, and "my work" for a researcher
(the requests under study) and a committee member (the agenda)."""

from sqlalchemy import func, select

from desk_app.domain.entities import Actor
from desk_app.domain.workflows import OPEN_STATES
from desk_app.services import demo, demo_requests
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.ui.screens.waiting import MyWorkController, WaitingController
from tests.ui.waiting import make_ctx, settle


def counts(db):
    with db.read() as s:
        return dict(s.execute(select(ServiceRequest.status, func.count())
                              .where(ServiceRequest.status.in_(OPEN_STATES))
                              .group_by(ServiceRequest.status)).all())


def shown_statuses(ctl):
    return {ctl.model.rows[i].status for i in range(ctl.model.rowCount())}


def test_waiting_list_pages_filters_and_counts(qtbot, desk_db, desk_admin, arabic):
    demo.generate(desk_db, beneficiaries=700, seed=5, preset_key="althikr_alhakeem",
                  branch_code="RYD")
    demo_requests.generate_requests(desk_db, seed=5, per_beneficiary=1.0)
    n = counts(desk_db)
    total = sum(n.values())
    assert total > 50
    ctx = make_ctx(desk_db, desk_admin)
    ctl = WaitingController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.load()
    settle(qtbot, ctx)
    v = ctl.view
    assert ctl.model.rowCount() == 50
    assert v.status.text().startswith(f"الطلبات المنتظرة: {total} ")
    assert f"قيد دراسة اللجنة: {n['committee']}" in v.counts.text()
    pages = -(-total // 50)
    assert v.page_label.text() == f"الصفحة 1 من {pages}"
    assert not v.previous_button.isEnabled() and v.next_button.isEnabled()
    seen = {r.id for r in ctl.model.rows}
    for _ in range(pages - 1):
        v.next_button.click()
        settle(qtbot, ctx)
        seen |= {r.id for r in ctl.model.rows}
    assert len(seen) == total and not v.next_button.isEnabled()

    v.status_filter.setCurrentIndex(v.status_filter.findData("complete"))
    settle(qtbot, ctx)
    assert shown_statuses(ctl) == {"complete"} and ctl.last.total == n["complete"]
    assert v.page_label.text().startswith("الصفحة 1 ")         # a new filter starts at page 1
    assert f"غير مكتمل: {n['incomplete']}" in v.counts.text()   # other counts stay shown
    v.overdue_only.setChecked(True)
    settle(qtbot, ctx)
    assert all(r.overdue for r in ctl.model.rows)
    assert not v.mine.isVisible()                # the administrator has no "my work"


def test_my_work_for_the_researcher_and_the_committee(qtbot, desk_db, desk_admin, arabic):
    demo.generate(desk_db, beneficiaries=400, seed=9, preset_key="althikr_alhakeem",
                  branch_code="RYD")
    demo_requests.generate_requests(desk_db, seed=9, per_beneficiary=1.0)
    n = counts(desk_db)
    for actor, status in ((Actor("r1", "amal", "researcher", "أمل"), "under_study"),
                          (Actor("c1", "fahd", "committee", "فهد"), "committee")):
        ctx = make_ctx(desk_db, actor)
        ctl = MyWorkController(ctx)
        qtbot.addWidget(ctl.view)
        ctl.load()
        settle(qtbot, ctx)
        assert ctl.view.title.text() == "أعمالي"
        assert ctl.last.total == n[status] and shown_statuses(ctl) == {status}
        assert ctl.view.counts.text().endswith(f": {n[status]}")   # only their own status
