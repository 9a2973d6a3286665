"""Branch sync (issue 14): change log, direct exchange, field-level merge, conflicts, resuming.

The head office runs on each engine (``engine``: SQLite and the real PostgreSQL server); the
branches are SQLite files, as at a branch office.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.services import (
    duplicates,
    permissions,
    profile,
    sync,
    sync_conflicts,
    sync_exchange,
)
from desk_app.services.sync_files import FileRefused
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.sync_tables import SyncChange, SyncConflict, SyncPeer
from tests.conftest import engine_url
from tests.services.sync_sites import (
    contents,
    edit,
    make_branch,
    make_head,
    person,
    register,
)


@pytest.fixture
def head(request, engine, tmp_path, clock):
    site = make_head(engine_url(request, engine, tmp_path, "head.sqlite3"), clock)
    yield site
    site.db.dispose()


@pytest.fixture
def branch(head, tmp_path, clock):
    site = make_branch(head, f"sqlite:///{tmp_path / 'jed.sqlite3'}", "JED", clock)
    yield site
    site.db.dispose()


def log_size(site) -> int:
    with site.db.read() as s:
        return s.scalar(select(func.count()).select_from(SyncChange))


def test_every_action_is_logged_in_its_own_transaction(branch):
    before = log_size(branch)
    pid = register(branch, 1)
    assert log_size(branch) == before + 1
    with branch.db.read() as s:
        last = s.scalars(select(SyncChange).order_by(SyncChange.pos.desc())).first()
    tables = [c["t"] for c in last.changes]
    assert tables[0] == "beneficiaries" and last.changes[0]["k"] == {"id": pid}
    assert "seq" not in last.changes[0]["v"]  # a local key: never travels
    with pytest.raises(RuntimeError), branch.db.action(branch.admin, "x") as s:
        person(branch, pid)
        s.get(type(person(branch, pid)), pid).city = "جدة"
        s.flush()
        raise RuntimeError  # the action fails: neither the edit nor its log row stays
    assert log_size(branch) == before + 1


def test_both_ways_and_same_data_everywhere(head, branch):
    mine, theirs = register(branch, 1), register(head, 2)
    result = sync.sync_with(branch.db, head.db, branch.admin)
    assert result.error == "" and result.sent >= 1 and result.received >= 1
    assert person(head, mine).file_number.startswith("JED-")
    assert person(branch, theirs).file_number.startswith("HQ-")
    assert theirs in result.newcomers
    assert contents(head) == contents(branch)
    again = sync.sync_with(branch.db, head.db, branch.admin)  # only the last sync's record
    assert (again.sent, again.received, again.conflicts) == (1, 0, 0)


def test_fields_changed_at_one_end_merge(head, branch):
    pid = register(branch, 1)
    sync.sync_with(branch.db, head.db, branch.admin)
    edit(head, pid, mobile="0551234567")
    edit(branch, pid, city="جدة")
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 0
    for site in (head, branch):
        p = person(site, pid)
        assert (p.mobile, p.city) == ("+966551234567", "جدة")
    assert contents(head) == contents(branch)


def test_same_field_both_ends_is_a_conflict_showing_the_head_office_value(head, branch):
    pid = register(branch, 1)
    sync.sync_with(branch.db, head.db, branch.admin)
    edit(head, pid, mobile="0551111111")
    edit(branch, pid, mobile="0552222222")
    result = sync.sync_with(branch.db, head.db, branch.admin)
    assert result.conflicts == 1
    assert person(head, pid).mobile == person(branch, pid).mobile == "+966551111111"
    [c] = sync_conflicts.open_conflicts(head.db, head.admin)
    assert (c.field, c.head_value, c.branch_value, c.branch) == (
        "mobile", "+966551111111", "+966552222222", "JED")
    assert c.branch_actor == "jedadmin" and c.record.startswith("JED-")
    assert sync_conflicts.badged(branch.db, [pid]) == {pid}  # the list travels to the branch
    sync_conflicts.resolve(head.db, head.admin, c.id, "branch")
    sync.sync_with(branch.db, head.db, branch.admin)
    assert person(head, pid).mobile == person(branch, pid).mobile == "+966552222222"
    assert sync_conflicts.open_count(branch.db) == sync_conflicts.open_count(head.db) == 0
    assert contents(head) == contents(branch)


def test_applying_the_same_changes_twice_is_a_no_op(head, branch):
    register(branch, 1)
    out = sync_exchange.outgoing(branch.db, "HQ")
    first = sync_exchange.receive(head.db, head.admin, "JED", out, 0)
    snapshot = contents(head)
    second = sync_exchange.receive(head.db, head.admin, "JED", out, 0)
    assert first.applied == len(out.entries) and second.applied == 0
    assert contents(head) == snapshot


def test_an_unreachable_head_office_is_an_error_code_and_nothing_is_lost(branch):
    pid = register(branch, 1)
    result = sync.sync_to(branch.db, "postgresql://desk@127.0.0.1:9/desk?connect_timeout=2",
                          branch.admin)
    assert result.error == "unavailable"
    with branch.db.read() as s:
        assert s.get(SyncPeer, "HQ").acked == 0  # still waiting to be sent
        assert s.get(SyncPeer, "HQ").last_error == "unavailable"
    assert person(branch, pid) is not None


def test_conflict_between_two_branches_through_the_head_office(head, branch, tmp_path, clock):
    other = make_branch(head, f"sqlite:///{tmp_path / 'dmm.sqlite3'}", "DMM", clock)
    try:
        pid = register(branch, 1)
        for site in (branch, other):
            sync.sync_with(site.db, head.db, site.admin)
        edit(branch, pid, city="جدة")
        edit(other, pid, city="الدمام")
        for _ in range(2):
            for site in (branch, other):
                sync.sync_with(site.db, head.db, site.admin)
        assert {person(s, pid).city for s in (head, branch, other)} == {"جدة"}
        [c] = sync_conflicts.open_conflicts(head.db, head.admin)
        assert (c.branch, c.head_value, c.branch_value) == ("DMM", "جدة", "الدمام")
        assert contents(head) == contents(branch) == contents(other)
        with head.db.read() as s:
            assert s.scalar(select(func.count()).select_from(SyncConflict)) == 1
    finally:
        other.db.dispose()


def exchange_by_file(branch, head) -> tuple[bytes, bytes]:
    up = sync.export_file(branch.db, branch.admin)
    sync.import_file(head.db, head.admin, up)
    down = sync.export_file(head.db, head.admin, branch.code)
    sync.import_file(branch.db, branch.admin, down)
    return up, down


def test_exchange_files_carry_the_same_changes(head, branch):
    mine, theirs = register(branch, 1), register(head, 2)
    up, down = exchange_by_file(branch, head)
    assert "سارة".encode() not in up and "سارة".encode() not in down  # sealed, unreadable
    assert person(head, mine) is not None and person(branch, theirs) is not None
    edit(head, mine, mobile="0551111111")
    edit(branch, mine, mobile="0552222222")
    exchange_by_file(branch, head)
    assert person(branch, mine).mobile == person(head, mine).mobile == "+966551111111"
    assert sync_conflicts.open_count(head.db) == 1
    assert contents(head) == contents(branch)


def refused(site, data: bytes) -> str:
    with pytest.raises(FileRefused) as caught:
        sync.import_file(site.db, site.admin, data)
    return caught.value.code


def test_altered_foreign_unknown_and_repeated_files_are_refused(head, branch, tmp_path,
                                                                 clock):
    register(branch, 1)
    up = sync.export_file(branch.db, branch.admin)
    changed = bytearray(up)
    changed[len(up) // 2] ^= 0x01  # one byte, inside the sealed body
    assert refused(head, bytes(changed)) == "altered"
    header_end = up.index(b'"recipient"')
    changed = bytearray(up)
    changed[header_end + 13] ^= 0x20  # one byte of the readable header: fails to open too
    assert refused(head, bytes(changed)) in ("altered", "wrong_recipient")
    assert refused(head, b"PK\x03\x04 a spreadsheet") == "not_exchange_file"
    other = make_head(f"sqlite:///{tmp_path / 'other.sqlite3'}", clock)  # another association
    try:
        assert refused(other, up) == "other_association"
    finally:
        other.db.dispose()
    with head.db.action(head.admin, "test.forget") as s:  # the branch was never enrolled here
        s.delete(s.get(SyncPeer, "JED"))
    assert refused(head, up) == "unknown_sender"
    sync.enrol_branch(head.db, head.admin, "JED")  # a new key: the old file no longer opens
    assert refused(head, up) == "altered"


def test_a_file_applied_twice_is_refused_and_changes_nothing(head, branch):
    register(branch, 1)
    up = sync.export_file(branch.db, branch.admin)
    first = sync.import_file(head.db, head.admin, up)
    assert first.received >= 1
    before = contents(head)
    assert refused(head, up) == "already_applied"
    assert contents(head) == before


def test_a_person_registered_at_two_branches_arrives_and_is_listed_as_a_duplicate(head, branch):
    sync.sync_with(branch.db, head.db, branch.admin)
    theirs = register(head, 7)
    mine = register(branch, 8, id_number=person(head, theirs).id_number)  # same person
    result = sync.sync_with(branch.db, head.db, branch.admin)
    assert person(head, mine) is not None and person(branch, theirs) is not None  # both land
    assert result.duplicates == 1
    [pair] = duplicates.pairs(head.db, head.admin)
    assert {pair.first.id, pair.second.id} == {mine, theirs}
    sync.sync_with(branch.db, head.db, branch.admin)
    assert len(duplicates.pairs(branch.db, branch.admin)) == 1  # the review list travels


def test_a_request_decided_at_the_head_office_is_not_withdrawn_by_a_branch(head, branch):
    from desk_app.services import request_views, requests
    from tests.services.test_sync_property import casework

    pid = register(branch, 1)
    casework(branch, ("request", "JED", 0), 1)
    sync.sync_with(branch.db, head.db, branch.admin)
    with head.db.read() as s:
        [rid] = list(s.scalars(select(ServiceRequest.id)))
    casework(head, ("decide", "HQ", 0), 2)  # the committee accepts at the head office…
    requests.withdraw(branch.db, branch.admin, rid, "عدل عن الطلب")  # …the branch withdraws
    result = sync.sync_with(branch.db, head.db, branch.admin)
    assert result.conflicts == 1
    assert request_views.get(head.db, rid).status == "accepted"
    assert request_views.get(branch.db, rid).status == "accepted"  # the head office's value
    [c] = sync_conflicts.open_conflicts(head.db, head.admin)
    assert (c.kind, c.head_value, c.branch_value, c.record.split("-")[0]) == (
        "rule", "accepted", "withdrawn", "JED")
    assert person(head, pid) is not None


def test_the_branch_actions_are_in_the_head_office_audit_and_its_chain_holds(head, branch):
    from desk_app.services import audit_trail, registry

    pid = register(branch, 1)
    edit(branch, pid, city="جدة")
    sync.sync_with(branch.db, head.db, branch.admin)
    story = [(c.actor, c.action) for c in registry.history(head.db, pid)]
    assert ("jedadmin@JED", "beneficiary.create") in story
    assert ("jedadmin@JED", "beneficiary.update") in story
    assert audit_trail.verify(head.db, head.admin).intact


def test_waiting_counts_what_a_person_waits_for(head, branch):
    """Not the head office's settings changed at a branch (never sent up), not the record of a
    sync; at the head office, a settings change is waiting for each branch."""
    sync.sync_with(branch.db, head.db, branch.admin)
    assert sync.overview(branch.db).waiting == 0  # the sync's own record is not "waiting"
    grants = permissions.current(branch.db).grants
    permissions.save(branch.db, branch.admin, set(grants), "local")
    profile.save(branch.db, branch.admin, profile.current(branch.db), "local")
    assert sync.overview(branch.db).waiting == 0
    register(branch, 1)
    assert sync.overview(branch.db).waiting == 1
    sync.sync_with(branch.db, head.db, branch.admin)
    assert sync.overview(branch.db).waiting == 0

    def waiting_for_jed() -> int:
        return {p.code: p.waiting for p in sync.overview(head.db).peers}["JED"]

    assert waiting_for_jed() == 0  # the branch's own person, passed on elsewhere only
    profile.save(head.db, head.admin, profile.current(head.db), "for every office")
    assert waiting_for_jed() == 1
    sync.sync_with(branch.db, head.db, branch.admin)
    assert waiting_for_jed() == 0
