"""The report figures read from the counts the triggers keep (``report_counts_tables``).

Each function answers the same question as its namesake in :mod:`report_queries`, which counts
the rows themselves (tests hold the two equal on both engines): a year is a few thousand
rows here against hundreds of thousands there.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk_app.storage.report_counts_tables import RegistryCount, ReportDayCount
from desk_app.storage.repositories.report_queries import Scope

D, P = ReportDayCount, RegistryCount


def _day(figure: str, scope: Scope, *cols: Any) -> Select:
    q = select(*cols, func.sum(D.n)).where(D.figure == figure, D.day >= scope.start,
                                           D.day <= scope.end)
    if scope.branch:
        q = q.where(D.branch_code == scope.branch)
    if scope.service:
        q = q.where(D.service_code == scope.service)
    return q.group_by(*cols)


def _rows(s: Session, q: Select) -> list[tuple[Any, ...]]:
    # A figure counted down to nothing (a request deleted by a branch sync) is no group.
    return [tuple(r) for r in s.connection().execute(q).all() if r[-1]]


def received_by(s: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(branch, service, n) of requests received in the period."""
    return _rows(s, _day("received", scope, D.branch_code, D.service_code))


def served_by(s: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(branch, service, n) of requests recorded as served in the period."""
    return _rows(s, _day("served", scope, D.branch_code, D.service_code))


def decided(s: Session, scope: Scope) -> list[tuple[str, str, date, date | None, date | None,
                                                    bool, int]]:
    """(branch, service, decided_on, completed_on, due_on, calendar days?, n) of requests whose
    committee decision falls in the period (completion and due date None when not set)."""
    out = []
    for branch, service, day, detail, n in _rows(
            s, _day("decided", scope, D.branch_code, D.service_code, D.day, D.detail)):
        if detail:
            completed, due, kind = detail.split("|")
            out.append((branch, service, day, date.fromisoformat(completed),
                        date.fromisoformat(due), kind == "c", n))
        else:
            out.append((branch, service, day, None, None, False, n))
    return out


def beneficiaries_by(s: Session, scope: Scope) -> list[tuple[str, str, str, int]]:
    """(category, type, city, n) of everyone in the registry (merged files left out)."""
    q = select(P.category_code, P.beneficiary_type, P.city, func.sum(P.n))
    if scope.branch:
        q = q.where(P.branch_code == scope.branch)
    return [r for r in _rows(s, q.group_by(P.category_code, P.beneficiary_type, P.city))
            if r[-1] > 0]


def _people(s: Session, figure: str, start: date, end: date, branch: str | None) -> int:
    q = select(func.coalesce(func.sum(D.n), 0)).where(D.figure == figure, D.day >= start,
                                                       D.day <= end)
    if branch:
        q = q.where(D.branch_code == branch)
    return int(s.connection().execute(q).scalar() or 0)


def beneficiaries_new(s: Session, scope: Scope) -> int:
    return _people(s, "new_people", scope.start, scope.end, scope.branch)


def review_backlog(s: Session, scope: Scope, reviewed_on_or_before: date) -> int:
    return _people(s, "reviewed", date.min, reviewed_on_or_before, scope.branch)
