"""Committee meetings (issue 20): what a meeting needs before it may decide, what each decision
on its agenda needs, and when its minutes are approved. Pure rules: no Qt, no SQLAlchemy.

A meeting decides requests the committee has before it (status ``committee``): it accepts or
rejects them (through the same decision as the request screen's) or postpones them to a later
meeting (the request stays before the committee, the reason goes in the minutes).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from desk_app.domain.profile.meetings import MeetingRules
from desk_app.domain.validation import FieldError
from desk_app.domain.workflows import ACCEPTED, REJECTED

POSTPONED = "postponed"
DECISIONS: tuple[str, ...] = (ACCEPTED, REJECTED, POSTPONED)
MODES: tuple[str, ...] = ("in_person", "remote")

# A meeting's life: set up (members present known), decided (its decisions recorded in one go),
# approved (the minutes, by the members' own sign-ins).
OPEN, DECIDED, APPROVED = "open", "decided", "approved"


@dataclass(frozen=True)
class MeetingForm:
    """A meeting as the secretary sets it up. ``place`` is the room (in person) or the means
    (remote: «اتصال مرئي»); ``member_ids`` are the staff accounts present."""

    committee_code: str
    held_on: date | None
    mode: str
    place: str = ""
    member_ids: tuple[str, ...] = ()
    starts_at: time | None = None


@dataclass(frozen=True)
class ItemDecision:
    """One agenda request's decision, with the request version the secretary saw."""

    request_id: str
    decision: str
    reason: str = ""
    expected_version: int | None = None


@dataclass(frozen=True)
class Quorum:
    members_total: int
    present: int
    needed: int

    @property
    def met(self) -> bool:
        return self.present >= self.needed


def quorum(rules: MeetingRules, members_total: int, present: int) -> Quorum:
    return Quorum(members_total, present, rules.quorum_needed(members_total))


def validate_meeting(form: MeetingForm, committee_codes: Collection[str],
                     member_ids: Collection[str]) -> list[FieldError]:
    """Field errors of a meeting's set-up: its committee, date, kind, place and members
    (each one an active committee member, none twice)."""
    errors: list[FieldError] = []
    if not form.committee_code:
        errors.append(FieldError("committee_code", "required"))
    elif form.committee_code not in committee_codes:
        errors.append(FieldError("committee_code", "invalid_choice"))
    if form.held_on is None:
        errors.append(FieldError("held_on", "required"))
    if form.mode not in MODES:
        errors.append(FieldError("mode", "required" if not form.mode else "invalid_choice"))
    if form.mode == "in_person" and not form.place.strip():
        errors.append(FieldError("place", "required"))
    return errors + validate_members(form.member_ids, member_ids)


def validate_members(chosen: Sequence[str], member_ids: Collection[str]) -> list[FieldError]:
    """The members present: at least one, each an active committee member, none twice."""
    if not chosen:
        return [FieldError("members", "required")]
    if len(set(chosen)) != len(chosen) or not set(chosen) <= set(member_ids):
        return [FieldError("members", "invalid_choice")]
    return []


def validate_items(items: Sequence[ItemDecision]) -> list[FieldError]:
    """Each decision is one of :data:`DECISIONS`; a rejection or postponement gives its reason
    (R-VER-4: the beneficiary is told why). Fields are ``items.N.decision`` / ``items.N.reason``."""
    errors: list[FieldError] = []
    if not items:
        errors.append(FieldError("items", "required"))
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.decision not in DECISIONS:
            errors.append(FieldError(f"items.{i}.decision",
                                     "required" if not item.decision else "invalid_choice"))
        if item.decision in (REJECTED, POSTPONED) and not item.reason.strip():
            errors.append(FieldError(f"items.{i}.reason", "required"))
        if item.request_id in seen:
            errors.append(FieldError(f"items.{i}.request", "duplicate"))
        seen.add(item.request_id)
    return errors


@dataclass(frozen=True)
class Approvals:
    present: int
    approved: int
    needed: int
    waiting_for: tuple[str, ...] = field(default=())  # names of members yet to approve

    @property
    def complete(self) -> bool:
        return self.approved >= self.needed


def approvals(rules: MeetingRules, present: Sequence[tuple[str, bool]]) -> Approvals:
    """``present``: (name, approved?) for each member present."""
    done = sum(1 for _n, ok in present if ok)
    return Approvals(len(present), done, rules.approvals_needed(len(present)),
                     tuple(n for n, ok in present if not ok))
