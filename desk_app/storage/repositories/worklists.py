"""The waiting list and the worklists: open requests in due order, filtered, paged and counted.

At 300k requests (120k of them open) the list must open in well under 200 ms. Two partial
indexes over open requests only (migration 0018) make every question an index walk:
``ix_service_requests_open_due`` is in list order (due date, then received), so a page is read
straight off it without sorting; ``ix_service_requests_open_status`` is in status order with the
filter columns, so the counts per status are read off it without touching a row. The open states
written in those indexes' WHERE are :data:`OPEN_SQL`; a query can use a partial index only when it
repeats that very condition, so every query here does.

SQLite's planner, without statistics, prefers the older ``(status, due_on)`` index and then sorts
every open request; ``INDEXED BY`` (SQLite only) tells it which index to walk. PostgreSQL picks the
partial indexes by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, Row, bindparam, select, text
from sqlalchemy.orm import Session

from desk_app.storage.repositories.requests import _LIST_COLUMNS
from desk_app.storage.requests_tables import OPEN_SQL, ServiceRequest
from desk_app.storage.tables import Beneficiary

DUE_INDEX = "ix_service_requests_open_due"
STATUS_INDEX = "ix_service_requests_open_status"


@dataclass(frozen=True)
class QueueFilter:
    """What the person chose; None (or empty) is "any". ``statuses`` are among the open ones.

    ``assignee_id`` with ``or_unassigned`` is "my work": mine, and the unit's not yet taken.
    """

    statuses: tuple[str, ...] = ()
    service_code: str | None = None
    branch_code: str | None = None
    assignee_id: str | None = None
    or_unassigned: bool = False
    due_before: date | None = None     # overdue on that day


@dataclass(frozen=True)
class StatusCount:
    status: str
    total: int
    dated: int      # with a due date (the list shows them first)
    overdue: int


def _dated(sql: Any, args: dict[str, Any]) -> Any:
    """Dates bound as dates (SQLite stores ISO text; PostgreSQL compares a date)."""
    names = [k for k in ("today", "due_before") if k in args]
    return sql.bindparams(*(bindparam(k, type_=Date) for k in names)) if names else sql


def _hint(session: Session, index: str) -> str:
    return f" INDEXED BY {index}" if session.get_bind().dialect.name == "sqlite" else ""


def _conditions(f: QueueFilter, with_status: bool) -> tuple[list[str], dict[str, Any]]:
    where, args = [OPEN_SQL], {}
    if with_status and f.statuses:
        names = [f"s{i}" for i in range(len(f.statuses))]
        where.append("status IN (" + ", ".join(f":{n}" for n in names) + ")")
        args.update(zip(names, f.statuses, strict=True))
    for column in ("service_code", "branch_code"):
        if getattr(f, column):
            where.append(f"{column} = :{column}")
            args[column] = getattr(f, column)
    if f.assignee_id is not None:
        mine = "assignee_id = :assignee_id"
        where.append(f"({mine} OR assignee_id IS NULL)" if f.or_unassigned else mine)
        args["assignee_id"] = f.assignee_id
    if f.due_before is not None:
        where.append("due_on IS NOT NULL AND due_on < :due_before")
        args["due_before"] = f.due_before
    return where, args


def counts(session: Session, f: QueueFilter, today: date) -> list[StatusCount]:
    """Open requests per status under every filter but the status one (so each status's count
    stays visible while one is chosen), with how many are dated and overdue."""
    where, args = _conditions(f, with_status=False)
    sql = (f"SELECT status, COUNT(*), COUNT(due_on), "
           f"SUM(CASE WHEN due_on < :today THEN 1 ELSE 0 END) "
           f"FROM service_requests{_hint(session, STATUS_INDEX)} "
           f"WHERE {' AND '.join(where)} GROUP BY status")
    rows = session.execute(_dated(text(sql), args | {"today": today}),
                           {**args, "today": today}).all()
    return [StatusCount(r[0], r[1], r[2], int(r[3] or 0)) for r in rows]


def _ids(session: Session, f: QueueFilter, dated: bool, limit: int, offset: int) -> list[str]:
    where, args = _conditions(f, with_status=True)
    where.append("due_on IS NOT NULL" if dated else "due_on IS NULL")
    order = "due_on, received_at, id" if dated else "received_at, id"
    sql = (f"SELECT id FROM service_requests{_hint(session, DUE_INDEX)} "
           f"WHERE {' AND '.join(where)} ORDER BY {order} LIMIT :limit OFFSET :offset")
    return list(session.scalars(_dated(text(sql), args),
                                {**args, "limit": limit, "offset": offset}))


def page(session: Session, f: QueueFilter, dated_total: int, limit: int, offset: int
         ) -> list[Row]:
    """One page in list order: dated requests soonest due first, then the undated (still
    waiting for documents) oldest first. ``dated_total`` (from :func:`counts`) says where the
    dated part ends, so a page that straddles both is read from each."""
    ids: list[str] = []
    if offset < dated_total:
        ids = _ids(session, f, True, limit, offset)
    if len(ids) < limit and f.due_before is None:
        ids += _ids(session, f, False, limit - len(ids), max(0, offset - dated_total))
    if not ids:
        return []
    rows = session.execute(
        select(*_LIST_COLUMNS, ServiceRequest.branch_code, ServiceRequest.assignee_id)
        .join(Beneficiary, Beneficiary.id == ServiceRequest.beneficiary_id)
        .where(ServiceRequest.id.in_(ids))).all()
    position = {rid: i for i, rid in enumerate(ids)}
    return sorted(rows, key=lambda r: position[r.id])


def statuses_of(rows: Sequence[StatusCount]) -> dict[str, int]:
    return {c.status: c.total for c in rows}


def branch_codes(session: Session) -> list[str]:
    return list(session.scalars(select(ServiceRequest.branch_code).distinct()
                                .order_by(ServiceRequest.branch_code)))
