"""The access log, read by the administrator: who looked at a person's file, what a staff
member looked at. (The log is written by :func:`desk_app.services.permissions.require`.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk_app.domain.entities import Actor
from desk_app.services.permissions import require
from desk_app.storage import access_log
from desk_app.storage.access_tables import AccessEntry
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff

LIMIT = 1000


@dataclass(frozen=True)
class Look:
    at: datetime
    username: str
    full_name: str
    desk: str
    action: str
    allowed: bool
    target_type: str
    target_id: str
    beneficiary_id: str


def _looks(db: Database, where, limit: int) -> list[Look]:  # noqa: ANN001
    access_log.flush(db)  # what was just queued belongs in the answer
    stmt = (select(AccessEntry, Staff.full_name)
            .join(Staff, Staff.id == AccessEntry.actor_id, isouter=True)
            .where(where).order_by(AccessEntry.at.desc()).limit(limit))
    with db.read() as s:
        return [Look(e.at, e.actor_name, name or "", e.desk, e.action, e.allowed,
                     e.target_type, e.target_id, e.beneficiary_id)
                for e, name in s.execute(stmt)]


def who_looked(db: Database, actor: Actor, beneficiary_id: str, limit: int = LIMIT
               ) -> list[Look]:
    """Every look at one person's file, scans and documents (refusals too), newest first."""
    require(db, actor, "audit.view")
    return _looks(db, AccessEntry.beneficiary_id == beneficiary_id, limit)


def looked_at_by(db: Database, actor: Actor, staff_id: str, limit: int = LIMIT) -> list[Look]:
    """Everything one staff member looked at (or was refused), newest first."""
    require(db, actor, "audit.view")
    return _looks(db, AccessEntry.actor_id == staff_id, limit)
