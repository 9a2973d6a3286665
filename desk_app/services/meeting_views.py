"""Committee meetings, the reads (issue 20): the agenda of requests ready for decision, the
committee's members, a meeting as its screen and its minutes show it, and the list of meetings.

The actions (set up, decide in one go, approve the minutes) are in :mod:`.meetings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain import meetings as rules
from desk_app.domain import permissions as perm
from desk_app.domain import workflows as wf
from desk_app.domain.beneficiary import full_name
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.meetings_tables import Meeting
from desk_app.storage.requests_tables import RequestEvent, ServiceRequest
from desk_app.storage.tables import Beneficiary, Staff


@dataclass(frozen=True)
class AgendaQuery:
    """The agenda as filtered: the meeting's committee, a service, a branch, and requests
    waiting at least ``min_days`` days since they went to the committee."""

    committee_code: str = ""
    service_code: str = ""
    branch_code: str = ""
    min_days: int = 0


@dataclass(frozen=True)
class AgendaRow:
    request_id: str
    number: str
    version: int  # what the meeting's decisions are checked against
    beneficiary_name: str
    file_number: str
    service_code: str
    branch_code: str
    committee_code: str
    description: str
    eligible: bool | None
    failed_criteria: int
    sent_on: date | None  # when it went to the committee (the latest time)
    days_waiting: int


@dataclass(frozen=True)
class Agenda:
    rows: tuple[AgendaRow, ...]
    total: int  # under the filters; ``rows`` stops at the limit asked for


@dataclass(frozen=True)
class Member:
    id: str
    username: str
    full_name: str


@dataclass(frozen=True)
class AttendeeView:
    staff_id: str
    full_name: str
    approved_at: datetime | None


@dataclass(frozen=True)
class ItemView:
    request_id: str
    number: str
    beneficiary_name: str
    service_code: str
    decision: str
    reason: str


@dataclass(frozen=True)
class MeetingView:
    id: str
    number: str
    version: int
    committee_code: str
    held_on: date
    starts_at: time | None
    mode: str
    place: str
    status: str
    members_total: int
    quorum: rules.Quorum
    attendees: tuple[AttendeeView, ...]
    items: tuple[ItemView, ...]
    approvals: rules.Approvals
    decided_at: datetime | None
    approved_at: datetime | None
    created_by: str

    @property
    def minutes_approved(self) -> bool:
        return self.status == rules.APPROVED


def _sent_at():  # noqa: ANN202 - a subquery
    return (select(RequestEvent.request_id, func.max(RequestEvent.at).label("sent_at"))
            .where(RequestEvent.to_status == wf.COMMITTEE)
            .group_by(RequestEvent.request_id).subquery())


def agenda(db: Database, actor: Actor, profile: OrgProfile, today: date,
           q: AgendaQuery = AgendaQuery(), limit: int = 200) -> Agenda:
    """Requests before the committee, those waiting longest first, filtered."""
    require(db, actor, "meeting.hold")
    sent = _sent_at()
    where = [ServiceRequest.status == wf.COMMITTEE]
    if q.committee_code:
        where.append(ServiceRequest.service_code.in_(
            [s.code for s in profile.services if s.committee_code == q.committee_code]))
    if q.service_code:
        where.append(ServiceRequest.service_code == q.service_code)
    if q.branch_code:
        where.append(ServiceRequest.branch_code == q.branch_code)
    if q.min_days > 0:  # went to the committee on or before today - min_days
        where.append(sent.c.sent_at < datetime.combine(today - timedelta(q.min_days - 1), time()))
    base = (select(ServiceRequest, Beneficiary, sent.c.sent_at)
            .join(Beneficiary, Beneficiary.id == ServiceRequest.beneficiary_id)
            .outerjoin(sent, sent.c.request_id == ServiceRequest.id).where(*where))
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(base.subquery())) or 0
        rows = s.execute(base.order_by(sent.c.sent_at, ServiceRequest.number).limit(limit)).all()
    return Agenda(tuple(_agenda_row(r, b, at, today) for r, b, at in rows), total)


def _agenda_row(r: ServiceRequest, b: Beneficiary, sent_at: datetime | None,
                today: date) -> AgendaRow:
    sent_on = sent_at.date() if sent_at else None
    return AgendaRow(
        r.id, r.number, r.version,
        full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name),
        b.file_number, r.service_code, r.branch_code, r.committee_code, r.description,
        r.eligible, len(r.failed_criteria or ()), sent_on,
        (today - sent_on).days if sent_on else 0)


def committee_members(db: Database, actor: Actor | None = None) -> list[Member]:
    """The committee: active staff accounts with the committee role, by name."""
    if actor is not None:
        require(db, actor, "meeting.hold")
    with db.read() as s:
        return _members(s)


def _members(s: Session) -> list[Member]:
    rows = s.scalars(select(Staff).where(Staff.active.is_(True), Staff.role == perm.COMMITTEE)
                     .order_by(Staff.full_name))
    return [Member(x.id, x.username, x.full_name) for x in rows]


def get(db: Database, actor: Actor, meeting_id: str, profile: OrgProfile) -> MeetingView:
    require(db, actor, "meeting.hold")
    with db.read() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise KeyError(meeting_id)
        return view_of(s, m, profile)


def view_of(s: Session, m: Meeting, profile: OrgProfile) -> MeetingView:
    """The meeting as shown, read inside ``s`` (an action's session too)."""
    ids = [i.request_id for i in m.items]
    found = {r.id: (r, b) for r, b in s.execute(
        select(ServiceRequest, Beneficiary)
        .join(Beneficiary, Beneficiary.id == ServiceRequest.beneficiary_id)
        .where(ServiceRequest.id.in_(ids)))} if ids else {}
    items = []
    for i in m.items:
        r, b = found[i.request_id]
        items.append(ItemView(i.request_id, r.number, full_name(
            b.first_name, b.father_name, b.grandfather_name, b.family_name),
            r.service_code, i.decision, i.reason))
    present = tuple(AttendeeView(a.staff_id, a.full_name, a.approved_at) for a in m.attendees)
    q = rules.Quorum(m.members_total, len(present), m.quorum_needed)
    done = sum(1 for a in present if a.approved_at)
    approvals = rules.Approvals(len(present), done, m.approvals_needed,
                                tuple(a.full_name for a in present if not a.approved_at))
    return MeetingView(m.id, m.number, m.version, m.committee_code, m.held_on, m.starts_at,
                       m.mode, m.place, m.status, m.members_total, q, present, tuple(items),
                       approvals, m.decided_at, m.approved_at, m.created_by)


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    number: str
    held_on: date
    committee_code: str
    status: str
    items: int


def listing(db: Database, actor: Actor, limit: int = 100) -> list[MeetingSummary]:
    """The latest meetings, newest first."""
    require(db, actor, "meeting.hold")
    with db.read() as s:
        rows = s.scalars(select(Meeting).order_by(Meeting.held_on.desc(), Meeting.number.desc())
                         .limit(limit))
        return [MeetingSummary(m.id, m.number, m.held_on, m.committee_code, m.status,
                               len(m.items)) for m in rows]
