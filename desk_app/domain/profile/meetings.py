"""The profile's committee-meeting rules: the quorum a meeting needs before it may decide, and
who must approve its minutes.

No seed states a quorum or who approves the minutes (000 asks for "dated, approved" minutes of
the investigation committee, 001/002 send requests to «لجنة البحث», 003 to «اللجنة المختصة»; none
counts members). So no preset carries this section and every association starts from the
defaults below, which its administrator can change: more than half of the committee's members
present (the committee's members are the active staff accounts with the committee role), and
every member present approves the minutes.
"""

from __future__ import annotations

import dataclasses as dc
from typing import Any

from desk_app.domain.profile.section import open_section
from desk_app.domain.validation import FieldError

QUORUM_RULES = ("majority", "count", "all")  # more than half / at least quorum_count / everyone
APPROVAL_RULES = ("all_present", "majority_present")
KEYS = ("quorum", "quorum_count", "approval", "notes")


@dc.dataclass(frozen=True)
class MeetingRules:
    """``quorum``: one of :data:`QUORUM_RULES`; ``quorum_count`` is used with ``count``;
    ``approval``: one of :data:`APPROVAL_RULES` (who of those present approve the minutes)."""

    quorum: str = "majority"
    quorum_count: int = 2
    approval: str = "all_present"
    notes: str = ""

    def quorum_needed(self, members_total: int) -> int:
        """Members who must be present, out of ``members_total`` committee members (never
        fewer than one: a meeting of nobody decides nothing)."""
        if self.quorum == "all":
            return max(1, members_total)
        if self.quorum == "count":
            return max(1, self.quorum_count)
        return members_total // 2 + 1

    def approvals_needed(self, present: int) -> int:
        """Approvals that make the minutes approved, out of ``present`` members."""
        return present if self.approval == "all_present" else present // 2 + 1

    def to_dict(self) -> dict[str, Any]:
        return dc.asdict(self)


DEFAULT = MeetingRules()


def read(d: Any, errors: list[FieldError], path: str = "meetings") -> MeetingRules | None:
    """Parse the section, appending every problem to ``errors``; None when absent or broken."""
    before = len(errors)
    d = open_section(d, errors, path, KEYS)
    if d is None:
        return None
    quorum, approval = d.get("quorum", DEFAULT.quorum), d.get("approval", DEFAULT.approval)
    if quorum not in QUORUM_RULES:
        errors.append(FieldError(f"{path}.quorum", "unknown_value",
                                 {"value": quorum, "allowed": list(QUORUM_RULES)}))
    if approval not in APPROVAL_RULES:
        errors.append(FieldError(f"{path}.approval", "unknown_value",
                                 {"value": approval, "allowed": list(APPROVAL_RULES)}))
    count = d.get("quorum_count", DEFAULT.quorum_count)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 99:
        errors.append(FieldError(f"{path}.quorum_count", "invalid_type",
                                 {"expected": "integer 1–99"}))
    notes = d.get("notes", "")
    if not isinstance(notes, str):
        errors.append(FieldError(f"{path}.notes", "invalid_type", {"expected": "string"}))
    if len(errors) > before:
        return None
    return MeetingRules(quorum, count, approval, notes)
