"""Sign-in: password check with throttling, lockout, forced change, and an audit of each try.

Wrong passwords in a row make the account wait before the next try (seconds, growing) and
lock it after :data:`~desk_app.domain.passwords.LOCK_AFTER`; only an administrator unlocks
it (:func:`desk_app.services.staff.unlock`). Every try on an existing account is an audit
event (``auth.sign_in``, ``auth.sign_in_failed``, ``auth.locked``); a try on an unknown name,
or one refused without checking the password, goes to the access log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desk_app.domain import passwords
from desk_app.domain.entities import Actor
from desk_app.services.permissions import log_access
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff

# OWASP's recommended argon2id setting (19 MiB, 2 passes, 1 lane): ~50 ms at a desk PC instead
# of the library default's ~0.4 s on a busy 2-core machine, still far beyond guessing speed.
hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

OK, WRONG, WAIT, LOCKED, MUST_CHANGE = "ok", "wrong", "wait", "locked", "must_change"


@dataclass(frozen=True)
class SignIn:
    """``status``: ok, wrong (name or password: never says which), wait (until ``retry_at``),
    locked, must_change (right password, but the administrator set it: choose a new one)."""

    status: str
    actor: Actor | None = None
    retry_at: datetime | None = None
    now: datetime | None = None  # when it was decided (the screen counts the wait from it)

    @property
    def signed_in(self) -> bool:
        return self.status == OK


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.role, staff.full_name)


def sign_in(db: Database, username: str, password: str) -> SignIn:
    name = username.strip().lower()
    with db.read() as s:
        staff = s.scalar(select(Staff).where(Staff.username == name))
    if staff is None or not staff.active:
        hasher.hash(password)  # same cost either way: no hint whether the user exists
        log_access(db, Actor(None, name[:64] or "?"), "auth.sign_in_failed", allowed=False,
                   target=("staff", staff.id if staff else ""))
        return SignIn(WRONG)
    now = db.clock()
    if staff.locked:
        log_access(db, _actor(staff), "auth.locked_try", allowed=False, target=("staff", staff.id))
        return SignIn(LOCKED)
    retry_at = passwords.next_try_at(staff.failed_sign_ins, staff.last_failed_at)
    if retry_at is not None and now < retry_at:
        log_access(db, _actor(staff), "auth.throttled", allowed=False, target=("staff", staff.id))
        return SignIn(WAIT, retry_at=retry_at, now=now)
    try:
        hasher.verify(staff.password_hash, password)
    except (VerificationError, InvalidHashError):
        return _failed(db, staff, now)
    with db.action(_actor(staff), "auth.sign_in", "staff", staff.id) as s:
        s.info["audit_always"] = True  # signed in twice in one instant: still two events
        row = s.get(Staff, staff.id)
        row.failed_sign_ins, row.last_failed_at, row.last_sign_in_at = 0, None, now
    return SignIn(MUST_CHANGE if staff.must_change_password else OK, _actor(staff))


def _failed(db: Database, staff: Staff, now: datetime) -> SignIn:
    failures = staff.failed_sign_ins + 1
    locks = failures >= passwords.LOCK_AFTER
    with db.action(_actor(staff), "auth.locked" if locks else "auth.sign_in_failed", "staff",
                   staff.id) as s:
        row = s.get(Staff, staff.id)
        row.failed_sign_ins, row.last_failed_at, row.locked = failures, now, locks
    if locks:
        return SignIn(LOCKED)
    return SignIn(WRONG, retry_at=passwords.next_try_at(failures, now), now=now)
