"""Conflicts over a deleted or refused record (issue 14): one end deleted or withdrew while the
other edited, or a branch's step the request workflow refuses. A person keeps the deletion or
refusal, restores the record, or takes the other side — one audited action that travels to
every site like any change. Head office on each engine (``engine``), branch a SQLite file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.domain.beneficiary import HouseholdForm
from desk_app.services import profile as profile_service
from desk_app.services import request_views, requests, sync, sync_conflicts
from desk_app.storage.requests_tables import RequestEvent, ServiceRequest
from desk_app.storage.tables import AuditEvent
from tests.conftest import engine_url
from tests.services.sync_sites import (
    SON,
    WIFE,
    contents,
    edit,
    head_and_jeddah,
    members,
    register,
)
from tests.services.test_sync_property import casework

MOTHER = HouseholdForm(name="نورة صالح", relation="أم", birth_date="01/01/1992")
SON_AT_SCHOOL = HouseholdForm(name="سعد", relation="ابن طالب", birth_date="03/04/2015")


@pytest.fixture
def sites(request, engine, tmp_path, clock):
    head, branch = head_and_jeddah(engine_url(request, engine, tmp_path, "head.sqlite3"),
                                   tmp_path, clock)
    yield head, branch
    head.db.dispose()
    branch.db.dispose()


def both_ways(head, branch) -> None:  # noqa: ANN001
    """A sync, then one more: what the head office decided reaches the branch."""
    sync.sync_with(branch.db, head.db, branch.admin)
    sync.sync_with(branch.db, head.db, branch.admin)
    assert contents(head) == contents(branch)


def resolved_in_audit(head, conflict_id: str) -> bool:  # noqa: ANN001
    with head.db.read() as s:
        return s.scalar(select(AuditEvent.id).where(AuditEvent.action == "sync.resolve",
                                                    AuditEvent.target_id == conflict_id)) is not None


def family(head, branch):  # noqa: ANN001
    pid = register(branch, 1, household=[WIFE, SON])
    sync.sync_with(branch.db, head.db, branch.admin)
    return pid


def by_name(listed, name: str):  # noqa: ANN001, ANN201
    [c] = [c for c in listed if c.record.endswith(f"· {name}")]
    return c


def test_deleted_at_the_head_office_changed_at_the_branch(sites):
    head, branch = sites
    pid = family(head, branch)
    edit(head, pid, household=[])  # both taken off the file here…
    edit(branch, pid, household=[MOTHER, SON_AT_SCHOOL])  # …and corrected there meanwhile
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 2
    listed = sync_conflicts.open_conflicts(head.db, head.admin)
    wife, son = by_name(listed, "نورة صالح"), by_name(listed, "سعد")  # named, though gone
    assert (wife.kind, wife.table, wife.head_value, wife.branch_value) == (
        "deleted", "household_members", None, {"relation": "أم"})
    both_ways(head, branch)
    assert members(head, pid) == members(branch, pid) == []
    sync_conflicts.resolve(head.db, head.admin, wife.id, "branch")  # restored, corrected
    sync_conflicts.resolve(head.db, head.admin, son.id, "head")  # the deletion kept
    assert resolved_in_audit(head, wife.id) and resolved_in_audit(head, son.id)
    both_ways(head, branch)
    assert members(head, pid) == members(branch, pid) == [("نورة صالح", "أم")]
    assert sync_conflicts.open_count(branch.db) == 0
    with pytest.raises(sync_conflicts.ResolveRefused):
        sync_conflicts.resolve(head.db, head.admin, son.id, "branch")  # decided once


def test_deleted_at_the_branch_changed_at_the_head_office(sites):
    head, branch = sites
    pid = family(head, branch)
    edit(branch, pid, household=[])  # both taken off the file at the branch…
    edit(head, pid, household=[MOTHER, SON_AT_SCHOOL])  # …and corrected at the head office
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 2
    listed = sync_conflicts.open_conflicts(head.db, head.admin)
    wife, son = by_name(listed, "نورة صالح"), by_name(listed, "سعد")
    assert (wife.kind, wife.branch_value, wife.head_value["relation"]) == ("removed", None,
                                                                           "أم")
    both_ways(head, branch)  # kept, and sent back to the branch until someone decides
    both = [("سعد", "ابن طالب"), ("نورة صالح", "أم")]
    assert members(head, pid) == members(branch, pid) == both
    sync_conflicts.resolve(head.db, head.admin, wife.id, "head")  # kept
    sync_conflicts.resolve(head.db, head.admin, son.id, "branch")  # deleted after all
    assert resolved_in_audit(head, wife.id) and resolved_in_audit(head, son.id)
    both_ways(head, branch)
    assert members(head, pid) == members(branch, pid) == [("نورة صالح", "أم")]


def test_an_unchanged_row_deleted_at_the_branch_is_deleted_everywhere(sites):
    head, branch = sites
    pid = family(head, branch)
    edit(branch, pid, household=[SON])
    edit(head, pid, mobile="0551111111")  # the file changed, not the member
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 0
    both_ways(head, branch)
    assert members(head, pid) == [("سعد", "ابن")]


def a_request(head, branch) -> str:  # noqa: ANN001
    register(branch, 1)
    casework(branch, ("request", "JED", 0), 1)
    sync.sync_with(branch.db, head.db, branch.admin)
    with head.db.read() as s:
        return s.scalar(select(ServiceRequest.id))


def events(site, rid: str) -> list[str]:  # noqa: ANN001
    with site.db.read() as s:
        return list(s.scalars(select(RequestEvent.to_status).where(RequestEvent.request_id == rid)
                              .order_by(RequestEvent.at, RequestEvent.to_status)))


def test_a_decided_request_withdrawn_at_a_branch_is_refused_whole(sites):
    head, branch = sites
    rid = a_request(head, branch)
    casework(head, ("decide", "HQ", 0), 2)  # the committee accepts at the head office…
    requests.withdraw(branch.db, branch.admin, rid, "عدل عن الطلب")  # …the branch withdraws
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 1
    [c] = sync_conflicts.open_conflicts(head.db, head.admin)
    assert (c.kind, c.field, c.head_value, c.branch_value) == ("rule", "status", "accepted",
                                                                "withdrawn")
    assert c.record.startswith("JED-")
    both_ways(head, branch)  # nothing of the withdrawal stays, at either end
    for site in (head, branch):
        assert request_views.get(site.db, rid).status == "accepted"
        assert "withdrawn" not in events(site, rid)
    with pytest.raises(sync_conflicts.ResolveRefused) as refused:
        sync_conflicts.resolve(head.db, head.admin, c.id, "branch")
    assert refused.value.code == "not_allowed"  # a decided request is never withdrawn
    sync_conflicts.resolve(head.db, head.admin, c.id, "head")
    both_ways(head, branch)
    assert sync_conflicts.open_count(branch.db) == 0


def test_a_refused_step_is_taken_once_the_workflow_allows_it(sites):
    head, branch = sites
    rid = a_request(head, branch)
    profile = profile_service.current(head.db)
    for item in request_views.get(head.db, rid).checklist:
        requests.verify_document(head.db, head.admin, rid, item.document_code, seen=True,
                                 matches=True, profile=profile)
    requests.send_to_committee(head.db, head.admin, rid, profile=profile)
    requests.withdraw(branch.db, branch.admin, rid, "عدل عن الطلب")  # not from the committee
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 1
    [c] = sync_conflicts.open_conflicts(head.db, head.admin)
    assert (c.kind, c.head_value) == ("rule", "committee")
    requests.refer(head.db, head.admin, rid, kind="social_researcher", target_name="الباحثة",
                   reason="دراسة الحالة")  # back to study: a withdrawal is allowed now
    sync_conflicts.resolve(head.db, head.admin, c.id, "branch")
    both_ways(head, branch)
    for site in (head, branch):
        r = request_views.get(site.db, rid)
        assert r.status == "withdrawn" and "withdrawn" in events(site, rid)
    with head.db.read() as s:
        last = s.scalar(select(RequestEvent).where(RequestEvent.request_id == rid,
                                                   RequestEvent.to_status == "withdrawn"))
        assert (last.from_status, last.note) == ("under_study", "عدل عن الطلب")


def test_two_decisions_never_meet_a_request(sites):
    """Taken through to a decision at both ends: each of the branch's steps (the ticks that
    moved it, sending it to the committee, the decision) is refused whole and listed, so the
    head office's one decision stays everywhere."""
    from desk_app.storage.requests_tables import Decision

    head, branch = sites
    rid = a_request(head, branch)
    casework(head, ("decide", "HQ", 0), 2)
    casework(branch, ("decide", "JED", 0), 3)
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts >= 1
    listed = sync_conflicts.open_conflicts(head.db, head.admin)
    assert {(c.kind, c.head_value) for c in listed} == {("rule", "accepted")}
    assert "accepted" in {c.branch_value for c in listed}
    both_ways(head, branch)
    for site in (head, branch):
        with site.db.read() as s:
            assert len(list(s.scalars(select(Decision).where(Decision.request_id == rid)))) == 1
