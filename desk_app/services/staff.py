"""Staff accounts: argon2-hashed passwords, roles, sign-in."""

from __future__ import annotations

from dataclasses import dataclass

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desk_app.domain import passwords
from desk_app.domain.entities import ROLES, Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.services.signin import MUST_CHANGE, OK, hasher, sign_in
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff

MIN_PASSWORD = passwords.MIN_LENGTH


def validate_new_account(username: str, password: str, full_name: str, role: str) -> list[FieldError]:
    errors = []
    if not username or not username.isascii() or not username.replace(".", "").replace("_", "").isalnum():
        errors.append(FieldError("username", "invalid_username"))
    errors += passwords.problems(password, username)
    if not full_name.strip():
        errors.append(FieldError("full_name", "required"))
    if role not in ROLES:
        errors.append(FieldError("role", "invalid_choice"))
    return errors


def new_staff(username: str, password: str, full_name: str, role: str, now,  # noqa: ANN001
              must_change: bool = False) -> Staff:
    errors = validate_new_account(username, password, full_name, role)
    if errors:
        raise ValidationFailed(errors)
    return Staff(username=username.lower(), full_name=full_name.strip(), role=role,
                 password_hash=hasher.hash(password), active=True, created_at=now,
                 failed_sign_ins=0, locked=False, must_change_password=must_change)


def create(db: Database, actor: Actor, username: str, password: str, full_name: str,
           role: str, *, must_change: bool = True) -> Actor:
    """An administrator opens an account for a staff member, who replaces the password at the
    first sign-in (the administrator knows it); demo accounts keep theirs."""
    require(db, actor, "staff.manage")
    with db.read() as s:
        if s.scalar(select(Staff.id).where(Staff.username == username.lower())):
            raise ValidationFailed([FieldError("username", "username_taken")])
    with db.action(actor, "staff.create") as s:
        staff = new_staff(username, password, full_name, role, db.clock(), must_change)
        s.add(staff)
        s.flush()
        s.info["audit_target"] = ("staff", staff.id)
        return Actor(staff.id, staff.username, staff.role, staff.full_name)


def authenticate(db: Database, username: str, password: str) -> Actor | None:
    """The staff member whose password this is, or None (wrong, throttled or locked: see
    :func:`desk_app.services.signin.sign_in` for which); throttled and audited like sign-in."""
    result = sign_in(db, username, password)
    return result.actor if result.status in (OK, MUST_CHANGE) else None


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """The signed-in person replaces their password (required after an administrator set it)."""
    with db.read() as s:
        staff = s.get(Staff, actor.id)
    if staff is None or not _matches(staff.password_hash, old):
        raise ValidationFailed([FieldError("old_password", "wrong_password")])
    errors = passwords.problems(new, staff.username)
    if new == old:
        errors.append(FieldError("password", "password_unchanged"))
    if errors:
        raise ValidationFailed(errors)
    with db.action(actor, "staff.change_password", "staff", actor.id) as s:
        row = s.get(Staff, actor.id)
        row.password_hash, row.must_change_password = hasher.hash(new), False


def _matches(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def unlock(db: Database, actor: Actor, staff_id: str) -> None:
    """An administrator lifts a lock after repeated wrong passwords (audited)."""
    require(db, actor, "staff.manage")
    with db.action(actor, "staff.unlock", "staff", staff_id) as s:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise KeyError(staff_id)
        staff.locked, staff.failed_sign_ins, staff.last_failed_at = False, 0, None


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
    locked: bool = False


def list_staff(db: Database) -> list[StaffRow]:
    with db.read() as s:
        return [StaffRow(x.id, x.username, x.full_name, x.role, x.active, x.locked)
                for x in s.scalars(select(Staff).order_by(Staff.username))]


def set_active(db: Database, actor: Actor, staff_id: str, active: bool) -> None:
    """Close or reopen an account (accounts are never deleted: the audit trail names them)."""
    require(db, actor, "staff.manage")
    if staff_id == actor.id and not active:
        raise ValidationFailed([FieldError("", "cannot_close_own_account")])
    with db.action(actor, "staff.activate" if active else "staff.deactivate", "staff",
                   staff_id) as s:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise KeyError(staff_id)
        staff.active = active


def reset_password(db: Database, actor: Actor, staff_id: str, password: str) -> None:
    """An administrator sets a new password (the old one is never shown or kept); the staff
    member must replace it at the next sign-in, and a lock after wrong passwords is lifted."""
    require(db, actor, "staff.manage")
    with db.read() as s:
        staff = s.get(Staff, staff_id)
    if staff is None:
        raise KeyError(staff_id)
    errors = passwords.problems(password, staff.username)
    if errors:
        raise ValidationFailed(errors)
    with db.action(actor, "staff.reset_password", "staff", staff_id) as s:
        staff = s.get(Staff, staff_id)
        staff.password_hash, staff.must_change_password = hasher.hash(password), True
        staff.locked, staff.failed_sign_ins, staff.last_failed_at = False, 0, None
