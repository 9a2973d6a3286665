"""Words for complaint codes (states, deadline states, timeline kinds, compensation kinds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain import complaints as rules
from desk_app.domain import workflows as wf


def states() -> dict[str, str]:
    return {
        wf.C_RECEIVED: QCoreApplication.translate("Complaints", "Received"),
        wf.C_ASSIGNED: QCoreApplication.translate("Complaints", "With the follow-up committee"),
        wf.C_UNDER_REVIEW: QCoreApplication.translate("Complaints", "Under review"),
        wf.C_ESCALATED: QCoreApplication.translate("Complaints", "Under investigation"),
        wf.C_RESOLVED_AMICABLY: QCoreApplication.translate("Complaints", "Settled amicably"),
        wf.C_RESOLVED_ACTION: QCoreApplication.translate("Complaints", "Resolved with action"),
        wf.C_REJECTED: QCoreApplication.translate("Complaints", "Rejected"),
        wf.C_CLOSED: QCoreApplication.translate("Complaints", "Closed"),
        wf.C_REOPENED: QCoreApplication.translate("Complaints", "Reopened on appeal"),
    }


def actions() -> dict[str, str]:
    """The button that moves a complaint to each state."""
    return {
        wf.C_ASSIGNED: QCoreApplication.translate("Complaints", "Assign to the follow-up committee"),
        wf.C_UNDER_REVIEW: QCoreApplication.translate("Complaints", "Start the review"),
        wf.C_ESCALATED: QCoreApplication.translate("Complaints", "Escalate to investigation"),
        wf.C_RESOLVED_AMICABLY: QCoreApplication.translate("Complaints", "Settled amicably"),
        wf.C_RESOLVED_ACTION: QCoreApplication.translate("Complaints", "Resolved with action"),
        wf.C_REJECTED: QCoreApplication.translate("Complaints", "Reject (with reason)"),
        wf.C_CLOSED: QCoreApplication.translate("Complaints", "Close"),
        wf.C_REOPENED: QCoreApplication.translate("Complaints", "Reopen on appeal"),
    }


def deadline_states() -> dict[str, str]:
    return {
        rules.ON_TIME: QCoreApplication.translate("Complaints", "On time"),
        rules.AT_RISK: QCoreApplication.translate("Complaints", "At risk"),
        rules.OVERDUE: QCoreApplication.translate("Complaints", "Overdue"),
        rules.MET: QCoreApplication.translate("Complaints", "Handled in time"),
        rules.LATE: QCoreApplication.translate("Complaints", "Handled late"),
    }


def event_kinds() -> dict[str, str]:
    return {
        "received": QCoreApplication.translate("Complaints", "Complaint received"),
        "status": QCoreApplication.translate("Complaints", "Status changed"),
        "attachment": QCoreApplication.translate("Complaints", "Attachment added"),
        "minutes": QCoreApplication.translate("Complaints", "Investigation minutes recorded"),
        "approval": QCoreApplication.translate("Complaints", "Minutes approved by a member"),
        "ruling": QCoreApplication.translate("Complaints", "Final ruling recorded"),
        "negotiation": QCoreApplication.translate("Complaints", "Negotiation with the beneficiary"),
        "compensation": QCoreApplication.translate("Complaints", "Compensation settled"),
    }


def compensation_kinds() -> dict[str, str]:
    return {"cash": QCoreApplication.translate("Complaints", "Cash"), "in_kind": QCoreApplication.translate("Complaints", "In kind"), "service": QCoreApplication.translate("Complaints", "Service"),
            "other": QCoreApplication.translate("Complaints", "Other")}


def grounds() -> dict[str, str]:
    return {rules.GROUNDS_MINUTES: QCoreApplication.translate("Complaints", "Approved investigation minutes"),
            rules.GROUNDS_RULING: QCoreApplication.translate("Complaints", "Final ruling")}
