"""What the screens and the CLI show of requests: plain results, no ORM objects.

Reads only; the actions are in :mod:`desk_app.services.requests`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from desk_app.domain import requests as rules
from desk_app.domain.beneficiary import full_name
from desk_app.domain.eligibility import BeneficiaryFacts, Reason, Verdict, evaluate
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.workflows import OPEN_STATES, REQUEST
from desk_app.services.permissions import require
from desk_app.storage import action_connection
from desk_app.storage.db import Database
from desk_app.storage.repositories import requests as repo
from desk_app.storage.requests_tables import ChecklistItem, RequestEvent, Scan, ServiceRequest
from desk_app.storage.tables import Beneficiary, Staff


@dataclass(frozen=True)
class ScanInfo:
    id: str
    file_name: str
    mime: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class ChecklistRow:
    id: str
    document_code: str
    name_ar: str
    name_en: str
    seen: bool
    matches: bool
    notes: str
    verified_by: str
    verified_at: datetime | None
    scans: tuple[ScanInfo, ...]

    @property
    def done(self) -> bool:
        return self.seen and self.matches


@dataclass(frozen=True)
class DecisionInfo:
    decision: str
    reason: str
    committee_code: str
    decided_on: date
    referral_to: str
    recorded_by: str


@dataclass(frozen=True)
class NotificationInfo:
    channel_code: str
    sent_on: date
    text: str
    recorded_by: str


@dataclass(frozen=True)
class ReferralInfo:
    stage: str
    target_kind: str
    target_name: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class StatusChange:
    from_status: str
    to_status: str
    at: datetime
    actor: str
    note: str


@dataclass(frozen=True)
class RequestDetail:
    id: str
    number: str
    beneficiary_id: str
    beneficiary_name: str
    file_number: str
    contact_channel_code: str
    service_code: str
    channel_code: str
    committee_code: str
    description: str
    status: str
    received_at: datetime
    completed_on: date | None
    due_on: date | None
    due_rule: str
    holiday_table_version: int | None
    eligible: bool | None
    failed_criteria: tuple[Reason, ...]
    checklist: tuple[ChecklistRow, ...]
    decisions: tuple[DecisionInfo, ...]
    notifications: tuple[NotificationInfo, ...]
    referrals: tuple[ReferralInfo, ...]
    history: tuple[StatusChange, ...]
    service_given: str
    programme_start: date | None
    programme_end: date | None
    version: int = 0  # what the screen showed: its actions are refused if another desk moved on
    assignee_id: str | None = None      # under study: the person it waits with (None: the unit)
    assignee_name: str = ""
    assigned_unit: str = ""             # the profile's referral target code
    agreed_channel_code: str = ""       # chosen at intake (blank on requests opened before it)

    @property
    def outcome_channel_code(self) -> str:
        """Where the person is told the outcome: the agreed channel, else their preferred one."""
        return self.agreed_channel_code or self.contact_channel_code

    @property
    def missing(self) -> tuple[ChecklistRow, ...]:
        """Required documents not yet seen and matching, in the service's order."""
        return tuple(i for i in self.checklist if not i.done)

    @property
    def next_states(self) -> frozenset[str]:
        return REQUEST.allowed(self.status)


@dataclass(frozen=True)
class ListRow:
    """One line of the waiting list / ``desk-app requests``."""

    id: str
    number: str
    beneficiary_id: str
    beneficiary_name: str
    file_number: str
    service_code: str
    channel_code: str
    status: str
    received_at: datetime
    due_on: date | None
    days_left: int | None
    overdue: bool


@dataclass(frozen=True)
class TrailEntry:
    at: datetime
    actor: str
    action: str
    changes: tuple[dict, ...]


def facts_of(b: Beneficiary | Row) -> BeneficiaryFacts:
    """The only beneficiary data eligibility may look at (R-VER-5: nothing else decides)."""
    return BeneficiaryFacts(
        category=b.category_code or None, birth_date=b.birth_date,
        qualification=b.qualification or None, employment_status=b.employment_status or None,
        nationality=b.nationality or None, gender=b.gender or None,
        extra={"beneficiary_type": b.beneficiary_type},
    )


_B = Beneficiary.__table__
#: What opening a request reads of its beneficiary (eligibility's facts, the name shown), built
#: once, as a row rather than an ORM object of forty columns.
_PERSON = select(_B.c.id, _B.c.file_number, _B.c.first_name, _B.c.father_name,
                 _B.c.grandfather_name, _B.c.family_name, _B.c.contact_channel_code,
                 _B.c.category_code, _B.c.birth_date, _B.c.qualification,
                 _B.c.employment_status, _B.c.nationality, _B.c.gender,
                 _B.c.beneficiary_type).where(_B.c.id == bindparam("id"))


def person_row(s: Session, beneficiary_id: str) -> Row | None:
    """The beneficiary as :func:`facts_of` and :func:`detail_in` read it (None: no such file)."""
    return action_connection.of(s).execute(_PERSON, {"id": beneficiary_id}).first()


def verdict_for(b: Beneficiary | Row, service_code: str, profile: OrgProfile, today: date) -> Verdict:
    service = profile.service(service_code)
    return evaluate(service.criteria, facts_of(b), today, profile.age_calendar)


def eligibility(db: Database, beneficiary_id: str, service_code: str, profile: OrgProfile,
                today: date) -> Verdict:
    """The beneficiary checked against the service's criteria (shown live at intake)."""
    with db.read() as s:
        b = s.get(Beneficiary, beneficiary_id)
        if b is None:
            raise KeyError(beneficiary_id)
        return verdict_for(b, service_code, profile, today)


def reasons_from_json(items: list) -> tuple[Reason, ...]:
    return tuple(Reason(i.get("kind", ""), i.get("code", ""), i.get("params", {}))
                 for i in items or ())


