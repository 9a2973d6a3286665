"""The desk's two most frequent saves (register a person, open a request with its checklist) do
the work they need and no more (issue 23): no ORM flush at all (their new rows go in as plain
INSERTs, one per table), the statements a save sends, one read for the permission check — each
held here so it cannot creep back. What they write is held in test_save_written.py."""

from contextlib import contextmanager

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import permissions, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.storage.sync_tables import SyncChange
from desk_app.storage.tables import AuditEvent


@contextmanager
def watched(db):
    """Flushes of every session and the statements sent through the write engine."""
    flushes, statements = [], []

    def on_flush(session, _ctx):
        flushes.append({type(o).__name__ for o in session.new})

    def on_execute(_conn, _cursor, statement, _params, _ctx, _many):
        statements.append(" ".join(statement.split())[:60])

    event.listen(Session, "after_flush", on_flush)
    event.listen(db.write_engine, "before_cursor_execute", on_execute)
    try:
        yield flushes, statements
    finally:
        event.remove(Session, "after_flush", on_flush)
        event.remove(db.write_engine, "before_cursor_execute", on_execute)


def _person() -> BeneficiaryForm:
    return BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, "44556677"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone")


def _inserts(statements: list[str]) -> list[str]:
    return [s.split()[2] for s in statements if s.startswith("INSERT INTO")]


def test_register_then_request_send_one_insert_per_table_and_flush_nothing(desk_db, desk_admin):
    profile = profile_service.current(desk_db)
    with watched(desk_db) as (flushes, statements):
        person = registry.register(desk_db, desk_admin, _person(), branch_code="RYD")
    assert flushes == []  # the unit of work is not run: the rows are new, their ids given
    assert _inserts(statements) == ["counters(name,", "beneficiaries", "sync_changes",
                                    "audit_events"]
    with watched(desk_db) as (flushes, statements):
        r = svc.create(desk_db, desk_admin, IntakeForm(
            person.id, "service_request", "phone", "طلب مساعدة", True, True,
            agreed_channel_code="phone"), branch_code="RYD", profile=profile)
    assert flushes == []
    # the checklist and the two status events in one statement each, however long the list
    assert _inserts(statements) == ["counters(name,", "service_requests", "request_checklist",
                                    "request_events", "consents", "contacts", "sync_changes",
                                    "audit_events"]
    # inserted with the status its checklist gives it: no UPDATE of the row just inserted
    assert not [s for s in statements if s.startswith("UPDATE")]
    assert len(r.checklist) >= 2
    assert [(h.from_status, h.to_status) for h in r.history] == [
        ("", "received"), ("received", "incomplete")]
    # the guarantees the fewer flushes keep: one audit event and one change-log row per action
    with desk_db.read() as s:
        events = s.scalars(select(AuditEvent.action).where(
            AuditEvent.target_id.in_([person.id, r.id]))).all()
        assert sorted(events) == ["beneficiary.create", "request.create"]
        logged = s.scalar(select(func.count()).select_from(SyncChange).where(
            SyncChange.action.in_(["beneficiary.create", "request.create"])))
        assert logged == 2


def test_the_permission_check_is_one_read(desk_db, desk_admin):
    begins = []

    def on_begin(conn):
        begins.append(conn)

    event.listen(desk_db.read_engine, "begin", on_begin)
    try:
        permissions.require(desk_db, desk_admin, "beneficiary.register")
    finally:
        event.remove(desk_db.read_engine, "begin", on_begin)
    assert len(begins) == 1
