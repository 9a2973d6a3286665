"""The retention run on the demo database: counts before and after, the management reports'
statistics unchanged, no personal data left anywhere (every text column of every table is
scanned for the anonymised people's names, ID numbers and mobiles), and the audit trail's chain
still verified with the redacted events accounted for."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime

import pytest
from sqlalchemy import JSON, String, Text, func, select, update

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.profile.governance import Retention
from desk_app.services import demo, demo_requests, registry, reports, retention, staff
from desk_app.services import profile as profile_service
from desk_app.storage import audit_chain
from desk_app.storage.schema import Base
from desk_app.storage.tables import AuditEvent, Beneficiary, HouseholdMember


def _counts(db) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables}


def _statistics(db, admin, profile) -> dict:
    """Every figure and table of the board report (not the named rows behind them)."""
    rep = reports.build(db, admin, reports.ReportQuery("board", date(2025, 11, 1),
                                                       date(2026, 11, 22)), profile)
    return {"figures": rep["figures"], "tables": rep["tables"]}


def _tokens(db, ids: list[str]) -> set[str]:
    """What would identify the people: full names, ID numbers, mobiles, household members."""
    out: set[str] = set()
    with db.read() as s:
        for b in s.scalars(select(Beneficiary).where(Beneficiary.id.in_(ids))):
            out |= {" ".join((b.first_name, b.father_name, b.grandfather_name, b.family_name)),
                    b.id_number, b.mobile}
            out |= {b.email} if b.email else set()
        for m in s.scalars(select(HouseholdMember).where(HouseholdMember.beneficiary_id.in_(ids))):
            out |= {m.name} | ({m.id_number} if m.id_number else set())
    return {t for t in out if t and len(t) >= 6}


def _text_hits(db, tokens: set[str]) -> list[tuple[str, str, str]]:
    hits = []
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, String | Text | JSON)]
            for row in s.execute(select(*cols)) if cols else ():
                for col, value in zip(cols, row, strict=True):
                    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) \
                        else value
                    hits += [(table.name, col.name, t) for t in tokens if t in (text or "")]
    return hits


@pytest.fixture
def demo_office(db, admin, clock):
    demo.generate(db, beneficiaries=60, seed=21, progress=None)
    demo_requests.generate_requests(db, seed=21, per_beneficiary=1.2)
    profile = profile_service.current(db)
    gov = dataclasses.replace(profile.governance, retention=Retention(closed_files=12))
    profile_service.save(db, admin, dataclasses.replace(profile, governance=gov), "retention")
    # one person registered and corrected at the desk: the audit trail holds their data
    form = BeneficiaryForm(first_name="فاطمة", father_name="عبدالله", grandfather_name="مصطفى",
                           family_name="الزهراني", gender="female",
                           id_number=make_saudi_id(1, "23456789"), birth_date="01/01/1990",
                           mobile="0551234567")
    db.desk_person = registry.register(db, admin, form, branch_code="HQ").id
    # The demo's files were all opened on the day it ran: 18 months later, those whose requests
    # are finished (or who never asked) have been quiet for more than the twelve months.
    clock.now = datetime(2028, 5, 22, 9, 0)
    return db


def test_retention_run_on_the_demo_database(demo_office, admin):
    db = demo_office
    profile = profile_service.current(db)
    manager = staff.create(db, admin, "fahad", "manager-pass-2026", "فهد", "manager",
                           must_change=False)
    with pytest.raises(PermissionDenied):  # the administrator confirms, no one else
        retention.plan(db, manager)
    plan = retention.plan(db, admin)
    due = [f.beneficiary_id for f in plan.files]
    assert db.desk_person in due
    assert 0 < len(due) < 60, "the demo has finished files older than six months, not all"
    tokens = _tokens(db, due)
    kept = _tokens(db, [i for i in _all_people(db) if i not in due])
    assert tokens and not _text_hits(db, tokens) == []  # the names are there before the run
    before, stats_before = _counts(db), _statistics(db, admin, profile)

    report = retention.run(db, admin, plan)

    after = _counts(db)
    assert report.files_anonymised == len(due)
    assert after["beneficiaries"] == before["beneficiaries"]  # anonymised, not deleted
    assert after["service_requests"] == before["service_requests"]
    assert after["household_members"] == before["household_members"] - report.household_deleted
    assert after["audit_events"] == before["audit_events"] + 1  # the run's own event
    assert _statistics(db, admin, profile) == stats_before
    assert _text_hits(db, tokens) == []  # no personal data left, in any text column
    assert _text_hits(db, {t for t in kept if t not in tokens}) != []  # others untouched
    with db.read() as s:
        assert audit_chain.verify(s).intact
        redacted = s.scalar(select(func.count()).select_from(AuditEvent)
                            .where(AuditEvent.redacted_at.is_not(None)))
    assert redacted == report.audit_events_redacted > 0
    assert retention.plan(db, admin).files == []  # done: nothing due twice


def test_a_redaction_nobody_recorded_breaks_the_chain(demo_office, admin):
    db = demo_office
    retention.run(db, admin, retention.plan(db, admin))
    with db.action(admin, "test.noop") as s:  # an ordinary event after the run
        s.info["audit_always"] = True
    with db.read() as s:
        last_plain = s.scalar(select(AuditEvent.seq).where(AuditEvent.redacted_at.is_(None),
                                                           AuditEvent.action == "test.noop"))
    with db.write_engine.begin() as conn:  # someone edits the file: blanks an event
        conn.execute(update(AuditEvent).where(AuditEvent.seq == last_plain)
                     .values(changes=[], redacted_at=date(2026, 11, 22)))
    with db.read() as s:
        report = audit_chain.verify(s)
    assert (report.broken_at, report.reason) == (last_plain, "redacted_without_record")


def _all_people(db) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Beneficiary.id)))