def reasons_to_json(reasons: tuple[Reason, ...]) -> list[dict]:
    return [{"kind": r.criterion_kind, "code": r.code, "params": dict(r.params)} for r in reasons]


def _scan(x: Scan) -> ScanInfo:
    return ScanInfo(x.id, x.file_name, x.mime, x.size, x.sha256, x.added_by, x.added_at)


def _row(item: ChecklistItem, scans: list[Scan]) -> ChecklistRow:
    return ChecklistRow(item.id, item.document_code, item.name_ar, item.name_en, item.seen,
                        item.matches, item.notes, item.verified_by, item.verified_at,
                        tuple(_scan(x) for x in scans if x.checklist_item_id == item.id))


def get(db: Database, request_id: str) -> RequestDetail:
    with db.read() as s:
        return detail_in(s, request_id)


def detail_in(s: Session, request_id: str, opened: ServiceRequest | None = None,
              events: Sequence[RequestEvent] | None = None, person: Row | None = None
              ) -> RequestDetail:
    """The request as :func:`get` shows it, read in the session given: an action builds what
    it returns in its own transaction, without a second session reading it all again.

    ``opened``: the request this transaction created (flushed), with its checklist in memory:
    it has no scans, decisions, notifications or referrals yet (six statements fewer on the
    save a desk makes most); ``events``: its events, in order, as the transaction added them
    (not read back at all); ``person``: its beneficiary as already read (:func:`person_row`)."""
    r = opened if opened is not None else repo.get(s, request_id)
    if r is None:
        raise KeyError(request_id)
    b = person if person is not None else s.get(Beneficiary, r.beneficiary_id)
    fresh = opened is not None
    scans = [] if fresh else repo.scans_of(s, r.id)
    assignee = s.get(Staff, r.assignee_id) if r.assignee_id else None
    return RequestDetail(
        r.id, r.number, r.beneficiary_id,
        full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name),
        b.file_number, b.contact_channel_code, r.service_code, r.channel_code,
        r.committee_code, r.description, r.status, r.received_at, r.completed_on, r.due_on,
        r.due_rule, r.holiday_table_version, r.eligible, reasons_from_json(r.failed_criteria),
        tuple(_row(i, scans) for i in r.checklist),
        tuple(DecisionInfo(d.decision, d.reason, d.committee_code, d.decided_on,
                           d.referral_to, d.recorded_by)
              for d in ([] if fresh else repo.decisions_of(s, r.id))),
        tuple(NotificationInfo(n.channel_code, n.sent_on, n.text, n.recorded_by)
              for n in ([] if fresh else repo.notifications_of(s, r.id))),
        tuple(ReferralInfo(x.stage, x.target_kind, x.target_name, x.reason, x.at)
              for x in ([] if fresh else repo.referrals_of(s, r.id))),
        tuple(StatusChange(e.from_status, e.to_status, e.at, e.actor_name, e.note)
              for e in (repo.events_of(s, r.id) if events is None else events)),
        r.service_given, r.programme_start, r.programme_end, r.version, r.assignee_id,
        assignee.full_name if assignee is not None else "", r.assigned_unit,
        r.agreed_channel_code,
    )


def scan_content(db: Database, actor: Actor, scan_id: str) -> tuple[ScanInfo, bytes]:
    """A scan and its bytes, to view or export it: checked against ``scan.view`` and written
    to the access log with the beneficiary it belongs to (refusals too)."""
    with db.read() as s:
        x = repo.scan_with_data(s, scan_id)
        if x is None:
            raise KeyError(scan_id)
        r = repo.get(s, x.request_id)
        owner = r.beneficiary_id if r is not None else ""
        info, data = _scan(x), bytes(x.data)
    require(db, actor, "scan.view", beneficiary_id=owner, target=("scan", scan_id))
    return info, data


def days_left(due_on: date | None, due_rule: str, status: str, profile: OrgProfile,
              today: date) -> int | None:
    """Days to the due date as the request's rule counts them; None when no clock runs."""
    if due_on is None or status not in OPEN_STATES:
        return None
    holidays = frozenset(h.date for h in profile.holidays)
    kind = due_rule.partition(":")[0] or profile.response_rule.kind
    return rules.days_left(due_on, today, kind, holidays, profile.weekend)


def listing(db: Database, profile: OrgProfile, today: date, *, open_only: bool = True,
            overdue_only: bool = False, beneficiary_id: str | None = None,
            limit: int = 500) -> list[ListRow]:
    """Requests soonest due first, with the time left counted by the profile's rule."""
    with db.read() as s:
        rows = repo.listing(s, statuses=OPEN_STATES if open_only or overdue_only else None,
                            due_before=today if overdue_only else None,
                            beneficiary_id=beneficiary_id, limit=limit)
    return [list_row(r, profile, today) for r in rows]


def list_row(r: object, profile: OrgProfile, today: date) -> ListRow:
    """A row of the waiting list from a row of the listing queries."""
    left = days_left(r.due_on, r.due_rule, r.status, profile, today)
    return ListRow(
        r.id, r.number, r.beneficiary_id,
        full_name(r.first_name, r.father_name, r.grandfather_name, r.family_name),
        r.file_number, r.service_code, r.channel_code, r.status, r.received_at, r.due_on,
        left, r.status in OPEN_STATES and rules.is_overdue(r.due_on, today))


def trail(db: Database, request_id: str) -> list[TrailEntry]:
    """The audit trail of a request: every action on it, oldest first."""
    with db.read() as s:
        return [TrailEntry(e.at, e.actor_name, e.action, tuple(e.changes))
                for e in repo.audit_of(s, request_id)]
