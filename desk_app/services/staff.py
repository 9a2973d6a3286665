"""Staff accounts: argon2-hashed passwords, roles, sign-in."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desk_app.domain.entities import ROLES, Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff

MIN_PASSWORD = 8
# OWASP's recommended argon2id setting (19 MiB, 2 passes, 1 lane): ~50 ms at a desk PC instead
# of the library default's ~0.4 s on a busy 2-core machine, still far beyond guessing speed.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def validate_new_account(username: str, password: str, full_name: str, role: str) -> list[FieldError]:
    errors = []
    if not username or not username.isascii() or not username.replace(".", "").replace("_", "").isalnum():
        errors.append(FieldError("username", "invalid_username"))
    if len(password) < MIN_PASSWORD:
        errors.append(FieldError("password", "password_too_short", {"min": MIN_PASSWORD}))
    if not full_name.strip():
        errors.append(FieldError("full_name", "required"))
    if role not in ROLES:
        errors.append(FieldError("role", "invalid_choice"))
    return errors


def new_staff(username: str, password: str, full_name: str, role: str, now) -> Staff:  # noqa: ANN001
    errors = validate_new_account(username, password, full_name, role)
    if errors:
        raise ValidationFailed(errors)
    return Staff(username=username.lower(), full_name=full_name.strip(), role=role,
                 password_hash=_hasher.hash(password), active=True, created_at=now)


def _require_admin(actor: Actor) -> None:
    if actor.role != "admin":
        raise ValidationFailed([FieldError("", "admin_only")])


def create(db: Database, actor: Actor, username: str, password: str, full_name: str,
           role: str) -> Actor:
    """An administrator opens an account for a staff member."""
    _require_admin(actor)
    with db.read() as s:
        if s.scalar(select(Staff.id).where(Staff.username == username.lower())):
            raise ValidationFailed([FieldError("username", "username_taken")])
    with db.action(actor, "staff.create") as s:
        staff = new_staff(username, password, full_name, role, db.clock())
        s.add(staff)
        s.flush()
        s.info["audit_target"] = ("staff", staff.id)
        return Actor(staff.id, staff.username, staff.role, staff.full_name)


def authenticate(db: Database, username: str, password: str) -> Actor | None:
    """The signed-in staff member, or None for a wrong name or password (never says which)."""
    with db.read() as s:
        staff = s.scalar(select(Staff).where(Staff.username == username.strip().lower()))
    if staff is None or not staff.active:
        _hasher.hash(password)  # same cost either way: no hint whether the user exists
        return None
    try:
        _hasher.verify(staff.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return Actor(staff.id, staff.username, staff.role, staff.full_name)


def count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Staff)) or 0


@dataclass(frozen=True)
class StaffRow:
    id: str
    username: str
    full_name: str
    role: str
    active: bool


def list_staff(db: Database) -> list[StaffRow]:
    with db.read() as s:
        return [StaffRow(x.id, x.username, x.full_name, x.role, x.active)
                for x in s.scalars(select(Staff).order_by(Staff.username))]


def set_active(db: Database, actor: Actor, staff_id: str, active: bool) -> None:
    """Close or reopen an account (accounts are never deleted: the audit trail names them)."""
    _require_admin(actor)
    if staff_id == actor.id and not active:
        raise ValidationFailed([FieldError("", "cannot_close_own_account")])
    with db.action(actor, "staff.activate" if active else "staff.deactivate", "staff",
                   staff_id) as s:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise KeyError(staff_id)
        staff.active = active


def reset_password(db: Database, actor: Actor, staff_id: str, password: str) -> None:
    """An administrator sets a new password (the old one is never shown or kept)."""
    _require_admin(actor)
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed([FieldError("password", "password_too_short",
                                           {"min": MIN_PASSWORD})])
    with db.action(actor, "staff.reset_password", "staff", staff_id) as s:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise KeyError(staff_id)
        staff.password_hash = _hasher.hash(password)
