"""Tamper evidence: each audit event holds the hash of the one before; a row changed, removed
or re-linked directly in the database (beside the application, with plain SQL) is found, and the
first broken link is named. On both engines; tests/end_to_end/test_cli_auth.py edits the SQLite
file with the sqlite3 module and runs ``desk-app audit verify``."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.permissions import PermissionDenied
from desk_app.services import audit_trail, registry, staff
from desk_app.storage.tables import AuditEvent


def register(db, admin, n):
    names = ("خالد", "سارة", "منيرة", "فهد", "نورة", "عبير", "ماجد", "ريم", "سلطان", "هند")
    form = BeneficiaryForm(first_name=names[n], father_name="سعد", grandfather_name="ناصر",
                           family_name="العتيبي", birth_date=f"0{1 + n % 9}/02/1990", gender="male",
                           id_number=make_saudi_id(1, f"{55550000 + n}"), mobile=f"05500000{n:02d}")
    return registry.register(db, admin, form, branch_code="RYD")


def sql(db, statement):
    with db.write_engine.begin() as conn:  # plain SQL, past the application's actions
        result = conn.execute(text(statement))
        return [tuple(r) for r in result] if result.returns_rows else []


@pytest.fixture
def chained(desk_db, desk_admin):
    for n in range(4):
        register(desk_db, desk_admin, n)
    report = audit_trail.verify(desk_db, desk_admin)
    assert report.intact and report.events == 5  # set-up + four registrations
    return desk_db


def test_a_value_changed_in_the_file_is_found_at_its_event(chained, desk_admin):
    [(seq, event_id)] = sql(chained, "SELECT seq, id FROM audit_events WHERE seq = 3")
    sql(chained, "UPDATE audit_events SET actor_name = 'someone_else' WHERE seq = 3")
    report = audit_trail.verify(chained, desk_admin)
    assert (report.broken_at, report.event_id, report.reason) == (seq, event_id, "altered")


def test_a_deleted_event_is_found(chained, desk_admin):
    sql(chained, "DELETE FROM audit_events WHERE seq = 2")
    report = audit_trail.verify(chained, desk_admin)
    assert (report.broken_at, report.reason) == (2, "missing")


def test_an_event_relinked_elsewhere_is_found(chained, desk_admin):
    sql(chained, "UPDATE audit_events SET prev_hash = (SELECT hash FROM audit_events "
                 "WHERE seq = 1) WHERE seq = 4")
    report = audit_trail.verify(chained, desk_admin)
    assert (report.broken_at, report.reason) == (4, "relinked")


def test_changes_json_edited_is_found(chained, desk_admin):
    with chained.write_engine.begin() as conn:
        changes = conn.execute(select(AuditEvent.changes).where(AuditEvent.seq == 4)).scalar()
        changes[0]["op"] = "update"
        conn.execute(update(AuditEvent).where(AuditEvent.seq == 4).values(changes=changes))
    assert audit_trail.verify(chained, desk_admin).broken_at == 4


def test_new_events_after_the_checked_ones_keep_the_chain(chained, desk_admin):
    register(chained, desk_admin, 9)
    assert audit_trail.verify(chained, desk_admin).events == 6
    assert sql(chained, "SELECT count(DISTINCT seq), count(*) FROM audit_events") == [(6, 6)]


def test_only_who_may_see_the_audit_runs_the_check(chained, desk_admin):
    clerk = staff.create(chained, desk_admin, "salma", "reception-pass-2026", "سلمى",
                         "reception")
    with pytest.raises(PermissionDenied):
        audit_trail.verify(chained, clerk)
