"""The queries behind the management reports and the dashboard (issue 22).

SQLAlchemy Core aggregates that run the same on SQLite and PostgreSQL: counts are grouped in the
database, only the decided/settled cases whose working days must be counted come back as rows.
Periods are inclusive days; a ``DateTime`` column is compared with ``[start, end + 1 day)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from desk_app.domain import workflows as wf
from desk_app.storage.complaints_tables import Compensation, Complaint
from desk_app.storage.documents_tables import ArchivedDocument
from desk_app.storage.duplicates_tables import BeneficiaryMerge
from desk_app.storage.requests_tables import Decision, RequestEvent, ServiceRequest
from desk_app.storage.tables import AuditEvent, Beneficiary, Staff

R, C = ServiceRequest, Complaint


@dataclass(frozen=True)
class Scope:
    start: date
    end: date  # inclusive
    branch: str | None = None
    service: str | None = None

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def before(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time())


def _requests(q: Select, scope: Scope) -> Select:
    if scope.branch:
        q = q.where(R.branch_code == scope.branch)
    if scope.service:
        q = q.where(R.service_code == scope.service)
    return q


def _grouped(s: Session, q: Select) -> list[tuple[Any, ...]]:
    # On the session's connection: plain Core rows, without the ORM's per-row loading (a
    # year of a large office is tens of thousands of rows).
    # Iterated, not fetched whole first: a list of 100,000 rows is held once, not twice.
    return [tuple(r) for r in s.connection().execute(q)]


# --- service requests --------------------------------------------------------------------------

def received_by(s: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(branch, service, n) of requests received in the period."""
    q = select(R.branch_code, R.service_code, func.count()).where(
        R.received_at >= scope.since, R.received_at < scope.before)
    return _grouped(s, _requests(q, scope).group_by(R.branch_code, R.service_code))


def first_decisions(s: Session, scope: Scope) -> list[tuple[Any, ...]]:
    """(number, branch, service, completed_on, due_on, due_rule, decided_on, decision) of
    requests whose first committee decision falls in the period."""
    # The workflow allows one decision per request (committee → accepted/rejected/referred),
    # but a sync may bring a second: a request counts once, on its first decision of all (as
    # the kept figures do). The period's decisions are an index range; only their requests'
    # other decisions are read besides.
    decided = (select(Decision.request_id)
               .where(Decision.decided_on.between(scope.start, scope.end)))
    on = func.min(Decision.decided_on)
    first = (select(Decision.request_id, on.label("on"))
             .where(Decision.request_id.in_(decided))
             .group_by(Decision.request_id).having(on.between(scope.start, scope.end))
             .subquery())
    q = (select(R.number, R.branch_code, R.service_code, R.completed_on, R.due_on, R.due_rule,
                first.c.on, R.status)
         .join(first, first.c.request_id == R.id))
    return _grouped(s, _requests(q, scope).order_by(first.c.on, R.number))


