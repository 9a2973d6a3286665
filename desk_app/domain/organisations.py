"""Organisations as beneficiaries: associations and non-profit bodies a programme serves (seed 003).

An organisation is not a person: it has no gender or birth date but a licence number with its
regulator (the National Center for Non-Profit Sector, a ministry…), a region and city from its
national address, a field of activity and a contact person. Its duplicate rule is its own: two
records with the same licence number are the same body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from desk_app.domain.arabic import normalize_name, to_ascii_digits
from desk_app.domain.identifiers import (
    is_valid_iban,
    mobile_error,
    normalize_iban,
    normalize_mobile,
)
from desk_app.domain.text_input import clean_text, name_error
from desk_app.domain.validation import FieldError

# The kingdom's thirteen administrative regions (the national address names one of them).
REGIONS: tuple[tuple[str, str, str], ...] = (
    ("riyadh", "منطقة الرياض", "Riyadh"),
    ("makkah", "منطقة مكة المكرمة", "Makkah"),
    ("madinah", "منطقة المدينة المنورة", "Madinah"),
    ("qassim", "منطقة القصيم", "Qassim"),
    ("eastern", "المنطقة الشرقية", "Eastern Province"),
    ("asir", "منطقة عسير", "Asir"),
    ("tabuk", "منطقة تبوك", "Tabuk"),
    ("hail", "منطقة حائل", "Hail"),
    ("northern_borders", "منطقة الحدود الشمالية", "Northern Borders"),
    ("jazan", "منطقة جازان", "Jazan"),
    ("najran", "منطقة نجران", "Najran"),
    ("baha", "منطقة الباحة", "Al-Baha"),
    ("jouf", "منطقة الجوف", "Al-Jouf"),
)
REGION_CODES = frozenset(code for code, _ar, _en in REGIONS)
_LICENCE = re.compile(r"^[0-9A-Za-z\-/]{1,30}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def region_name(code: str, lang: str = "ar") -> str:
    for c, ar, en in REGIONS:
        if c == code:
            return ar if lang == "ar" else en
    return code


@dataclass
class OrganisationForm:
    """What the registration form holds, as typed."""

    name: str = ""
    licence_no: str = ""
    regulator: str = ""
    region: str = ""
    city: str = ""
    field_of_activity: str = ""
    contact_person: str = ""
    mobile: str = ""
    email: str = ""
    iban: str = ""


@dataclass(frozen=True)
class OrganisationData:
    """A valid organisation, normalised (mobile in E.164, IBAN compact, licence in ASCII)."""

    name: str
    licence_no: str
    regulator: str
    region: str
    city: str
    field_of_activity: str
    contact_person: str
    mobile: str
    email: str
    iban: str

    @property
    def name_key(self) -> str:
        return normalize_name(self.name)


FORM_FIELDS = tuple(f.name for f in fields(OrganisationForm))


def normalize_licence(text: str) -> str:
    return "".join(to_ascii_digits(text or "").split()).upper()


def validate(form: OrganisationForm) -> tuple[OrganisationData | None, list[FieldError]]:
    """Every problem of the form (field, code), or the normalised data."""
    values = {f: clean_text(getattr(form, f))[0].strip() for f in FORM_FIELDS}
    errors: list[FieldError] = []
    if not values["name"]:
        errors.append(FieldError("name", "required"))
    elif len(values["name"]) > 200:
        errors.append(FieldError("name", "too_long", {"max": 200}))
    if not values["contact_person"]:
        errors.append(FieldError("contact_person", "required"))
    elif (e := name_error(values["contact_person"], "contact_person", 120)) is not None:
        errors.append(e)
    for f in ("city", "field_of_activity"):
        if not values[f]:
            errors.append(FieldError(f, "required"))
    licence = normalize_licence(values["licence_no"])
    if not licence:
        errors.append(FieldError("licence_no", "required"))
    elif not _LICENCE.match(licence):
        errors.append(FieldError("licence_no", "invalid_licence"))
    if values["region"] not in REGION_CODES:
        errors.append(FieldError("region", "required"))
    mobile = ""
    if not values["mobile"]:
        errors.append(FieldError("mobile", "required"))
    elif (m := mobile_error(values["mobile"])) is not None:
        errors.append(FieldError("mobile", "mobile_landline" if m == "landline"
                                 else "invalid_mobile"))
    else:
        mobile = normalize_mobile(values["mobile"])
    if values["email"] and not _EMAIL.match(values["email"]):
        errors.append(FieldError("email", "invalid_email"))
    iban = normalize_iban(values["iban"]) if values["iban"] else ""
    if iban and not is_valid_iban(iban):
        errors.append(FieldError("iban", "invalid_iban"))
    if errors:
        return None, errors
    return OrganisationData(
        name=values["name"], licence_no=licence, regulator=values["regulator"],
        region=values["region"], city=values["city"],
        field_of_activity=values["field_of_activity"], contact_person=values["contact_person"],
        mobile=mobile, email=values["email"].lower(), iban=iban), []


DATA_FIELDS = tuple(f.name for f in fields(OrganisationData))
