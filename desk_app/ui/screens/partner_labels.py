"""People's words for partner requests: states, steps, study criteria, priority factors, regions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain import partners as rules
from desk_app.domain.organisations import REGIONS


def statuses() -> dict[str, str]:
    return {rules.REQUESTED: QCoreApplication.translate(
                "Partners", "Requested"),
            rules.STUDIED: QCoreApplication.translate(
                "Partners", "Studied"),
            rules.APPROVED: QCoreApplication.translate(
                "Partners", "Approved"),
            rules.REJECTED: QCoreApplication.translate(
                "Partners", "Not approved"),
            rules.AGREED: QCoreApplication.translate(
                "Partners", "Agreement signed"),
            rules.CLOSED: QCoreApplication.translate(
                "Partners", "Closed (evaluated)")}


def steps() -> dict[str, str]:
    return {"request": QCoreApplication.translate(
                "Partners", "Formal request"),
            "study": QCoreApplication.translate(
                "Partners", "Needs study"),
            "decision": QCoreApplication.translate(
                "Partners", "Decision"),
            "agreement": QCoreApplication.translate(
                "Partners", "Agreement"),
            "reports": QCoreApplication.translate(
                "Partners", "Impact report"),
            "evaluation": QCoreApplication.translate(
                "Partners", "Evaluation")}


def criteria() -> dict[str, str]:
    return {"scope": QCoreApplication.translate(
                "Partners", "The association's scope of work"),
            "target_numbers": QCoreApplication.translate(
                "Partners", "Number of target beneficiaries"),
            "infrastructure": QCoreApplication.translate(
                "Partners", "Readiness of its infrastructure"),
            "goal_fit": QCoreApplication.translate(
                "Partners", "Fit with our goals and operating plans")}


def factors() -> dict[str, str]:
    return {"impact": QCoreApplication.translate(
                "Partners", "Impact"),
            "regional_need": QCoreApplication.translate(
                "Partners", "Regional need"),
            "not_served_before": QCoreApplication.translate(
                "Partners", "Not served before")}


def roles() -> dict[str, str]:
    return {"admin": QCoreApplication.translate(
                "Partners", "Administrator"),
            "reception": QCoreApplication.translate(
                "Partners", "Reception"),
            "researcher": QCoreApplication.translate(
                "Partners", "Social researcher / empowerment team"),
            "committee": QCoreApplication.translate(
                "Partners", "Committee"),
            "manager": QCoreApplication.translate(
                "Partners", "Management")}


def regions(lang: str) -> list[tuple[str, str]]:
    return [(code, ar if lang == "ar" else en) for code, ar, en in REGIONS]


def explain(priority: rules.Priority | None) -> str:
    """«الأثر 33.3 + احتياج المنطقة 8.3 + لم تستفد سابقًا 33.3 = 75.0»: the score's terms."""
    if priority is None:
        return QCoreApplication.translate("Partners", "Not studied yet")
    names = factors()
    parts = [f"{names[t.factor]} {t.points:.1f}" for t in priority.terms]
    return " + ".join(parts) + f" = {priority.score:.1f}"
