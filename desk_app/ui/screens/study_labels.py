"""Words of the social study screen: the choices of its fields (one line each, so lupdate
finds every string)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def visit_kinds() -> list[tuple[str, str]]:
    return [
        ("home", QCoreApplication.translate("Study", "Home visit")),
        ("office", QCoreApplication.translate("Study", "Interview at the association")),
        ("phone", QCoreApplication.translate("Study", "Phone call")),
    ]


def housing_kinds() -> list[tuple[str, str]]:
    return [
        ("owned", QCoreApplication.translate("Study", "Owned")),
        ("rented", QCoreApplication.translate("Study", "Rented")),
        ("with_relatives", QCoreApplication.translate("Study", "With relatives")),
        ("other", QCoreApplication.translate("Study", "Other")),
    ]


def income_sources() -> dict[str, str]:
    return {
        "salary": QCoreApplication.translate("Study", "Salary or wage"),
        "social_security": QCoreApplication.translate("Study", "Social security"),
        "pension": QCoreApplication.translate("Study", "Pension"),
        "other": QCoreApplication.translate("Study", "Other income"),
    }


def expense_items() -> dict[str, str]:
    return {
        "rent": QCoreApplication.translate("Study", "Rent"),
        "utilities": QCoreApplication.translate("Study", "Electricity, water and services"),
        "debts": QCoreApplication.translate("Study", "Instalments and debts"),
        "other": QCoreApplication.translate("Study", "Other expenses"),
    }
