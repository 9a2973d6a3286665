"""The waiting list and "my work" (issue 20): every open request, paged without a cap, in due
order (dated soonest first, then those still waiting for documents, oldest first), filtered by
status, service, branch, assigned person and overdue, with the counts per status. The expected
answers are computed here from the rows themselves, not by the code under test."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from desk_app.domain.entities import Actor
from desk_app.domain.validation import ValidationFailed
from desk_app.domain.workflows import OPEN_STATES
from desk_app.services import demo, demo_requests, staff, worklists
from desk_app.services import profile as profile_service
from desk_app.storage.requests_tables import ServiceRequest

TODAY = date(2026, 11, 22)


@pytest.fixture
def world(desk_db, desk_admin):
    demo.generate(desk_db, beneficiaries=1500, seed=7, preset_key="althikr_alhakeem",
                  branch_code="RYD")
    demo_requests.generate_requests(desk_db, seed=7, per_beneficiary=1.0)
    amal = staff.create(desk_db, desk_admin, "amal", "amal-pass-2026", "أمل", "researcher")
    with desk_db.action(desk_admin, "test.spread") as s:
        ids = s.scalars(select(ServiceRequest.id).where(ServiceRequest.status == "under_study")
                        .order_by(ServiceRequest.number)).all()
        # half the studies with Amal, the rest still with the unit; a tenth in Jeddah
        s.execute(update(ServiceRequest).where(ServiceRequest.id.in_(ids[::2]))
                  .values(assignee_id=amal.id))
        jed = s.scalars(select(ServiceRequest.id).order_by(ServiceRequest.number)).all()[::10]
        s.execute(update(ServiceRequest).where(ServiceRequest.id.in_(jed))
                  .values(branch_code="JED"))
    with desk_db.read() as s:
        rows = s.execute(select(ServiceRequest.id, ServiceRequest.status,
                                ServiceRequest.service_code, ServiceRequest.branch_code,
                                ServiceRequest.assignee_id, ServiceRequest.due_on,
                                ServiceRequest.received_at)
                         .where(ServiceRequest.status.in_(OPEN_STATES))).all()
    return profile_service.current(desk_db), amal, rows


def in_order(rows):
    dated = sorted((r for r in rows if r.due_on), key=lambda r: (r.due_on, r.received_at, r.id))
    undated = sorted((r for r in rows if not r.due_on), key=lambda r: (r.received_at, r.id))
    return [r.id for r in dated + undated]


def every_page(db, actor, profile, q, size=50):
    first = worklists.waiting(db, actor, profile, TODAY, q, 1, size)
    ids = [r.id for r in first.rows]
    for n in range(2, first.pages + 1):
        ids += [r.id for r in worklists.waiting(db, actor, profile, TODAY, q, n, size).rows]
    return first, ids


def test_every_open_request_pages_through_without_a_cap(desk_db, desk_admin, world):
    profile, _amal, rows = world
    assert len(rows) > 500                                   # the old list stopped at 500
    first, ids = every_page(desk_db, desk_admin, profile, worklists.Query())
    assert first.total == len(rows) and first.pages == -(-len(rows) // 50)
    assert ids == in_order(rows)                             # each once, in due order
    assert first.by_status == {s: sum(r.status == s for r in rows) for s in OPEN_STATES}
    assert first.overdue == sum(1 for r in rows if r.due_on and r.due_on < TODAY)
    last = worklists.waiting(desk_db, desk_admin, profile, TODAY, worklists.Query(), 999)
    assert last.page == first.pages and last.rows          # past the end: the last page


@pytest.mark.parametrize("name", ["status", "service", "branch", "overdue", "combined"])
def test_each_filter_matches_the_rows(desk_db, desk_admin, world, name):
    profile, _amal, rows = world
    query, keep = {
        "status": (worklists.Query(status="committee"), lambda r: r.status == "committee"),
        "service": (worklists.Query(service_code="support_request"),
                    lambda r: r.service_code == "support_request"),
        "branch": (worklists.Query(branch_code="JED"), lambda r: r.branch_code == "JED"),
        "overdue": (worklists.Query(overdue_only=True),
                    lambda r: r.due_on is not None and r.due_on < TODAY),
        "combined": (worklists.Query(status="complete", service_code="service_request",
                                     branch_code="RYD", overdue_only=True),
                     lambda r: r.status == "complete" and r.service_code == "service_request"
                     and r.branch_code == "RYD" and r.due_on is not None and r.due_on < TODAY),
    }[name]
    expected = [r for r in rows if keep(r)]
    assert expected, "the demo data must hold rows of every filter"
    first, ids = every_page(desk_db, desk_admin, profile, query, size=40)
    assert first.total == len(expected) and ids == in_order(expected)
    if name == "status":  # the other statuses' counts stay visible while one is chosen
        assert first.by_status == {s: sum(r.status == s for r in rows) for s in OPEN_STATES}


def test_assigned_person_and_my_work(desk_db, desk_admin, world):
    profile, amal, rows = world
    mine = [r for r in rows if r.status == "under_study" and r.assignee_id == amal.id]
    pool = [r for r in rows if r.status == "under_study" and r.assignee_id is None]
    assert mine and pool
    page, ids = every_page(desk_db, desk_admin, profile, worklists.Query(assignee_id=amal.id))
    assert ids == in_order(mine)
    me = Actor(amal.id, "amal", "researcher", "أمل")
    page, ids = every_page(desk_db, me, profile, worklists.Query(mine=True))
    assert ids == in_order(mine + pool)          # mine, and the unit's not yet taken
    assert page.by_status == {"under_study": len(mine + pool)}
    member = Actor("c1", "fahd", "committee", "فهد")
    page, ids = every_page(desk_db, member, profile, worklists.Query(mine=True))
    assert ids == in_order([r for r in rows if r.status == "committee"])
    assert worklists.my_statuses("reception") == ()


def test_a_closed_status_is_refused(desk_db, desk_admin, world):
    profile = world[0]
    with pytest.raises(ValidationFailed) as refused:
        worklists.waiting(desk_db, desk_admin, profile, TODAY, worklists.Query(status="closed"))
    assert refused.value.errors[0].field == "status"


def test_the_branch_filter_lists_the_branches_that_have_requests_without_reading_them(
        desk_db, desk_admin):
    """The branch list is read from the requests counted per day and branch (kept by the
    database's triggers), not by a DISTINCT over every request (250 ms at 1M, issue 23); it
    follows requests moved to another branch and deleted."""
    from sqlalchemy import delete, event

    demo.generate(desk_db, beneficiaries=40, seed=3, preset_key="althikr_alhakeem",
                  branch_code="RYD")
    demo_requests.generate_requests(desk_db, seed=3, per_beneficiary=1.0)
    with desk_db.action(desk_admin, "test.spread") as s:
        ids = s.scalars(select(ServiceRequest.id).order_by(ServiceRequest.number)).all()
        s.execute(update(ServiceRequest).where(ServiceRequest.id.in_(ids[:3]))
                  .values(branch_code="JED"))
    sent: list[str] = []
    event.listen(desk_db.read_engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_a: sent.append(sql))
    assert worklists.branches(desk_db) == ["JED", "RYD"]
    assert sent and not any("service_requests" in sql for sql in sent)
    with desk_db.action(desk_admin, "test.delete") as s:
        s.execute(delete(ServiceRequest).where(ServiceRequest.branch_code == "JED"))
    assert worklists.branches(desk_db) == ["RYD"]
