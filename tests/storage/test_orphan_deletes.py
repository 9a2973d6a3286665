"""A row removed from its list (the delete-orphan cascade: a household member, a checklist item,
an attendee) is a deletion like any other: the audit records it with what it held, and the sync
change log sends it, so the other end does not keep (or bring back) what was removed here."""

from __future__ import annotations

from sqlalchemy import select

from desk_app.storage.sync_tables import SyncChange
from desk_app.storage.tables import AuditEvent, Beneficiary, HouseholdMember
from tests.services.test_audit_chain import register


def test_a_member_taken_out_of_the_household_is_audited_and_travels(desk_db, desk_admin):
    person = register(desk_db, desk_admin, 1)
    with desk_db.action(desk_admin, "test.add_member", "beneficiary", person.id) as s:
        row = s.get(Beneficiary, person.id)
        row.household.append(HouseholdMember(name="ريم خالد", relation="ابنة", id_number=""))
    with desk_db.read() as s:
        member_id = s.scalar(select(HouseholdMember.id))
    with desk_db.action(desk_admin, "test.remove_member", "beneficiary", person.id) as s:
        row = s.get(Beneficiary, person.id)
        row.household.remove(row.household[0])  # no session.delete: the cascade removes it
    with desk_db.read() as s:
        assert s.scalar(select(HouseholdMember.id)) is None
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "test.remove_member")).one()
        logged = s.scalars(select(SyncChange).where(SyncChange.action == "test.remove_member")).one()
    deleted = [c for c in event.changes if c["op"] == "delete"]
    assert [(c["table"], c["id"], c["before"]["name"]) for c in deleted] == [
        ("household_members", member_id, "ريم خالد")]
    assert [(c["t"], c["k"]["id"]) for c in logged.changes if c["op"] == "d"] == [
        ("household_members", member_id)]
