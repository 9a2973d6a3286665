"""The association's policy in force, its board approval and review reminder, and the staff's
acknowledgements of it (seeds 000 §8 and 003 §7-1: every staff member reads and signs it).

The text lives in the organisation profile (``governance``), version by version; a staff member
acknowledges one version's exact words (their SHA-256), so an edited text asks again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.profile.governance import (
    BoardApproval,
    Governance,
    PolicyVersion,
    parse_approval,
    review_due,
)
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import profile as profile_service
from desk_app.services.permissions import desk_name, require
from desk_app.storage.db import Database
from desk_app.storage.governance_tables import PolicyAcknowledgement
from desk_app.storage.tables import ProfileVersion, Staff


def text_sha256(policy: PolicyVersion) -> str:
    """What a staff member acknowledged: the title, the text and the sentence affirmed."""
    body = "\n\n".join((policy.title_ar, policy.text_ar, policy.acknowledgement_ar))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PolicyStatus:
    """The policy in force: ``recorded_on`` the day its words entered the profile; ``review_due``
    when the next review is due (None: no cycle); ``review_overdue`` on or after that day."""

    policy: PolicyVersion | None
    recorded_on: date | None
    review_due: date | None
    review_overdue: bool
    versions: tuple[PolicyVersion, ...]


def _recorded_on(db: Database, policy: PolicyVersion) -> date | None:
    """The first profile version holding these exact words."""
    digest = text_sha256(policy)
    with db.read() as s:
        for row in s.scalars(select(ProfileVersion).order_by(ProfileVersion.version)):
            gov = OrgProfile.from_dict(row.data).governance
            if any(p.number == policy.number and text_sha256(p) == digest for p in gov.policies):
                return row.created_at.date()
    return None


def status(db: Database) -> PolicyStatus:
    profile = profile_service.current(db)
    gov = profile.governance if profile else None
    current = gov.current if gov else None
    if gov is None or current is None:
        return PolicyStatus(None, None, None, False, ())
    recorded = _recorded_on(db, current)
    due = review_due(gov, recorded)
    today = db.clock().date()
    versions = tuple(sorted(gov.policies, key=lambda p: -p.number))
    return PolicyStatus(current, recorded, due, due is not None and today >= due, versions)


def pending(db: Database, actor: Actor) -> PolicyVersion | None:
    """The version ``actor`` must still acknowledge (None: nothing asked, or already done)."""
    profile = profile_service.current(db)
    current = profile.governance.current if profile else None
    if current is None or not current.asks_acknowledgement or actor.id is None:
        return None
    with db.read() as s:
        done = s.scalar(select(PolicyAcknowledgement.id).where(
            PolicyAcknowledgement.staff_id == actor.id,
            PolicyAcknowledgement.policy_number == current.number,
            PolicyAcknowledgement.text_sha256 == text_sha256(current)))
    return None if done else current


def acknowledge(db: Database, actor: Actor, number: int, digest: str) -> datetime:
    """Record that ``actor`` read and affirmed version ``number`` whose words hash to
    ``digest``; refused (``policy_changed``) when the text in force is no longer that one."""
    require(db, actor, "policy.acknowledge")
    current = pending(db, actor)
    if current is None:
        profile = profile_service.current(db)
        current = profile.governance.current if profile else None
        if current is not None and current.number == number and \
                text_sha256(current) == digest:
            return db.clock()  # already on record (a second desk, a double click)
    if current is None or current.number != number or text_sha256(current) != digest:
        raise ValidationFailed([FieldError("", "policy_changed")])
    now = db.clock()
    with db.action(actor, "policy.acknowledge", "staff", actor.id or "") as s:
        s.add(PolicyAcknowledgement(staff_id=actor.id, policy_number=number, text_sha256=digest,
                                    statement=current.acknowledgement_ar, acknowledged_at=now,
                                    desk=desk_name()))
    return now


@dataclass(frozen=True)
class StaffAcknowledgement:
    staff_id: str
    full_name: str
    username: str
    role: str
    acknowledged_at: datetime | None  # of the version in force; None: not yet


def acknowledgements(db: Database, actor: Actor) -> tuple[PolicyVersion | None,
                                                          list[StaffAcknowledgement]]:
    """Every active staff member and when they acknowledged the version in force (those who
    have not come first)."""
    require(db, actor, "policy.follow_up")
    profile = profile_service.current(db)
    current = profile.governance.current if profile else None
    with db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.active.is_(True))).all()
        done: dict[str, datetime] = {}
        if current is not None:
            rows = s.execute(select(PolicyAcknowledgement.staff_id,
                                    PolicyAcknowledgement.acknowledged_at).where(
                PolicyAcknowledgement.policy_number == current.number,
                PolicyAcknowledgement.text_sha256 == text_sha256(current)))
            done = {sid: at for sid, at in rows}
    out = [StaffAcknowledgement(r.id, r.full_name, r.username, r.role, done.get(r.id))
           for r in staff]
    out.sort(key=lambda a: (a.acknowledged_at is not None, a.full_name))
    return current, out


def _save_governance(db: Database, actor: Actor, gov: Governance, note: str) -> int:
    profile = profile_service.current(db)
    if profile is None:
        raise ValidationFailed([FieldError("", "no_profile")])
    return profile_service.save(db, actor, dataclasses.replace(profile, governance=gov), note)


def add_version(db: Database, actor: Actor, title: str, text: str,
                acknowledgement: str) -> int:
    """A new version of the policy text (administrator; a new profile version). Staff who are
    asked to acknowledge are asked again. Returns the policy's new version number."""
    require(db, actor, "profile.edit")
    problems = [FieldError(f, "required") for f, v in (("title", title), ("text", text))
                if not v.strip()]
    if problems:
        raise ValidationFailed(problems)
    gov = profile_service.current(db).governance  # type: ignore[union-attr]
    number = max((p.number for p in gov.policies), default=0) + 1
    version = PolicyVersion(number, title.strip(), text.strip(), acknowledgement.strip())
    _save_governance(db, actor, dataclasses.replace(gov, policies=(*gov.policies, version)),
                     f"policy version {number}")
    return number


def record_approval(db: Database, actor: Actor, number: int, *, meeting_no: int, date_text: str,
                    calendar: str, mode: str, members_text: str) -> BoardApproval:
    """The board meeting that approved version ``number`` (administrator); replaces any
    approval recorded for it before (the profile keeps every earlier version)."""
    require(db, actor, "profile.edit")
    approval = parse_approval(meeting_no, date_text, calendar, mode, members_text)
    gov = profile_service.current(db).governance  # type: ignore[union-attr]
    gov.version(number)  # KeyError: no such version
    policies = tuple(dataclasses.replace(p, approval=approval) if p.number == number else p
                     for p in gov.policies)
    _save_governance(db, actor, dataclasses.replace(gov, policies=policies),
                     f"board approval of policy version {number}")
    return approval


def desks_of(db: Database, current: PolicyVersion) -> dict[str, str]:
    """Staff id → the desk (computer) each acknowledged the version in force from."""
    with db.read() as s:
        rows = s.execute(select(PolicyAcknowledgement.staff_id, PolicyAcknowledgement.desk).where(
            PolicyAcknowledgement.policy_number == current.number,
            PolicyAcknowledgement.text_sha256 == text_sha256(current)))
        return {sid: desk for sid, desk in rows}


def desks_of_current(db: Database) -> dict[str, str]:
    profile = profile_service.current(db)
    current = profile.governance.current if profile else None
    return desks_of(db, current) if current else {}
