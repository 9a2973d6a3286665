"""First start: choose a profile preset (or blank), the branch code, and the administrator."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from desk_app.domain import calendar as cal
from desk_app.domain.entities import SYSTEM, Actor
from desk_app.domain.profile import Holiday, OrgProfile, blank_profile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import profile as profile_service
from desk_app.services import staff as staff_service
from desk_app.services.presets import load_preset
from desk_app.storage.db import Database
from desk_app.storage.repositories import settings

BRANCH_CODE = re.compile(r"^[A-Z]{2,5}$")


@dataclass(frozen=True)
class Installation:
    branch_code: str
    secret: bytes
    preset_key: str


def is_initialised(db: Database) -> bool:
    with db.read() as s:
        return settings.get(s, "branch_code") is not None


def get(db: Database) -> Installation:
    with db.read() as s:
        branch = settings.get(s, "branch_code")
        secret = settings.get(s, "document_secret")
        preset = settings.get(s, "preset_key") or ""
    if branch is None or secret is None:
        raise LookupError("not initialised")
    return Installation(branch, bytes.fromhex(secret), preset)


def seeded_profile(preset_key: str | None, year: int) -> OrgProfile:
    """The preset (or blank profile) with its holiday table seeded for the years around now."""
    profile = load_preset(preset_key) if preset_key else blank_profile()
    if profile.holidays:
        return profile
    days = dict(reversed(cal.default_holidays(range(year - 1, year + 4))))  # one name per date
    return profile.with_changes(
        holidays=tuple(Holiday(d, name) for d, name in sorted(days.items())),
        holiday_table_version=profile.holiday_table_version + 1)


def initialise(
    db: Database, *, preset_key: str | None, branch_code: str, admin_username: str,
    admin_password: str, admin_full_name: str,
) -> Actor:
    """Set the installation up in one transaction; refuses to run twice."""
    branch = branch_code.strip().upper()
    errors = [] if BRANCH_CODE.match(branch) else [FieldError("branch_code", "invalid_branch")]
    errors += staff_service.validate_new_account(admin_username, admin_password,
                                                 admin_full_name, "admin")
    if errors:
        raise ValidationFailed(errors)
    if is_initialised(db):
        raise ValidationFailed([FieldError("", "already_initialised")])
    now = db.clock()
    profile = seeded_profile(preset_key, now.year)
    with db.action(SYSTEM, "installation.init", "installation") as s:
        settings.put(s, "branch_code", branch)
        settings.put(s, "document_secret", secrets.token_hex(32))
        settings.put(s, "preset_key", preset_key or "")
        admin = staff_service.new_staff(admin_username, admin_password, admin_full_name, "admin", now)
        s.add(admin)
        s.flush()
        actor = Actor(admin.id, admin.username, admin.role, admin.full_name)
        profile_service.add_version(s, profile, actor, now, "initial")
    return actor
