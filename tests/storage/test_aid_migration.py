"""Migration 0024 keeps the free-text "service given" notes of requests served before aid
records existed: each becomes a legacy service delivery, word for word, against the request's
approving decision, and the request's own column is left as it was."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, text

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import aid, installation, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import RequestEvent, ServiceRequest
from desk_app.storage.tables import Staff
from tests.storage.oldrev import at_revision

NOTE = "سلة غذائية شهرية وبطانيتان"


def _served_the_old_way(db: Database) -> None:
    """A request accepted and served with only a free-text note, as before revision 0024."""
    admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code="RYD",
                                    admin_username="admin", admin_password="admin-secret-1",
                                    admin_full_name="مدير النظام")
    profile = profile_service.current(db)
    person = registry.register(db, admin, BeneficiaryForm(
        first_name="خالد", father_name="سعد", grandfather_name="ناصر", family_name="العتيبي",
        birth_date="01/02/1990", id_number=make_saudi_id(1, "55550001"), gender="male",
        mobile="0550000001"), branch_code="RYD")
    r = svc.create(db, admin, IntakeForm(person.id, "service_request", "phone", "طلب", True,
                                         True, agreed_channel_code="phone"), branch_code="RYD", profile=profile)
    for code in ("national_id", "national_address"):
        svc.verify_document(db, admin, r.id, code, seen=True, matches=True, profile=profile)
    svc.send_to_committee(db, admin, r.id, profile=profile)
    svc.decide(db, admin, r.id, decision="accepted", reason="", committee_code="competent",
               decided_on=date(2025, 3, 1), profile=profile)
    with db.action(admin, "request.serve", "request", r.id) as s:  # the old free-text step
        row = s.get(ServiceRequest, r.id)
        s.add(RequestEvent(request_id=r.id, from_status="accepted", to_status="served",
                           at=datetime(2025, 3, 4, 10, 0), actor_name="موظف الاستقبال"))
        row.status, row.service_given = "served", NOTE


def test_old_service_notes_become_legacy_service_deliveries(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = at_revision(url, "0019_household_member_id", _served_the_old_way)
    old.dispose()
    db = Database.open(url)  # upgrades to the head
    with db.read() as s:
        rid, given = s.execute(select(ServiceRequest.id, ServiceRequest.service_given)).one()
    assert given == NOTE
    (kept,) = aid.for_request(db, _administrator(db), rid)
    assert (kept.kind, kept.details, kept.legacy, kept.delivered_on, kept.recorded_by) == (
        "service", NOTE, True, date(2025, 3, 4), "موظف الاستقبال")
    with db.read_engine.connect() as conn:
        assert conn.execute(text("SELECT decision_id IS NOT NULL FROM aid_records")).scalar()
    db.dispose()


def _administrator(db: Database) -> Actor:
    with db.read() as s:
        staff = s.scalars(select(Staff)).first()
    return Actor(staff.id, staff.username, staff.role, staff.full_name)
