"""Translated words for request statuses, decisions, referral kinds and audited actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def statuses() -> dict[str, str]:
    return {
        "received": QCoreApplication.translate("Request", "Received"),
        "incomplete": QCoreApplication.translate("Request", "Incomplete"),
        "complete": QCoreApplication.translate("Request", "Complete"),
        "under_study": QCoreApplication.translate("Request", "Under study"),
        "committee": QCoreApplication.translate("Request", "Under committee study"),
        "accepted": QCoreApplication.translate("Request", "Accepted"),
        "rejected": QCoreApplication.translate("Request", "Rejected"),
        "referred": QCoreApplication.translate("Request", "Referred"),
        "served": QCoreApplication.translate("Request", "Served"),
        "withdrawn": QCoreApplication.translate("Request", "Withdrawn"),
        "closed": QCoreApplication.translate("Request", "Closed"),
    }


def decisions() -> list[tuple[str, str]]:
    return [
        ("accepted", QCoreApplication.translate("Request", "Accept")),
        ("rejected", QCoreApplication.translate("Request", "Reject")),
        ("referred", QCoreApplication.translate("Request", "Refer")),
    ]


def referral_kinds() -> list[tuple[str, str]]:
    return [
        ("association", QCoreApplication.translate("Request", "Another association (out of scope)")),
        ("social_researcher", QCoreApplication.translate("Request", "Social researcher")),
        ("department", QCoreApplication.translate("Request", "Concerned department")),
    ]


def study_outcomes() -> list[tuple[str, str]]:
    return [
        ("desk", QCoreApplication.translate("Request", "Back to the desk")),
        ("committee", QCoreApplication.translate("Request", "On to the committee")),
    ]


def actions() -> dict[str, str]:
    return {
        "request.create": QCoreApplication.translate("Request", "Request opened"),
        "request.verify_document": QCoreApplication.translate("Request", "Document verified"),
        "request.attach_scan": QCoreApplication.translate("Request", "Scan attached"),
        "request.send_to_committee": QCoreApplication.translate("Request", "Sent to the committee"),
        "request.withdraw": QCoreApplication.translate("Request", "Withdrawn"),
        "request.refer": QCoreApplication.translate("Request", "Referral"),
        "request.end_study": QCoreApplication.translate("Request", "Study ended"),
        "study.save": QCoreApplication.translate("Request", "Social study saved"),
        "request.decide": QCoreApplication.translate("Request", "Committee decision recorded"),
        "request.notify": QCoreApplication.translate("Request", "Beneficiary notified"),
        "request.serve": QCoreApplication.translate("Request", "Service given"),
        "request.close": QCoreApplication.translate("Request", "Closed"),
    }


def days_left(days: int | None, rule_kind: str) -> str:
    """"5 working days left" / "Due today" / "Overdue by 2 days"."""
    if days is None:
        return ""
    calendar = rule_kind == "calendar_days"
    if days > 0:
        return (QCoreApplication.translate("Request", "%1 days left") if calendar else
                QCoreApplication.translate("Request", "%1 working days left")).replace(
                    "%1", str(days))
    if days == 0:
        return QCoreApplication.translate("Request", "Due today")
    return (QCoreApplication.translate("Request", "Overdue by %1 days") if calendar else
            QCoreApplication.translate("Request", "Overdue by %1 working days")).replace(
                "%1", str(-days))
