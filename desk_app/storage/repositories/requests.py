"""Queries about service requests: one request with its parts, waiting lists, review backlog."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Row, and_, func, literal_column, select
from sqlalchemy.orm import Session, selectinload, undefer

from desk_app.storage.requests_tables import (
    Decision,
    Notification,
    Referral,
    RequestEvent,
    Scan,
    ServiceRequest,
)
from desk_app.storage.tables import AuditEvent, Beneficiary


def get(session: Session, request_id: str) -> ServiceRequest | None:
    return session.scalar(select(ServiceRequest).where(ServiceRequest.id == request_id)
                          .options(selectinload(ServiceRequest.checklist)))


def by_number(session: Session, number: str) -> ServiceRequest | None:
    return session.scalar(select(ServiceRequest).where(ServiceRequest.number == number))


def scans_of(session: Session, request_id: str) -> list[Scan]:
    """Scans of a request without their bytes (loaded only to be viewed)."""
    return list(session.scalars(select(Scan).where(Scan.request_id == request_id)
                                .order_by(Scan.added_at)))


def scan_with_data(session: Session, scan_id: str) -> Scan | None:
    return session.scalar(select(Scan).where(Scan.id == scan_id).options(undefer(Scan.data)))


def _of(session: Session, table, request_id: str, order) -> list:  # noqa: ANN001
    # Rows of one action share a timestamp; the insertion order (rowid) keeps them in sequence.
    return list(session.scalars(select(table).where(table.request_id == request_id)
                                .order_by(order, literal_column(f"{table.__tablename__}.rowid"))))


def decisions_of(session: Session, request_id: str) -> list[Decision]:
    return _of(session, Decision, request_id, Decision.recorded_at)


def notifications_of(session: Session, request_id: str) -> list[Notification]:
    return _of(session, Notification, request_id, Notification.recorded_at)


def referrals_of(session: Session, request_id: str) -> list[Referral]:
    return _of(session, Referral, request_id, Referral.at)


def events_of(session: Session, request_id: str) -> list[RequestEvent]:
    return _of(session, RequestEvent, request_id, RequestEvent.at)


_LIST_COLUMNS = (
    ServiceRequest.id, ServiceRequest.number, ServiceRequest.beneficiary_id,
    Beneficiary.file_number, Beneficiary.first_name, Beneficiary.father_name,
    Beneficiary.grandfather_name, Beneficiary.family_name, ServiceRequest.service_code,
    ServiceRequest.channel_code, ServiceRequest.status, ServiceRequest.received_at,
    ServiceRequest.due_on, ServiceRequest.due_rule,
)


def listing(
    session: Session, *, statuses: Sequence[str] | None = None, due_before: date | None = None,
    beneficiary_id: str | None = None, limit: int = 500, offset: int = 0,
) -> list[Row]:
    """Requests with their beneficiary's name, soonest due first (no due date: oldest first).

    ``due_before``: only requests due strictly before that day (overdue on that day).
    """
    if statuses is not None and beneficiary_id is None:
        return _waiting(session, list(statuses), due_before, limit + offset)[offset:]
    q = select(*_LIST_COLUMNS).join(Beneficiary, Beneficiary.id == ServiceRequest.beneficiary_id)
    if statuses is not None:
        q = q.where(ServiceRequest.status.in_(list(statuses)))
    if due_before is not None:
        q = q.where(and_(ServiceRequest.due_on.is_not(None), ServiceRequest.due_on < due_before))
    if beneficiary_id is not None:
        q = q.where(ServiceRequest.beneficiary_id == beneficiary_id)
    q = q.order_by(ServiceRequest.due_on.is_(None), ServiceRequest.due_on,
                   ServiceRequest.received_at)
    return list(session.execute(q.limit(limit).offset(offset)))


def _waiting(session: Session, statuses: list[str], due_before: date | None, n: int
             ) -> list[Row]:
    """The first ``n`` of the office's waiting list, in the order of :func:`listing`.

    A large office has a hundred thousand open requests: sorting them all (and joining each to
    its beneficiary) took seconds. Here each status is read in due-date order from the
    ``(status, due_on)`` index, only as far as needed; the lists are merged; those without a
    due date come after, and are read only when the dated ones are fewer than ``n``.
    """
    sr = ServiceRequest
    keyed: list[tuple] = []
    for status in statuses:
        q = select(sr.due_on, sr.received_at, sr.id).where(sr.status == status,
                                                            sr.due_on.is_not(None))
        if due_before is not None:
            q = q.where(sr.due_on < due_before)
        keyed += session.execute(q.order_by(sr.due_on, sr.received_at).limit(n)).all()
    ids = [r[2] for r in heapq.nsmallest(n, keyed, key=lambda r: (r[0], r[1]))]
    if len(ids) < n and due_before is None:
        ids += session.scalars(select(sr.id).where(sr.status.in_(statuses), sr.due_on.is_(None))
                               .order_by(sr.received_at).limit(n - len(ids))).all()
    place = {rid: i for i, rid in enumerate(ids)}
    rows: list[Row] = []
    for i in range(0, len(ids), 500):
        rows += session.execute(
            select(*_LIST_COLUMNS).join(Beneficiary, Beneficiary.id == sr.beneficiary_id)
            .where(sr.id.in_(ids[i:i + 500]))).all()
    return sorted(rows, key=lambda r: place[r.id])


def count(session: Session, statuses: Sequence[str] | None = None) -> int:
    q = select(func.count()).select_from(ServiceRequest)
    if statuses is not None:
        q = q.where(ServiceRequest.status.in_(list(statuses)))
    return session.scalar(q) or 0


def audit_of(session: Session, target_id: str) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).where(AuditEvent.target_id == target_id)
                                .order_by(AuditEvent.at, literal_column("audit_events.rowid"))))


def review_backlog(session: Session, reviewed_on_or_before: date, limit: int, offset: int
                   ) -> list[Beneficiary]:
    """Beneficiaries whose data were last reviewed on or before a day, oldest first."""
    return list(session.scalars(
        select(Beneficiary).where(Beneficiary.data_reviewed_on <= reviewed_on_or_before)
        .order_by(Beneficiary.data_reviewed_on, Beneficiary.seq).limit(limit).offset(offset)))


def review_backlog_count(session: Session, reviewed_on_or_before: date) -> int:
    return session.scalar(select(func.count()).select_from(Beneficiary)
                          .where(Beneficiary.data_reviewed_on <= reviewed_on_or_before)) or 0
