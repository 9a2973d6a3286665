"""Staff accounts: argon2-hashed passwords, roles, sign-in."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desk_app.domain.entities import ROLES, Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff

MIN_PASSWORD = 8
_hasher = PasswordHasher()


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


def create(db: Database, actor: Actor, username: str, password: str, full_name: str,
           role: str) -> Actor:
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


def list_staff(db: Database) -> list[Actor]:
    with db.read() as s:
        return [Actor(x.id, x.username, x.role, x.full_name)
                for x in s.scalars(select(Staff).order_by(Staff.username))]
