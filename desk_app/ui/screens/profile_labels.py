"""Translated labels for the organisation profile editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def labels() -> dict[str, str]:
    return {
        "name_ar": QCoreApplication.translate("Profile", "Name (Arabic)"),
        "name_en": QCoreApplication.translate("Profile", "Name (English)"),
        "licence_no": QCoreApplication.translate("Profile", "Licence number"),
        "city": QCoreApplication.translate("Profile", "City"),
        "phone": QCoreApplication.translate("Profile", "Phone"),
        "email": QCoreApplication.translate("Profile", "E-mail"),
        "website": QCoreApplication.translate("Profile", "Website"),
        "address": QCoreApplication.translate("Profile", "Address"),
        "logo": QCoreApplication.translate("Profile", "Logo"),
        "logo_png_b64": QCoreApplication.translate("Profile", "Logo"),
        "rule_kind": QCoreApplication.translate("Profile", "Response time counted in"),
        "rule_days": QCoreApplication.translate("Profile", "Response time (days)"),
        "rule_text": QCoreApplication.translate("Profile", "Response time as the policy words it"),
        "weekend": QCoreApplication.translate("Profile", "Weekend"),
        "review_period_months": QCoreApplication.translate("Profile", "Data review period (months)"),
        "age_calendar": QCoreApplication.translate("Profile", "Ages counted in"),
        "backup_max_age_hours": QCoreApplication.translate(
            "Profile", "Warn when the last good backup is older than (hours)"),
        "backup_copy_folder": QCoreApplication.translate(
            "Profile", "Second backup folder (a USB drive, a network folder)"),
        "declaration_ar": QCoreApplication.translate("Profile", "Declaration text"),
        "consent_ar": QCoreApplication.translate("Profile", "Consent text"),
        "consent_version": QCoreApplication.translate("Profile", "Consent text version"),
        "receipt_note_ar": QCoreApplication.translate("Profile", "Note printed on the receipt"),
        "code": QCoreApplication.translate("Profile", "Code (Latin)"),
        "for_complaints": QCoreApplication.translate("Profile", "Receives complaints"),
        "contact_officer": QCoreApplication.translate("Profile", "Contact officer"),
        "kind": QCoreApplication.translate("Profile", "Kind"),
        "limit_working_days": QCoreApplication.translate("Profile", "Time limit (working days)"),
        "holiday_date": QCoreApplication.translate("Profile", "Date (yyyy-mm-dd)"),
        "date": QCoreApplication.translate("Profile", "Date"),
        "days": QCoreApplication.translate("Profile", "Days"),
        "text_ar": QCoreApplication.translate("Profile", "Text"),
    }


def sections() -> dict[str, str]:
    return {
        "channels": QCoreApplication.translate("Profile", "Channels"),
        "categories": QCoreApplication.translate("Profile", "Categories"),
        "committees": QCoreApplication.translate("Profile", "Committees"),
        "complaint_categories": QCoreApplication.translate("Profile", "Complaint types"),
        "referral_targets": QCoreApplication.translate("Profile", "Referral to"),
        "holidays": QCoreApplication.translate("Profile", "Holidays"),
        "response_rule": QCoreApplication.translate("Profile", "Response time"),
        "texts": QCoreApplication.translate("Profile", "Texts"),
        "services": QCoreApplication.translate("Profile", "Services"),
        "study": QCoreApplication.translate("Profile", "Social study"),
        "aid": QCoreApplication.translate("Profile", "Aid given"),
    }


def rule_kinds() -> list[tuple[str, str]]:
    return [("working_days", QCoreApplication.translate("Profile", "Working days")),
            ("calendar_days", QCoreApplication.translate("Profile", "Calendar days")),
            ("custom", QCoreApplication.translate("Profile", "Set by the association"))]


def weekdays() -> list[str]:
    return [QCoreApplication.translate("Profile", "Monday"),
            QCoreApplication.translate("Profile", "Tuesday"),
            QCoreApplication.translate("Profile", "Wednesday"),
            QCoreApplication.translate("Profile", "Thursday"),
            QCoreApplication.translate("Profile", "Friday"),
            QCoreApplication.translate("Profile", "Saturday"),
            QCoreApplication.translate("Profile", "Sunday")]


def committee_kinds() -> dict[str, str]:
    return {"decision": QCoreApplication.translate("Profile", "Decision (competent committee)"),
            "follow_up": QCoreApplication.translate("Profile", "Follow-up"),
            "investigation": QCoreApplication.translate("Profile", "Investigation"),
            "research": QCoreApplication.translate("Profile", "Social research")}


def referral_kinds() -> dict[str, str]:
    return {"association": QCoreApplication.translate("Profile", "Another association"),
            "social_researcher": QCoreApplication.translate("Profile", "Social researcher"),
            "department": QCoreApplication.translate("Profile", "Concerned department")}


def profile_error(code: str) -> str:
    return {
        "required": QCoreApplication.translate("Profile", "required"),
        "invalid_type": QCoreApplication.translate("Profile", "wrong kind of value"),
        "invalid_code": QCoreApplication.translate("Profile", "codes use small Latin letters, digits and _ only"),
        "duplicate_code": QCoreApplication.translate("Profile", "this code is used twice"),
        "duplicate_value": QCoreApplication.translate("Profile", "this value is repeated"),
        "unknown_value": QCoreApplication.translate("Profile", "not one of the allowed values"),
        "unknown_committee": QCoreApplication.translate("Profile", "names a committee that does not exist"),
        "unknown_category": QCoreApplication.translate("Profile", "names a category that does not exist"),
        "out_of_range": QCoreApplication.translate("Profile", "out of the allowed range"),
        "all_days_weekend": QCoreApplication.translate("Profile", "all seven days cannot be weekend"),
        "invalid_date": QCoreApplication.translate("Profile", "not a date (write yyyy-mm-dd)"),
        "invalid_email": QCoreApplication.translate("Profile", "not an e-mail address"),
        "invalid_png": QCoreApplication.translate("Profile", "not a PNG image"),
        "admin_only": QCoreApplication.translate("Profile", "only an administrator can change the profile"),
    }.get(code, "")