def served_by(s: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(branch, service, n) of requests recorded as served in the period."""
    q = (select(R.branch_code, R.service_code, func.count(func.distinct(R.id)))
         .join(RequestEvent, RequestEvent.request_id == R.id)
         .where(RequestEvent.to_status == wf.SERVED, RequestEvent.at >= scope.since,
                RequestEvent.at < scope.before))
    return _grouped(s, _requests(q, scope).group_by(R.branch_code, R.service_code))


def decision_rows(s: Session, scope: Scope, limit: int) -> list[tuple[Any, ...]]:
    """The first ``limit`` rows of :func:`first_decisions` that have a completion and a due
    date, in the order of their decisions: read along the ``decided_on`` index (one decision
    per request, as the workflow allows), not by grouping every decision of the period."""
    q = (select(R.number, R.branch_code, R.service_code, R.completed_on, R.due_on, R.due_rule,
                Decision.decided_on, R.status)
         .join(Decision, Decision.request_id == R.id)
         .where(Decision.decided_on.between(scope.start, scope.end),
                R.completed_on.is_not(None), R.due_on.is_not(None)))
    return _grouped(s, _requests(q, scope).order_by(Decision.decided_on, R.number).limit(limit))


def served_rows(s: Session, scope: Scope, limit: int) -> list[tuple[Any, ...]]:
    """(number, branch, service, received_at, served at) of requests served in the period,
    along the ``(to_status, at)`` index (the workflow serves a request once)."""
    q = (select(R.number, R.branch_code, R.service_code, R.received_at, RequestEvent.at)
         .join(RequestEvent, RequestEvent.request_id == R.id)
         .where(RequestEvent.to_status == wf.SERVED, RequestEvent.at >= scope.since,
                RequestEvent.at < scope.before))
    return _grouped(s, _requests(q, scope).order_by(RequestEvent.at, R.number).limit(limit))


def _overdue(scope: Scope, today: date) -> list[Any]:
    return [R.status.in_(wf.OPEN_STATES), R.due_on.is_not(None), R.due_on < today]


def _holder() -> Any:
    """Who an overdue request is with: its assignee while under study, else who took it in."""
    return Staff.id == func.coalesce(R.assignee_id, R.created_by)


def overdue_by(s: Session, scope: Scope, today: date) -> list[tuple[str, str, str, int]]:
    """(branch, service, staff it is with, n) of open requests past their due date."""
    who = func.coalesce(Staff.full_name, "")
    q = (select(R.branch_code, R.service_code, who, func.count())
         .outerjoin(Staff, _holder()).where(*_overdue(scope, today)))
    return _grouped(s, _requests(q, scope).group_by(R.branch_code, R.service_code, who))


def overdue_rows(s: Session, scope: Scope, today: date, limit: int) -> list[tuple[Any, ...]]:
    """(number, branch, service, status, received_at, due_on, staff) most overdue first."""
    q = (select(R.number, R.branch_code, R.service_code, R.status, R.received_at, R.due_on,
                func.coalesce(Staff.full_name, ""))
         .outerjoin(Staff, _holder()).where(*_overdue(scope, today)))
    return _grouped(s, _requests(q, scope).order_by(R.due_on, R.number).limit(limit))


def received_rows(s: Session, scope: Scope, limit: int) -> list[tuple[Any, ...]]:
    """(number, branch, service, channel, status, received_at, completed_on, due_on)."""
    q = select(R.number, R.branch_code, R.service_code, R.channel_code, R.status, R.received_at,
               R.completed_on, R.due_on).where(R.received_at >= scope.since,
                                               R.received_at < scope.before)
    return _grouped(s, _requests(q, scope).order_by(R.received_at, R.number).limit(limit))


def received_per_month(s: Session, scope: Scope) -> list[tuple[int, int, int]]:
    """(year, month, n) of requests received: the dashboard's trend line."""
    year, month = func.extract("year", R.received_at), func.extract("month", R.received_at)
    q = select(year, month, func.count()).where(R.received_at >= scope.since,
                                                R.received_at < scope.before)
    rows = _grouped(s, _requests(q, scope).group_by(year, month))
    return sorted((int(y), int(m), n) for y, m, n in rows)


# --- complaints --------------------------------------------------------------------------------

def _complaints(q: Select, scope: Scope) -> Select:
    return q.where(C.branch_code == scope.branch) if scope.branch else q


def complaints_received_by(s: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(branch, category, n) of complaints received in the period."""
    q = select(C.branch_code, C.category_code, func.count()).where(
        C.received_on.between(scope.start, scope.end))
    return _grouped(s, _complaints(q, scope).group_by(C.branch_code, C.category_code))


def complaints_settled(s: Session, scope: Scope) -> list[tuple[Any, ...]]:
    """(number, branch, category, clock_started_on, due_on, settled_on, status) settled in
    the period (their working days are counted by the caller)."""
    q = select(C.number, C.branch_code, C.category_code, C.clock_started_on, C.due_on,
               C.settled_on, C.status).where(C.settled_on.between(scope.start, scope.end))
    return _grouped(s, _complaints(q, scope).order_by(C.settled_on, C.number))


def complaints_open_by(s: Session, scope: Scope, today: date) -> list[tuple[str, str, int, int]]:
    """(branch, category, open, overdue) of complaints being handled today."""
    late = func.sum(case((C.due_on < today, 1), else_=0))
    q = select(C.branch_code, C.category_code, func.count(), late).where(
        C.status.in_(wf.COMPLAINT_OPEN_STATES))
    rows = _grouped(s, _complaints(q, scope).group_by(C.branch_code, C.category_code))
    return [(b, c, n, int(k or 0)) for b, c, n, k in rows]


def compensations_by(s: Session, scope: Scope) -> list[tuple[str, int, int]]:
    """(kind, n, total halalas) of compensations settled in the period."""
    q = (select(Compensation.kind, func.count(), func.sum(Compensation.amount_halalas))
         .join(C, C.id == Compensation.complaint_id)
         .where(Compensation.settled_on.between(scope.start, scope.end)))
    rows = _grouped(s, _complaints(q, scope).group_by(Compensation.kind))
    return [(k, n, int(t or 0)) for k, n, t in rows]


def complaint_rows(s: Session, scope: Scope, limit: int) -> list[tuple[Any, ...]]:
    """(number, branch, category, channel, status, received_on, due_on, settled_on)."""
    q = select(C.number, C.branch_code, C.category_code, C.channel_code, C.status,
               C.received_on, C.due_on, C.settled_on).where(
        C.received_on.between(scope.start, scope.end))
    return _grouped(s, _complaints(q, scope).order_by(C.received_on, C.number).limit(limit))


# --- registry ----------------------------------------------------------------------------------

def _people(q: Select, scope: Scope) -> Select:
    return q.where(Beneficiary.branch_code == scope.branch) if scope.branch else q


def _merged(q: Select) -> Select:
    """The same count over the files merged into another one (the person is counted once, in
    the kept file): subtracted, because a join over the few merged rows is far cheaper than an
    anti-join probing every row of a million-person registry."""
    return q.join(BeneficiaryMerge, BeneficiaryMerge.merged_id == Beneficiary.id)


def _people_count(s: Session, q: Select, scope: Scope) -> int:
    return (s.scalar(_people(q, scope)) or 0) - (s.scalar(_merged(_people(q, scope))) or 0)


def beneficiaries_by(s: Session, scope: Scope) -> list[tuple[str, str, str, int]]:
    """(category, type, city of the national address, n) of everyone in the registry (merged
    files left out): one pass over the table for every breakdown of the registry report."""
    B = Beneficiary  # noqa: N806
    q = _people(select(B.category_code, B.beneficiary_type, B.city, func.count()).select_from(B),
                scope)
    keys = (B.category_code, B.beneficiary_type, B.city)
    counts = {tuple(r[:3]): r[3] for r in _grouped(s, q.group_by(*keys))}
    for *key, n in _grouped(s, _merged(q).group_by(*keys)):
        counts[tuple(key)] -= n
    return [(*key, n) for key, n in counts.items() if n > 0]


def beneficiaries_new(s: Session, scope: Scope) -> int:
    q = select(func.count()).select_from(Beneficiary).where(
        Beneficiary.created_at >= scope.since, Beneficiary.created_at < scope.before)
    return _people_count(s, q, scope)


def review_backlog(s: Session, scope: Scope, reviewed_on_or_before: date) -> int:
    q = select(func.count()).select_from(Beneficiary).where(
        Beneficiary.data_reviewed_on <= reviewed_on_or_before)
    return _people_count(s, q, scope)


# --- activity ----------------------------------------------------------------------------------

def actions_by(s: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(staff name, action, n) from the audit trail (system and demo entries left out, and
    sign-ins: being signed in is not work done)."""
    who = func.coalesce(Staff.full_name, AuditEvent.actor_name)
    q = (select(who, AuditEvent.action, func.count())
         .join(Staff, Staff.id == AuditEvent.actor_id)
         .where(AuditEvent.at >= scope.since, AuditEvent.at < scope.before,
                AuditEvent.action.not_like("auth.%")))
    return _grouped(s, q.group_by(who, AuditEvent.action))


def documents_by(s: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(issuer's name, kind, n) of documents issued in the period (reprints not counted)."""
    D = ArchivedDocument  # noqa: N806
    q = select(D.issued_by_name, D.kind, func.count()).where(
        and_(D.issued_at >= scope.since, D.issued_at < scope.before))
    return _grouped(s, q.group_by(D.issued_by_name, D.kind))
