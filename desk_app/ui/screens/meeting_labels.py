"""Words of the committee-meetings screen: decisions, modes, meeting states and the refusals
the meeting services give (codes → sentences, in the interface language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.ui.messages import field_message


def decisions() -> dict[str, str]:
    return {"": QCoreApplication.translate("Meetings", "— not in this meeting —"), "accepted": QCoreApplication.translate("Meetings", "Accept"),
            "rejected": QCoreApplication.translate("Meetings", "Reject"), "postponed": QCoreApplication.translate("Meetings", "Postpone")}


def modes() -> dict[str, str]:
    return {"in_person": QCoreApplication.translate("Meetings", "In person"), "remote": QCoreApplication.translate("Meetings", "Remote")}


def statuses() -> dict[str, str]:
    return {"open": QCoreApplication.translate("Meetings", "Set up — no decisions yet"), "decided": QCoreApplication.translate("Meetings", "Decided — minutes awaiting approval"),
            "approved": QCoreApplication.translate("Meetings", "Minutes approved")}


def quorum_rules() -> dict[str, str]:
    return {"majority": QCoreApplication.translate("Meetings", "Quorum: more than half the members"),
            "count": QCoreApplication.translate("Meetings", "Quorum: at least this many members"),
            "all": QCoreApplication.translate("Meetings", "Quorum: every member")}


def approval_rules() -> dict[str, str]:
    return {"all_present": QCoreApplication.translate("Meetings", "Minutes approved by every member present"),
            "majority_present": QCoreApplication.translate("Meetings", "Minutes approved by more than half of those present")}


def _codes() -> dict[str, str]:
    return {
        "no_quorum": QCoreApplication.translate("Meetings", "The meeting lacks its quorum: %1 members present, %2 needed. No decision was recorded; a meeting without quorum cannot decide."),
        "agenda_changed": QCoreApplication.translate("Meetings", "Another desk changed these requests since the agenda was shown: %1. Nothing of this meeting's decisions was recorded; the agenda was read again — check them and record again."),
        "already_decided": QCoreApplication.translate("Meetings", "This meeting's decisions are already recorded."),
        "not_decided": QCoreApplication.translate("Meetings", "Record the meeting's decisions first."),
        "wrong_member_password": QCoreApplication.translate("Meetings", "The password is not this member's. The minutes were not approved."),
        "not_present": QCoreApplication.translate("Meetings", "Only a member present at the meeting approves its minutes."),
        "already_approved": QCoreApplication.translate("Meetings", "This member has already approved the minutes."),
        "account_locked": QCoreApplication.translate("Meetings", "This member's account is locked after repeated wrong passwords; the administrator can unlock it."),
        "sign_in_wait": QCoreApplication.translate("Meetings", "Too many wrong passwords: wait a moment before trying again."),
        "items_required": QCoreApplication.translate("Meetings", "Choose a decision for at least one request of the agenda."),
        "reason_required": QCoreApplication.translate("Meetings", "Request %1: a rejection or a postponement needs its reason."),
        "members_required": QCoreApplication.translate("Meetings", "Tick the members present."),
    }


def message(error: FieldError, numbers: list[str] | None = None) -> str:
    """The sentence for one refusal; ``numbers`` are the agenda's request numbers by row."""
    codes = _codes()
    p = error.params
    if error.code == "no_quorum":
        return codes["no_quorum"].replace("%1", str(p["present"])).replace("%2", str(p["needed"]))
    if error.code == "agenda_changed":
        return codes["agenda_changed"].replace("%1", str(p["numbers"]))
    if error.field == "items" and error.code == "required":
        return codes["items_required"]
    if error.field == "members" and error.code == "required":
        return codes["members_required"]
    if error.field.startswith("items.") and error.field.endswith(".reason"):
        i = int(error.field.split(".")[1])
        number = numbers[i] if numbers and i < len(numbers) else str(i + 1)
        return codes["reason_required"].replace("%1", number)
    return codes.get(error.code) or field_message(error)


def messages(exc: ValidationFailed, numbers: list[str] | None = None) -> str:
    return "\n".join(dict.fromkeys(message(e, numbers) for e in exc.errors))
