"""Who works on what: the people a request can be assigned to, and each person's worklist.

Reads only. The waiting list's filters, pages and counts per status live here too, so the
waiting screen, "my work" and the command line ask the same questions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk_app.domain import permissions as perm
from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.request_views import ListRow, list_row
from desk_app.storage.db import Database
from desk_app.storage.repositories import worklists as repo
from desk_app.storage.tables import Staff


@dataclass(frozen=True)
class Assignable:
    id: str
    full_name: str
    role: str


def researchers(db: Database) -> list[Assignable]:
    """Active staff whose role studies referred requests (the social researchers)."""
    with db.read() as s:
        rows = s.scalars(select(Staff).where(Staff.active.is_(True), Staff.role == perm.RESEARCHER)
                         .order_by(Staff.full_name))
        return [Assignable(x.id, x.full_name, x.role) for x in rows]


@dataclass(frozen=True)
class Query:
    """The waiting list as the person filtered it. ``mine``: "my work" for the signed-in
    person (a researcher's studies, a committee member's agenda)."""

    status: str = ""
    service_code: str = ""
    branch_code: str = ""
    assignee_id: str = ""
    overdue_only: bool = False
    mine: bool = False


@dataclass(frozen=True)
class Page:
    rows: tuple[ListRow, ...]
    total: int                      # under every filter, the status one included
    by_status: dict[str, int]       # under every filter but the status one, in workflow order
    overdue: int
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def my_statuses(role: str) -> tuple[str, ...]:
    """What "my work" means for a role: studies for the researcher, the agenda for the
    committee; anyone else's own work is the whole open list."""
    return {perm.RESEARCHER: (wf.STUDY,), perm.COMMITTEE: (wf.COMMITTEE,)}.get(role, ())


def _filter(q: Query, actor: Actor, today: date) -> repo.QueueFilter:
    statuses = (q.status,) if q.status else ()
    assignee, or_unassigned = q.assignee_id or None, False
    if q.mine:
        mine = my_statuses(actor.role)
        statuses = tuple(s for s in statuses if s in mine) or mine or statuses
        if actor.role == perm.RESEARCHER:  # mine, and the unit's not yet taken by anyone
            assignee, or_unassigned = actor.id, True
    if statuses and not set(statuses) <= set(wf.OPEN_STATES):
        raise ValidationFailed([FieldError("status", "invalid_choice")])
    return repo.QueueFilter(statuses, q.service_code or None, q.branch_code or None, assignee,
                            or_unassigned, today if q.overdue_only else None)


def waiting(db: Database, actor: Actor, profile: OrgProfile, today: date, q: Query,
            page: int = 1, size: int = 50) -> Page:
    """One page of open requests in due order, filtered, with the counts per status."""
    f = _filter(q, actor, today)
    with db.read() as s:
        counts = repo.counts(s, f, today, by_every_status=not q.mine)
        chosen = [c for c in counts if not f.statuses or c.status in f.statuses]
        total = sum(c.total for c in chosen)
        page = max(1, min(page, max(1, -(-total // size))))
        rows = repo.page(s, f, size, (page - 1) * size)
    out = tuple(list_row(r, profile, today) for r in rows)
    shown = (my_statuses(actor.role) if q.mine else ()) or wf.OPEN_STATES
    n = {c.status: c.total for c in counts}
    return Page(out, total, {st: n.get(st, 0) for st in shown},
                sum(c.overdue for c in chosen), page, size)


def branches(db: Database) -> list[str]:
    """Branch codes that have requests (the waiting list's branch filter)."""
    with db.read() as s:
        return repo.branch_codes(s)
