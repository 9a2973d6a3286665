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

from desk_app.storage.report_counts_tables import ReportDayCount
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


def counts(session: Session, f: QueueFilter, today: date, *, by_every_status: bool = True
           ) -> list[StatusCount]:
    """Open requests per status, and how many of them are overdue. ``by_every_status``: under
    every filter but the status one, so each status's count stays visible while one is chosen;
    otherwise only the chosen statuses ("my work" shows nothing else).

    Two index reads: the totals off the status-ordered index (a plain count, nothing evaluated
    per row), the overdue off the short front of the due-ordered one (due before today)."""
    where, args = _conditions(f, with_status=not by_every_status)
    total_sql = (f"SELECT status, COUNT(*) FROM service_requests{_hint(session, STATUS_INDEX)} "
                 f"WHERE {' AND '.join(where)} GROUP BY status")
    late_sql = (f"SELECT status, COUNT(*) FROM service_requests{_hint(session, DUE_INDEX)} "
                f"WHERE {' AND '.join(where)} AND due_on IS NOT NULL AND due_on < :today "
                f"GROUP BY status")
    totals = dict(session.execute(_dated(text(total_sql), args), args).all())
    late_args = {**args, "today": today}
    late = dict(session.execute(_dated(text(late_sql), late_args), late_args).all())
    return [StatusCount(st, n, late.get(st, 0)) for st, n in totals.items()]


def _dated_total(session: Session, f: QueueFilter) -> int:
    where, args = _conditions(f, with_status=True)
    sql = (f"SELECT COUNT(*) FROM service_requests{_hint(session, DUE_INDEX)} "
           f"WHERE {' AND '.join(where)} AND due_on IS NOT NULL")
    return session.execute(_dated(text(sql), args), args).scalar() or 0


def _ids(session: Session, f: QueueFilter, dated: bool, limit: int, offset: int) -> list[str]:
    where, args = _conditions(f, with_status=True)
    where.append("due_on IS NOT NULL" if dated else "due_on IS NULL")
    order = "due_on, received_at, id" if dated else "received_at, id"
    # One status: its (status, due_on) range is already nearly in order and may be small (a
    # walk of the whole open list in due order could pass every row to find none).
    hint = "" if len(f.statuses) == 1 else _hint(session, DUE_INDEX)
    sql = (f"SELECT id FROM service_requests{hint} "
           f"WHERE {' AND '.join(where)} ORDER BY {order} LIMIT :limit OFFSET :offset")
    return list(session.scalars(_dated(text(sql), args),
                                {**args, "limit": limit, "offset": offset}))


def page(session: Session, f: QueueFilter, limit: int, offset: int) -> list[Row]:
    """One page in list order: dated requests soonest due first, then the undated (still
    waiting for documents) oldest first. Past the first page, the number of dated requests
    says where the dated part ends, so a page that straddles both is read from each."""
    dated_total = _dated_total(session, f) if offset else None
    ids: list[str] = []
    if dated_total is None or offset < dated_total:
        ids = _ids(session, f, True, limit, offset)
    if len(ids) < limit and f.due_before is None:
        ids += _ids(session, f, False, limit - len(ids), max(0, offset - (dated_total or 0)))
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
    """Branches that have requests, read from the requests counted per day and branch
    (``report_day_counts``, kept by the database's triggers): a few hundred rows a year, where
    ``DISTINCT branch_code`` over the requests read all 300k of them at 1M (250 ms, on every
    first visit of the waiting list)."""
    return list(session.scalars(
        select(ReportDayCount.branch_code).distinct()
        .where(ReportDayCount.figure == "received", ReportDayCount.n > 0,
               ReportDayCount.branch_code != "")
        .order_by(ReportDayCount.branch_code)))
