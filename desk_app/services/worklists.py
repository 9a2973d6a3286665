"""Who works on what: the people a request can be assigned to, and each person's worklist.

Reads only. The waiting list's filters, pages and counts per status live here too, so the
waiting screen, "my work" and the command line ask the same questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desk_app.domain import permissions as perm
from desk_app.storage.db import Database
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
