"""Translated labels for beneficiary fields and choices, shared by the form and its history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    return {
        "first_name": QCoreApplication.translate("Beneficiary", "First name"),
        "father_name": QCoreApplication.translate("Beneficiary", "Father's name"),
        "grandfather_name": QCoreApplication.translate("Beneficiary", "Grandfather's name"),
        "family_name": QCoreApplication.translate("Beneficiary", "Family name"),
        "id_type": QCoreApplication.translate("Beneficiary", "Identity document"),
        "id_number": QCoreApplication.translate("Beneficiary", "Document number"),
        "id_country": QCoreApplication.translate("Beneficiary", "Issuing country"),
        "nationality": QCoreApplication.translate("Beneficiary", "Nationality"),
        "gender": QCoreApplication.translate("Beneficiary", "Gender"),
        "birth_date": QCoreApplication.translate("Beneficiary", "Date of birth"),
        "birth_calendar": QCoreApplication.translate("Beneficiary", "Calendar"),
        "mobile": QCoreApplication.translate("Beneficiary", "Mobile number"),
        "email": QCoreApplication.translate("Beneficiary", "E-mail"),
        "building_no": QCoreApplication.translate("Beneficiary", "Building no."),
        "street": QCoreApplication.translate("Beneficiary", "Street"),
        "district": QCoreApplication.translate("Beneficiary", "District"),
        "city": QCoreApplication.translate("Beneficiary", "City"),
        "postal_code": QCoreApplication.translate("Beneficiary", "Postal code"),
        "additional_no": QCoreApplication.translate("Beneficiary", "Additional no."),
        "short_address": QCoreApplication.translate("Beneficiary", "Short address"),
        "category_code": QCoreApplication.translate("Beneficiary", "Category"),
        "beneficiary_type": QCoreApplication.translate("Beneficiary", "Beneficiary type"),
        "contact_channel_code": QCoreApplication.translate("Beneficiary", "Preferred contact channel"),
        "qualification": QCoreApplication.translate("Beneficiary", "Qualification"),
        "employment_status": QCoreApplication.translate("Beneficiary", "Employment status"),
        "notes": QCoreApplication.translate("Beneficiary", "Notes"),
        "file_number": QCoreApplication.translate("Beneficiary", "File number"),
        "data_reviewed_on": QCoreApplication.translate("Beneficiary", "Data reviewed on"),
        "household": QCoreApplication.translate("Beneficiary", "Household members"),
    }


def id_types() -> list[tuple[str, str]]:
    return [
        ("national_id", QCoreApplication.translate("Beneficiary", "National ID")),
        ("iqama", QCoreApplication.translate("Beneficiary", "Iqama (residence permit)")),
        ("passport", QCoreApplication.translate("Beneficiary", "Passport")),
        ("gcc_id", QCoreApplication.translate("Beneficiary", "GCC ID")),
        ("other", QCoreApplication.translate("Beneficiary", "Other document")),
    ]


def genders() -> list[tuple[str, str]]:
    return [("male", QCoreApplication.translate("Beneficiary", "Male")), ("female", QCoreApplication.translate("Beneficiary", "Female"))]


def beneficiary_types() -> list[tuple[str, str]]:
    return [("direct", QCoreApplication.translate("Beneficiary", "Direct beneficiary")),
            ("indirect", QCoreApplication.translate("Beneficiary", "Indirect beneficiary"))]


def duplicate_reasons() -> dict[str, str]:
    return {
        "same_id": QCoreApplication.translate("Beneficiary", "same identity document"),
        "same_name_birth_date": QCoreApplication.translate("Beneficiary", "same name and date of birth"),
        "same_name_mobile": QCoreApplication.translate("Beneficiary", "same name and mobile"),
        "similar_name_birth_date_mobile": QCoreApplication.translate("Beneficiary", "similar name, same date of birth and mobile"),
    }
