"""Committee meetings, the actions (issue 20): set a meeting up with its members present, record
the decisions on its agenda in one go, and approve the minutes by the members' own sign-ins.

Each function is one user action: one transaction, one audit event. Decisions to accept or reject
go through the request service's own decision (:func:`~desk_app.services.requests.decide_in`),
inside the meeting's transaction: all of them are written or none (a refusal, a request another
desk changed meanwhile, a failure half-way all leave every request as it was). Reads are in
:mod:`desk_app.services.meeting_views`; the minutes PDF in :mod:`.meeting_minutes`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import meetings as rules
from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import installation, signin
from desk_app.services import requests as request_service
from desk_app.services.meeting_views import MeetingView, _members, view_of
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.meetings_tables import Attendee, Meeting, MeetingItem
from desk_app.storage.repositories import counters
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import Staff


class NoQuorum(ValidationFailed):
    """Fewer members present than the profile's quorum: the meeting may not decide."""

    def __init__(self, present: int, needed: int):
        self.present, self.needed = present, needed
        super().__init__([FieldError("members", "no_quorum",
                                     {"present": present, "needed": needed})])


class AgendaChanged(ValidationFailed):
    """Requests another desk changed (or decided) since the agenda was read, by number: nothing
    of the meeting's decisions was written."""

    def __init__(self, numbers: Sequence[str]):
        self.numbers = tuple(numbers)
        super().__init__([FieldError("items", "agenda_changed",
                                     {"numbers": ", ".join(self.numbers)})])


def _who(actor: Actor) -> str:
    return actor.full_name or actor.username


def deciding_committees(profile: OrgProfile) -> list[str]:
    """Committees a meeting can be of: those the services send their requests to."""
    return list(dict.fromkeys(s.committee_code for s in profile.services))


def create(db: Database, actor: Actor, form: rules.MeetingForm,
           profile: OrgProfile) -> MeetingView:
    """Set a meeting up: committee, date, in person (place) or remote, members present. The
    committee's size and the quorum it needs are kept with the meeting as they are today."""
    require(db, actor, "meeting.hold")
    branch = installation.get(db).branch_code
    now = db.clock()
    with db.action(actor, "meeting.create") as s:
        members = _members(s)
        errors = rules.validate_meeting(form, deciding_committees(profile),
                                        [m.id for m in members])
        if errors:
            raise ValidationFailed(errors)
        assert form.held_on is not None
        year = form.held_on.year
        n = counters.next_value(s, f"meeting:{branch}:{year}")
        names = {m.id: m.full_name for m in members}
        rules_ = profile.meeting_rules
        m = Meeting(number=f"{branch}-M-{year}-{n:04d}", committee_code=form.committee_code,
                    held_on=form.held_on, starts_at=form.starts_at, mode=form.mode,
                    place=form.place.strip(), members_total=len(members),
                    quorum_needed=rules_.quorum_needed(len(members)),
                    approvals_needed=rules_.approvals_needed(len(form.member_ids)),
                    status=rules.OPEN, created_by=_who(actor), created_at=now)
        m.attendees = [Attendee(staff_id=sid, seq=i, full_name=names[sid])
                       for i, sid in enumerate(form.member_ids)]
        s.add(m)
        s.flush()
        s.info["audit_target"] = ("meeting", m.id)
        return view_of(s, m, profile)


def set_members(db: Database, actor: Actor, meeting_id: str, member_ids: Sequence[str],
                profile: OrgProfile) -> MeetingView:
    """Correct who is present (a member arrived late, one left) while the meeting has not
    decided yet; the approvals its minutes need follow the new number."""
    require(db, actor, "meeting.hold")
    with db.action(actor, "meeting.members", "meeting", meeting_id) as s:
        m = _meeting(s, meeting_id, lock=True)
        if m.status != rules.OPEN:
            raise ValidationFailed([FieldError("meeting", "already_decided")])
        members = _members(s)
        errors = rules.validate_members(tuple(member_ids), [x.id for x in members])
        if errors:
            raise ValidationFailed(errors)
        names = {x.id: x.full_name for x in members}
        kept = {a.staff_id: a for a in m.attendees if a.staff_id in member_ids}
        for a in [a for a in m.attendees if a.staff_id not in kept]:
            m.attendees.remove(a)
        s.flush()  # the rows of who left go before those who came are added
        for i, sid in enumerate(member_ids):
            a = kept.get(sid) or Attendee(staff_id=sid, full_name=names[sid])
            a.seq = i
            if sid not in kept:
                m.attendees.append(a)
        m.approvals_needed = profile.meeting_rules.approvals_needed(len(member_ids))
        s.flush()
        s.expire(m, ["attendees"])
        return view_of(s, m, profile)


