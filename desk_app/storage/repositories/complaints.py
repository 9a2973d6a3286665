"""Complaint queries: by id / submission key, filtered lists, a complaint's whole file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from desk_app.domain.entities import Actor
from desk_app.storage.complaints_tables import (
    Compensation,
    Complaint,
    ComplaintAttachment,
    ComplaintEvent,
    Investigation,
    MinutesApproval,
    Negotiation,
)
from desk_app.storage.tables import Beneficiary, Staff


def get(s: Session, complaint_id: str) -> Complaint:
    c = s.get(Complaint, complaint_id)
    if c is None:
        raise KeyError(complaint_id)
    return c


def by_submission_key(s: Session, key: str) -> Complaint | None:
    return s.scalar(select(Complaint).where(Complaint.submission_key == key))


def add_event(s: Session, c: Complaint, actor: Actor, at: datetime, kind: str, note: str = "",
              from_status: str = "", to_status: str = "") -> ComplaintEvent:
    position = (s.scalar(select(func.max(ComplaintEvent.position))
                         .where(ComplaintEvent.complaint_id == c.id)) or 0) + 1
    ev = ComplaintEvent(complaint_id=c.id, position=position, at=at, actor_id=actor.id,
                        actor_name=actor.full_name or actor.username, kind=kind,
                        from_status=from_status, to_status=to_status, note=note)
    s.add(ev)
    return ev


LISTED = (Complaint.id, Complaint.number, Complaint.status, Complaint.category_code,
          Complaint.channel_code, Complaint.branch_code, Complaint.received_on, Complaint.due_on,
          Complaint.clock_started_on, Complaint.limit_days, Complaint.settled_on,
          Complaint.anonymous, Complaint.beneficiary_id, Complaint.description,
          Complaint.complainant_name, Complaint.complainant_contact)


def listing(s: Session, *, statuses: Sequence[str] | None = None, branch: str = "",
            channel: str = "", category: str = "", beneficiary_id: str = "",
            received_from: date | None = None, received_to: date | None = None,
            limit: int = 5000) -> list[Row]:
    """The complaints' columns a list shows and its deadlines need, as plain rows (attribute
    access like a ``Complaint``): no ORM object per complaint for a board of hundreds."""
    q = select(*LISTED)
    if statuses is not None:
        q = q.where(Complaint.status.in_(statuses))
    for column, value in ((Complaint.branch_code, branch), (Complaint.channel_code, channel),
                          (Complaint.category_code, category),
                          (Complaint.beneficiary_id, beneficiary_id)):
        if value:
            q = q.where(column == value)
    if received_from:
        q = q.where(Complaint.received_on >= received_from)
    if received_to:
        q = q.where(Complaint.received_on <= received_to)
    return list(s.execute(q.order_by(Complaint.received_on.desc(), Complaint.number.desc())
                          .limit(limit)))


def events(s: Session, complaint_id: str) -> list[ComplaintEvent]:
    return list(s.scalars(select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint_id)
                          .order_by(ComplaintEvent.position)))


def investigation(s: Session, complaint_id: str) -> Investigation | None:
    return s.scalar(select(Investigation).where(Investigation.complaint_id == complaint_id))


def approvals(s: Session, investigation_id: str) -> list[MinutesApproval]:
    return list(s.scalars(select(MinutesApproval)
                          .where(MinutesApproval.investigation_id == investigation_id)
                          .order_by(MinutesApproval.approved_at)))


def negotiations(s: Session, complaint_id: str) -> list[Negotiation]:
    return list(s.scalars(select(Negotiation).where(Negotiation.complaint_id == complaint_id)
                          .order_by(Negotiation.on, Negotiation.recorded_at)))


def compensation(s: Session, complaint_id: str) -> Compensation | None:
    return s.scalar(select(Compensation).where(Compensation.complaint_id == complaint_id))


_IN_CHUNK = 500  # ids per IN (…) list: well under SQLite's and PostgreSQL's parameter limits


def compensated(s: Session, complaint_ids: Sequence[str]) -> set[str]:
    """Which of these complaints have a compensation: one query per 500, not one each."""
    ids, out = list(dict.fromkeys(complaint_ids)), set()
    for i in range(0, len(ids), _IN_CHUNK):
        out.update(s.scalars(select(Compensation.complaint_id)
                             .where(Compensation.complaint_id.in_(ids[i:i + _IN_CHUNK]))))
    return out


def beneficiary_names(s: Session, beneficiary_ids: Sequence[str]
                      ) -> dict[str, tuple[str, str, str, str]]:
    """The four name parts of each of these beneficiaries (only those columns)."""
    ids, out = [i for i in dict.fromkeys(beneficiary_ids) if i], {}
    for i in range(0, len(ids), _IN_CHUNK):
        for r in s.execute(select(Beneficiary.id, Beneficiary.first_name, Beneficiary.father_name,
                                  Beneficiary.grandfather_name, Beneficiary.family_name)
                           .where(Beneficiary.id.in_(ids[i:i + _IN_CHUNK]))):
            out[r[0]] = (r[1], r[2], r[3], r[4])
    return out


def attachments(s: Session, complaint_id: str) -> list[tuple[str, str, int]]:
    """(id, file name, size) without the content."""
    rows = s.execute(select(ComplaintAttachment.id, ComplaintAttachment.filename,
                            ComplaintAttachment.size)
                     .where(ComplaintAttachment.complaint_id == complaint_id)
                     .order_by(ComplaintAttachment.added_at))
    return [(r[0], r[1], r[2]) for r in rows]


def attachment_content(s: Session, attachment_id: str) -> tuple[str, bytes]:
    a = s.get(ComplaintAttachment, attachment_id)
    if a is None:
        raise KeyError(attachment_id)
    return a.filename, a.content


def staff_names(s: Session, ids: Sequence[str] | None = None) -> dict[str, str]:
    q = select(Staff.id, Staff.full_name, Staff.username)
    if ids is not None:
        q = q.where(Staff.id.in_(list(ids)))
    return {r[0]: r[1] or r[2] for r in s.execute(q)}


def active_staff(s: Session) -> list[tuple[str, str, str]]:
    """(id, full name, role) of open accounts, by name."""
    rows = s.execute(select(Staff.id, Staff.full_name, Staff.role).where(Staff.active)
                     .order_by(Staff.full_name))
    return [(r[0], r[1], r[2]) for r in rows]


def beneficiary(s: Session, beneficiary_id: str) -> Beneficiary | None:
    return s.get(Beneficiary, beneficiary_id)
