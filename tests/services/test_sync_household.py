"""A household edited at a branch and at the head office (issue 14): members merge one by one —
never both copies of the list, never a member lost; the same person added at both ends is kept
once and put in front of a person in the conflict list. Head office on each engine."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.domain.beneficiary import HouseholdForm
from desk_app.services import sync, sync_conflicts
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

DAUGHTER = HouseholdForm(name="لمى", relation="ابنة", birth_date="05/06/2018")


@pytest.fixture
def sites(request, engine, tmp_path, clock):
    head, branch = head_and_jeddah(engine_url(request, engine, tmp_path, "head.sqlite3"),
                                   tmp_path, clock)
    pid = register(branch, 1, household=[WIFE])
    sync.sync_with(branch.db, head.db, branch.admin)
    yield head, branch, pid
    head.db.dispose()
    branch.db.dispose()


def test_other_edits_at_both_ends_leave_the_household_as_it_was(sites):
    head, branch, pid = sites
    edit(head, pid, mobile="0551111111")
    edit(branch, pid, city="جدة")
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 0
    assert members(head, pid) == members(branch, pid) == [("نورة صالح", "زوجة")]
    assert contents(head) == contents(branch)


def test_different_members_added_at_each_end_are_both_kept(sites):
    head, branch, pid = sites
    edit(head, pid, household=[WIFE, SON])
    edit(branch, pid, household=[WIFE, DAUGHTER])
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 0
    both = [("سعد", "ابن"), ("لمى", "ابنة"), ("نورة صالح", "زوجة")]
    assert members(head, pid) == members(branch, pid) == both
    assert contents(head) == contents(branch)


def test_the_same_person_added_at_both_ends_is_kept_once_and_listed(sites):
    head, branch, pid = sites
    edit(head, pid, household=[WIFE, SON])
    edit(branch, pid, household=[WIFE, SON])
    result = sync.sync_with(branch.db, head.db, branch.admin)
    assert result.conflicts == 1
    assert members(head, pid) == members(branch, pid) == [("سعد", "ابن"), ("نورة صالح", "زوجة")]
    [c] = sync_conflicts.open_conflicts(head.db, head.admin)
    assert (c.kind, c.table, c.branch) == ("refused", "household_members", "JED")
    assert c.record.startswith("JED-") and c.record.endswith("· سعد")
    assert c.branch_value["name"] == "سعد" and c.branch_actor == "jedadmin"
    sync.sync_with(branch.db, head.db, branch.admin)  # the listed conflict reaches the branch
    assert contents(head) == contents(branch)
    assert sync_conflicts.open_count(branch.db) == 1


def test_a_member_removed_at_the_branch_and_one_added_at_the_head_office_merge(sites):
    head, branch, pid = sites
    edit(branch, pid, household=[WIFE, SON])
    sync.sync_with(branch.db, head.db, branch.admin)
    edit(branch, pid, household=[SON])  # the wife removed here
    edit(head, pid, household=[WIFE, SON, DAUGHTER])  # a daughter added there
    assert sync.sync_with(branch.db, head.db, branch.admin).conflicts == 0
    assert members(head, pid) == members(branch, pid) == [("سعد", "ابن"), ("لمى", "ابنة")]
    assert contents(head) == contents(branch)


def test_a_removed_member_is_logged_whole(sites):
    """A deletion carries the row as it was: what the head office compares and restores."""
    from desk_app.storage.sync_tables import SyncChange

    _, branch, pid = sites
    edit(branch, pid, household=[])
    with branch.db.read() as s:
        last = s.scalars(select(SyncChange).order_by(SyncChange.pos.desc())).first()
    [gone] = [c for c in last.changes if c["op"] == "d"]
    assert gone["t"] == "household_members" and gone["b"]["name"] == "نورة صالح"
    assert gone["b"]["beneficiary_id"] == pid and gone["b"]["birth_date"] == "1992-01-01"
