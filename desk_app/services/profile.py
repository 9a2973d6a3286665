"""The organisation profile in force, and its past versions (policies are revised yearly)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.tables import ProfileVersion, Staff


@dataclass(frozen=True)
class ProfileVersionInfo:
    version: int
    created_at: datetime
    created_by: str | None
    note: str


def current(db: Database) -> OrgProfile | None:
    with db.read() as s:
        row = s.scalar(select(ProfileVersion).order_by(ProfileVersion.version.desc()).limit(1))
        return OrgProfile.from_dict(row.data) if row else None


def current_version(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.max(ProfileVersion.version))) or 0


def add_version(session, profile: OrgProfile, actor: Actor, now: datetime, note: str) -> int:  # noqa: ANN001
    latest = session.scalar(select(func.max(ProfileVersion.version))) or 0
    session.add(ProfileVersion(version=latest + 1, data=profile.to_dict(), note=note,
                               created_at=now, created_by=actor.id))
    return latest + 1


def save(db: Database, actor: Actor, data: dict | OrgProfile, note: str = "") -> int:
    """Validate ``data`` (a profile, or one as a dict) and store it as the new version in force.

    Only an administrator may; earlier versions stay readable. A changed holiday table gets a
    new ``holiday_table_version`` so due dates computed earlier keep saying which table they
    used. Raises ValidationFailed (paths like ``channels[2].code``).
    """
    require(db, actor, "profile.edit")
    previous = current(db)
    profile = OrgProfile.from_dict(data.to_dict() if isinstance(data, OrgProfile) else data)
    if previous is not None and profile.holidays != previous.holidays:
        profile = profile.with_changes(
            holiday_table_version=max(profile.holiday_table_version,
                                      previous.holiday_table_version) + 1)
    with db.action(actor, "profile.save", "profile") as s:
        return add_version(s, profile, actor, db.clock(), note)


def history(db: Database) -> list[ProfileVersionInfo]:
    with db.read() as s:
        return [ProfileVersionInfo(r.version, r.created_at, r.created_by, r.note)
                for r in s.scalars(select(ProfileVersion).order_by(ProfileVersion.version.desc()))]


def version(db: Database, number: int) -> OrgProfile:
    with db.read() as s:
        row = s.scalar(select(ProfileVersion).where(ProfileVersion.version == number))
        if row is None:
            raise KeyError(number)
        return OrgProfile.from_dict(row.data)


def staff_names(db: Database) -> dict[str, str]:
    """Staff id → full name, for showing who saved each version."""
    with db.read() as s:
        return {i: n for i, n in s.execute(select(Staff.id, Staff.full_name))}
