"""The permission table in force, its check, and the administrator's changes to it.

Every service function calls :func:`require` with the acting user before doing anything. A
refusal raises :class:`~desk_app.domain.permissions.PermissionDenied` (the screens word it) and
is written to the access log; an allowed look at personal data (``Action.personal``) is logged
too, naming the beneficiary when known.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desk_app.domain import permissions as perm
from desk_app.domain.entities import Actor
from desk_app.domain.permissions import PermissionDenied, PermissionTable
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.storage import access_log
from desk_app.storage.access_tables import PermissionVersion
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff

__all__ = ["AccountClosed", "PermissionDenied", "current", "desk_name", "require", "save"]


class AccountClosed(PermissionDenied):
    """The administrator closed this account after its desk signed in: it can do nothing."""

    code = "account_closed"


def desk_name() -> str:
    """Which desk (computer) acts: ``DESK_APP_DESK`` when set, else the machine's name."""
    return os.environ.get("DESK_APP_DESK") or platform.node() or "?"


def current(db: Database) -> PermissionTable:
    """The table in force: the newest saved version, or the built-in defaults."""
    with db.read() as s:
        return _in_force(s)


_VERSIONS, _STAFF = PermissionVersion.__table__, Staff.__table__
_NEWEST = (select(_VERSIONS.c.version, _VERSIONS.c.data)
           .order_by(_VERSIONS.c.version.desc()).limit(1))


def _in_force(s: Session) -> PermissionTable:
    return _table(s.connection().execute(_NEWEST).first())


def _table(row) -> PermissionTable:  # noqa: ANN001
    if row is None or row.version is None:
        return perm.defaults()
    return perm.from_json(row.data, row.version)


def _newest(column):  # noqa: ANN001, ANN202
    return select(column).order_by(_VERSIONS.c.version.desc()).limit(1).scalar_subquery()


def _of_staff(column):  # noqa: ANN001, ANN202
    return select(column).where(_STAFF.c.id == bindparam("staff_id")).scalar_subquery()


#: The table in force and the account's standing in one statement, built once (it keeps its
#: cache key) and run on the read connection, not through the ORM: every action starts here.
_CHECK = select(_newest(_VERSIONS.c.version).label("version"),
                _newest(_VERSIONS.c.data).label("data"),
                _of_staff(_STAFF.c.active).label("active"), _of_staff(_STAFF.c.role).label("role"))


def log_access(db: Database, actor: Actor, action: str, *, allowed: bool = True,
               beneficiary_id: str = "", target: tuple[str, str] = ("", "")) -> None:
    access_log.record(db, at=db.clock(), actor_id=actor.id, actor_name=actor.username,
                      desk=desk_name(), action=action, allowed=allowed,
                      beneficiary_id=beneficiary_id or "", target_type=target[0],
                      target_id=str(target[1] or ""))


def _standing(actor: Actor, row) -> tuple[bool, str]:  # noqa: ANN001
    """(still active, role now) of a staff member: a desk signed in before the administrator
    closed the account or changed its role acts with what the account is now, not what it was."""
    if not actor.id or actor.role in (perm.SYSTEM, perm.KIOSK):
        return True, actor.role
    # No account row: an actor made by the program itself (tests, set-up), never by a person.
    return (True, actor.role) if row.active is None else (bool(row.active), row.role)


def require(db: Database, actor: Actor, action: str, *, beneficiary_id: str = "",
            target: tuple[str, str] = ("", ""), log_look: bool = True) -> PermissionTable:
    """Refuse (logged) unless the actor's account is open and its role (as it is now) may do
    ``action``; log personal-data looks (unless ``log_look`` is false: a read that only
    repeats a look already logged — a refusal is logged all the same)."""
    with db.connect() as c:  # one read for both: every action starts with this check
        row = c.execute(_CHECK, {"staff_id": actor.id or ""}).one()
    table = _table(row)
    active, role = _standing(actor, row)
    if not active or not table.allows(role, action):
        log_access(db, actor, action, allowed=False, beneficiary_id=beneficiary_id,
                   target=target)
        raise (AccountClosed if not active else PermissionDenied)(action, role, actor.username)
    if log_look and perm.BY_CODE[action].personal and actor.role != perm.SYSTEM:
        log_access(db, actor, action, beneficiary_id=beneficiary_id, target=target)
    return table


def allowed_actions(db: Database, actor: Actor) -> frozenset[str]:
    """What the signed-in person may do (the UI hides the rest; the services still check)."""
    return current(db).actions_for(actor.role)


def save(db: Database, actor: Actor, grants: set[tuple[str, str]], note: str = "") -> int:
    """Store a new version of the table (audited); returns its number."""
    require(db, actor, "permissions.edit")
    problems = perm.check_grants(grants)
    if problems:
        raise ValidationFailed([FieldError("", code) for code in problems])
    table = perm.PermissionTable(frozenset(grants)).with_grants(grants)
    with db.action(actor, "permissions.save", "permissions") as s:
        last = s.scalar(select(PermissionVersion.version)
                        .order_by(PermissionVersion.version.desc()).limit(1)) or 0
        s.add(PermissionVersion(version=last + 1, data=table.to_json(), note=note.strip(),
                                created_at=db.clock(), created_by=actor.id))
    return last + 1


@dataclass(frozen=True)
class VersionInfo:
    version: int
    created_at: datetime
    created_by: str | None
    note: str


def history(db: Database, actor: Actor) -> list[VersionInfo]:
    require(db, actor, "audit.view")
    with db.read() as s:
        rows = s.scalars(select(PermissionVersion).order_by(PermissionVersion.version.desc()))
        return [VersionInfo(r.version, r.created_at, r.created_by, r.note) for r in rows]