def record_decisions(db: Database, actor: Actor, meeting_id: str,
                     items: Sequence[rules.ItemDecision], profile: OrgProfile) -> MeetingView:
    """The meeting's decisions, all in one transaction: each accepted or rejected request gets
    the request service's decision (status, decision row, history), each postponed one stays
    before the committee; the meeting keeps them all for its minutes. Refused as a whole when
    the meeting lacks its quorum (:class:`NoQuorum`), when a decision lacks its reason, or when
    a request was changed by another desk since the agenda was read (:class:`AgendaChanged`)."""
    require(db, actor, "meeting.hold")
    require(db, actor, "request.decide")
    now = db.clock()
    with db.action(actor, "meeting.decide", "meeting", meeting_id) as s:
        m = _meeting(s, meeting_id, lock=True)
        if m.status != rules.OPEN:
            raise ValidationFailed([FieldError("meeting", "already_decided")])
        if len(m.attendees) < m.quorum_needed:
            raise NoQuorum(len(m.attendees), m.quorum_needed)
        errors = rules.validate_items(items)
        if errors:
            raise ValidationFailed(errors)
        requests = _current_requests(s, items)
        for seq, item in enumerate(items):
            r = requests[item.request_id]
            if item.decision != rules.POSTPONED:
                request_service.decide_in(
                    s, actor, r, decision=item.decision, reason=item.reason,
                    committee_code=m.committee_code, decided_on=m.held_on, now=now)
            s.add(MeetingItem(meeting_id=m.id, request_id=r.id, seq=seq,
                              decision=item.decision, reason=item.reason.strip()))
        m.status, m.decided_at = rules.DECIDED, now
        s.flush()
        s.expire(m, ["items"])
        return view_of(s, m, profile)


def _current_requests(s: Session, items: Sequence[rules.ItemDecision]
                      ) -> dict[str, ServiceRequest]:
    """The agenda's requests, each still before the committee at the version the secretary saw;
    otherwise every changed one is named at once."""
    ids = [i.request_id for i in items]
    found = {r.id: r for r in s.scalars(select(ServiceRequest).where(ServiceRequest.id.in_(ids)))}
    changed = []
    for item in items:
        r = found.get(item.request_id)
        if r is None:
            changed.append(item.request_id)
        elif r.status != wf.COMMITTEE or (
                item.expected_version is not None and r.version != item.expected_version):
            changed.append(r.number)
    if changed:
        raise AgendaChanged(changed)
    return found


def _meeting(s: Session, meeting_id: str, lock: bool = False) -> Meeting:
    """The meeting; ``lock``: its row held until the commit (two members approving at two
    desks at once both count the other's approval)."""
    m = s.get(Meeting, meeting_id, with_for_update=lock or None)
    if m is None:
        raise KeyError(meeting_id)
    return m


def approve_minutes(db: Database, meeting_id: str, member_id: str, password: str,
                    profile: OrgProfile) -> MeetingView:
    """A member present approves the minutes with their own password, checked by the sign-in
    service (so its throttling, lock-out and audit apply); the approval is audited as theirs.
    The minutes are approved once the approvals the profile's rule asks for are in."""
    with db.read() as s:
        member = s.get(Staff, member_id)
    if member is None:
        raise ValidationFailed([FieldError("member", "not_present")])
    require(db, Actor(member.id, member.username, member.role, member.full_name),
            "meeting.approve")
    with db.read() as s:
        m = _meeting(s, meeting_id)
        present = {a.staff_id for a in m.attendees}
        status = m.status
    if member_id not in present:
        raise ValidationFailed([FieldError("member", "not_present")])
    if status == rules.OPEN:
        raise ValidationFailed([FieldError("meeting", "not_decided")])
    result = signin.sign_in(db, member.username, password)
    if result.status == signin.WAIT:
        raise ValidationFailed([FieldError("password", "sign_in_wait",
                                           {"retry_at": result.retry_at})])
    if result.status == signin.LOCKED:
        raise ValidationFailed([FieldError("password", "account_locked")])
    if result.actor is None:
        raise ValidationFailed([FieldError("password", "wrong_member_password")])
    me = result.actor
    now = db.clock()
    with db.action(me, "meeting.approve_minutes", "meeting", meeting_id) as s:
        m = _meeting(s, meeting_id, lock=True)
        mine = next(a for a in m.attendees if a.staff_id == member_id)
        if mine.approved_at is not None:
            raise ValidationFailed([FieldError("member", "already_approved")])
        mine.approved_at = now
        done = sum(1 for a in m.attendees if a.approved_at is not None)
        if m.status == rules.DECIDED and done >= m.approvals_needed:
            m.status, m.approved_at = rules.APPROVED, now
        s.flush()
        return view_of(s, m, profile)
