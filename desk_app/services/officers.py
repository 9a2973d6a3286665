"""Contact officers (shared seed 000 §7: a contact officer per category of beneficiaries and per
field of the association): staff accounts assigned by the administrator, named on the file and
on the receipt, and each officer's queue — the open requests, complaints and enquiries of the
people they answer for.

The fields of the association's work are the services of its profile (each policy lists its
programmes there); an officer answers for a person through the person's category, and for a
request through its service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select

from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import contacts
from desk_app.services.permissions import require
from desk_app.storage.complaints_tables import Complaint
from desk_app.storage.db import Database
from desk_app.storage.online_tables import ContactOfficer
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import Beneficiary, Staff

__all__ = ["Assignment", "OfficerQueue", "assign", "assignments", "for_person",
           "for_request", "queue"]

SCOPES = ("category", "service")


@dataclass(frozen=True)
class Assignment:
    scope: str
    code: str
    staff_id: str
    name: str


@dataclass(frozen=True)
class QueueItem:
    kind: str  # request / complaint
    id: str
    number: str
    status: str
    beneficiary_id: str | None
    who: str
    file_number: str
    about: str  # the service or complaint category code
    since: date
    due_on: date | None


@dataclass(frozen=True)
class OfficerQueue:
    categories: tuple[str, ...]
    services: tuple[str, ...]
    items: tuple[QueueItem, ...]
    enquiries: tuple[contacts.ContactRow, ...]


def assignments(db: Database) -> list[Assignment]:
    with db.read() as s:
        rows = s.execute(select(ContactOfficer.scope, ContactOfficer.code, Staff.id,
                                Staff.full_name, Staff.username)
                         .join(Staff, Staff.id == ContactOfficer.staff_id)
                         .order_by(ContactOfficer.scope, ContactOfficer.code))
        return [Assignment(sc, code, sid, full or user) for sc, code, sid, full, user in rows]


def assign(db: Database, actor: Actor, scope: str, code: str, staff_id: str,
           profile: OrgProfile) -> None:
    """Make ``staff_id`` the officer of a category or a service ('' removes the officer)."""
    require(db, actor, "officers.assign")
    known = {"category": {c.code for c in profile.categories},
             "service": {s.code for s in profile.services}}
    if scope not in SCOPES or code not in known[scope]:
        raise ValidationFailed([FieldError("code", "invalid_choice")])
    with db.action(actor, "officers.assign", "contact_officer", f"{scope}:{code}") as s:
        row = s.scalar(select(ContactOfficer).where(ContactOfficer.scope == scope,
                                                    ContactOfficer.code == code))
        if not staff_id:
            if row is not None:
                s.delete(row)
            return
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise ValidationFailed([FieldError("staff_id", "invalid_choice")])
        if row is None:
            row = ContactOfficer(scope=scope, code=code, staff_id=staff_id)
            s.add(row)
        row.staff_id, row.assigned_at = staff_id, db.clock()
        row.assigned_by = actor.full_name or actor.username


def _officer(s, scope: str, code: str) -> str:  # noqa: ANN001
    if not code:
        return ""
    row = s.execute(select(Staff.full_name, Staff.username)
                    .join(ContactOfficer, ContactOfficer.staff_id == Staff.id)
                    .where(ContactOfficer.scope == scope, ContactOfficer.code == code)).first()
    return (row[0] or row[1]) if row else ""


def for_person(db: Database, beneficiary_id: str) -> str:
    """The officer of the person's category ('' when none is assigned)."""
    with db.read() as s:
        category = s.scalar(select(Beneficiary.category_code)
                            .where(Beneficiary.id == beneficiary_id))
        return _officer(s, "category", category or "")


def for_request(db: Database, request_id: str) -> str:
    """The officer for a request: its service's, else the person's category's."""
    with db.read() as s:
        row = s.execute(select(ServiceRequest.service_code, Beneficiary.category_code)
                        .join(Beneficiary, Beneficiary.id == ServiceRequest.beneficiary_id)
                        .where(ServiceRequest.id == request_id)).first()
        if row is None:
            return ""
        return _officer(s, "service", row[0]) or _officer(s, "category", row[1] or "")


def queue(db: Database, actor: Actor, staff_id: str, limit: int = 500) -> OfficerQueue:
    """The open requests, complaints and enquiries of the people ``staff_id`` answers for,
    oldest first (another officer's queue is the manager's to look at)."""
    require(db, actor, "officers.queue")
    if staff_id != actor.id:
        require(db, actor, "enquiry.follow_up")
    with db.read() as s:
        mine = s.execute(select(ContactOfficer.scope, ContactOfficer.code)
                         .where(ContactOfficer.staff_id == staff_id)).all()
        cats = tuple(c for sc, c in mine if sc == "category")
        services = tuple(c for sc, c in mine if sc == "service")
        items = _requests(s, cats, services, limit) + _complaints(s, cats, limit)
    enquiries = contacts.open_for(db, staff_id, cats, limit=limit)
    items.sort(key=lambda i: (i.since, i.number))
    return OfficerQueue(cats, services, tuple(items), tuple(enquiries))


def _name(first: str | None, family: str | None) -> str:
    return f"{first or ''} {family or ''}".strip()


def _requests(s, cats: tuple[str, ...], services: tuple[str, ...],  # noqa: ANN001
              limit: int) -> list[QueueItem]:
    if not (cats or services):
        return []
    r, b = ServiceRequest, Beneficiary
    q = (select(r.id, r.number, r.status, r.beneficiary_id, b.first_name, b.family_name,
                b.file_number, r.service_code, r.received_at, r.due_on)
         .join(b, b.id == r.beneficiary_id)
         .where(r.status.in_(wf.OPEN_STATES),
                or_(r.service_code.in_(services), b.category_code.in_(cats)))
         .order_by(r.received_at).limit(limit))
    return [QueueItem("request", i, n, st, bid, _name(f, fam), fno, svc,
                      at.date() if isinstance(at, datetime) else at, due)
            for i, n, st, bid, f, fam, fno, svc, at, due in s.execute(q)]


def _complaints(s, cats: tuple[str, ...], limit: int) -> list[QueueItem]:  # noqa: ANN001
    if not cats:
        return []
    c, b = Complaint, Beneficiary
    q = (select(c.id, c.number, c.status, c.beneficiary_id, b.first_name, b.family_name,
                b.file_number, c.category_code, c.received_on, c.due_on)
         .join(b, b.id == c.beneficiary_id)
         .where(c.status.in_(wf.COMPLAINT_OPEN_STATES), b.category_code.in_(cats))
         .order_by(c.received_on).limit(limit))
    return [QueueItem("complaint", *row[:4], _name(row[4], row[5]), *row[6:])
            for row in s.execute(q)]
