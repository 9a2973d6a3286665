"""The beneficiary record as typed at the desk: validation and duplicate rules (R-INT-1, R-INT-2).

Screens keep what was typed as text in a :class:`BeneficiaryForm`; :func:`validate` turns it into
a clean :class:`BeneficiaryData` or a list of :class:`FieldError` — one per invalid field, so each
field can show its own message. Nothing here formats sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date

from desk_app.domain import calendar as cal
from desk_app.domain.arabic import name_similarity, normalize_name
from desk_app.domain.identifiers import (
    is_valid_saudi_id,
    mobile_error,
    normalize_mobile,
    saudi_id_kind,
    to_ascii_digits,
    validate_national_address,
)
from desk_app.domain.text_input import NAME_MAX, TEXT_MAX, clean_text, name_error, text_notices
from desk_app.domain.validation import FieldError

ID_TYPES = ("national_id", "iqama", "passport", "gcc_id", "other")
GENDERS = ("male", "female")
BENEFICIARY_TYPES = ("direct", "indirect")
#: A category whose code is a beneficiary type (Tuwaiq's «مستفيد مباشر» / «مستفيد غير مباشر»,
#: seed 003 §2) states the type: the category decides it, the type field follows (one source).
CALENDARS = ("gregorian", "hijri")
GCC = ("SA", "AE", "BH", "KW", "OM", "QA")
MAX_AGE_YEARS = 120
HIJRI_LOOKING_YEAR = 1600  # a "Gregorian" year before this was surely typed in Hijri
ADDRESS_TEXT_MAX = 100
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DOC_NUMBER = re.compile(r"^[A-Z0-9]{4,20}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass
class HouseholdForm:
    name: str = ""
    relation: str = ""
    birth_date: str = ""
    id_number: str = ""


def member_key(name: str, id_number: str) -> tuple[str, str]:
    """Who a household member is: the ID when given, else the name as normalised (two desks
    typing the same son meet here)."""
    return ("id", id_number) if id_number else ("name", normalize_name(name))


@dataclass
class BeneficiaryForm:
    """Everything the beneficiary form holds, as typed (strings), so nothing typed is lost."""

    first_name: str = ""
    father_name: str = ""
    grandfather_name: str = ""
    family_name: str = ""
    id_type: str = "national_id"
    id_number: str = ""
    id_country: str = "SA"
    nationality: str = "SA"
    gender: str = ""
    birth_date: str = ""
    birth_calendar: str = "gregorian"
    mobile: str = ""
    email: str = ""
    building_no: str = ""
    street: str = ""
    district: str = ""
    city: str = ""
    postal_code: str = ""
    additional_no: str = ""
    short_address: str = ""
    category_code: str = ""
    beneficiary_type: str = "direct"
    contact_channel_code: str = ""
    qualification: str = ""
    employment_status: str = ""
    notes: str = ""
    household: list[HouseholdForm] = field(default_factory=list)


@dataclass(frozen=True)
class HouseholdData:
    name: str
    relation: str
    birth_date: date | None
    id_number: str


@dataclass(frozen=True)
class BeneficiaryData:
    """A validated record, ready to store."""

    first_name: str
    father_name: str
    grandfather_name: str
    family_name: str
    id_type: str
    id_number: str
    id_country: str
    nationality: str
    gender: str
    birth_date: date | None
    birth_calendar: str
    mobile: str
    email: str
    building_no: str
    street: str
    district: str
    city: str
    postal_code: str
    additional_no: str
    short_address: str
    category_code: str
    beneficiary_type: str
    contact_channel_code: str
    qualification: str
    employment_status: str
    notes: str
    household: tuple[HouseholdData, ...] = ()

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.father_name, self.grandfather_name, self.family_name)

    @property
    def name_key(self) -> str:
        return normalize_name(self.full_name)


def full_name(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True)
class Vocabulary:
    """The codes the organisation profile allows (empty tuple = anything accepted)."""

    categories: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    qualifications: tuple[str, ...] = ()
    employment_statuses: tuple[str, ...] = ()
    # Categories for associations and organisations (registered as organisations, never as
    # persons): the profile's partner services name them (``ProfileData.organisation_categories``).
    organisation_categories: tuple[str, ...] = ()


ANY = Vocabulary()


def type_of(category_code: str, chosen_type: str) -> str:
    """The beneficiary type a record stores: the one its category states, else the one chosen."""
    return category_code if category_code in BENEFICIARY_TYPES else chosen_type


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _parse_birth_date(form: BeneficiaryForm, today: date) -> tuple[date | None, FieldError | None]:
    text = _clean(form.birth_date)
    if not text:
        return None, FieldError("birth_date", "required")
    if form.birth_calendar not in CALENDARS:
        return None, FieldError("birth_calendar", "invalid_choice")
    try:
        born = cal.parse_date_text(text, form.birth_calendar)
    except ValueError:
        return None, FieldError("birth_date", "invalid_date")
    if form.birth_calendar == "gregorian" and born.year < HIJRI_LOOKING_YEAR:
        return None, FieldError("birth_date", "looks_hijri")
    if born > today:
        return None, FieldError("birth_date", "in_future")
    if today.year - born.year > MAX_AGE_YEARS:
        return None, FieldError("birth_date", "too_old", {"max": MAX_AGE_YEARS})
    return born, None


def _check_identity(form: BeneficiaryForm, errors: list[FieldError]) -> tuple[str, str]:
    number = to_ascii_digits(form.id_number).replace(" ", "").upper()
    country = _clean(form.id_country).upper()
    if form.id_type not in ID_TYPES:
        errors.append(FieldError("id_type", "invalid_choice"))
        return number, country
    if not number:
        errors.append(FieldError("id_number", "required"))
        return number, country
    if form.id_type in ("national_id", "iqama"):
        country = "SA"
        expected = "citizen" if form.id_type == "national_id" else "resident"
        if not (number.isdigit() and len(number) == 10):
            errors.append(FieldError("id_number", "id_length"))
        elif not is_valid_saudi_id(number):
            errors.append(FieldError("id_number", "id_checksum"))
        elif saudi_id_kind(number) != expected:
            errors.append(FieldError("id_number", f"id_not_{expected}"))
        return number, country
    if not _COUNTRY.match(country):
        errors.append(FieldError("id_country", "required"))
    elif form.id_type == "gcc_id" and country not in GCC:
        errors.append(FieldError("id_country", "not_gcc"))
    if not _DOC_NUMBER.match(number):
        errors.append(FieldError("id_number", "document_number"))
    return number, country


def validate(
    form: BeneficiaryForm, today: date, vocab: Vocabulary = ANY
) -> tuple[BeneficiaryData | None, list[FieldError]]:
    """Check every field; return the clean record, or every error found (one per field)."""
    errors: list[FieldError] = []
    names = {f: _clean(getattr(form, f)) for f in
             ("first_name", "father_name", "grandfather_name", "family_name")}
    required_names = ("first_name", "family_name")
    if form.id_type in ("national_id", "iqama"):
        required_names = ("first_name", "father_name", "grandfather_name", "family_name")
    for key, value in names.items():
        if key in required_names and not value:
            errors.append(FieldError(key, "required"))
        elif value and (problem := name_error(value, key)) is not None:
            errors.append(problem)
    id_number, id_country = _check_identity(form, errors)
    nationality = _clean(form.nationality).upper()
    if form.id_type == "national_id":
        nationality = "SA"
    if not _COUNTRY.match(nationality):
        errors.append(FieldError("nationality", "required"))
    if form.gender not in GENDERS:
        errors.append(FieldError("gender", "required"))
    born, born_error = _parse_birth_date(form, today)
    if born_error:
        errors.append(born_error)
    mobile = ""
    if not _clean(form.mobile):
        errors.append(FieldError("mobile", "required"))
    else:
        problem = mobile_error(form.mobile)
        if problem is None:
            mobile = normalize_mobile(form.mobile)
        else:
            errors.append(FieldError("mobile", "mobile_landline" if problem == "landline"
                                     else "invalid_mobile"))
    email = _clean(clean_text(form.email)[0]).lower()
    if email and not _EMAIL.match(email):
        errors.append(FieldError("email", "invalid_email"))
    address = {k: to_ascii_digits(_clean(clean_text(getattr(form, k))[0])) for k in
               ("building_no", "street", "district", "city", "postal_code", "additional_no",
                "short_address")}
    notes = clean_text((form.notes or "").strip(), multiline=True)[0]
    for key in ("street", "district", "city"):
        if len(address[key]) > ADDRESS_TEXT_MAX:
            errors.append(FieldError(key, "too_long", {"max": ADDRESS_TEXT_MAX}))
    if len(notes) > TEXT_MAX:
        errors.append(FieldError("notes", "too_long", {"max": TEXT_MAX}))
    address["short_address"] = address["short_address"].replace(" ", "").upper()
    errors += validate_national_address(
        address["building_no"], address["street"], address["district"], address["city"],
        address["postal_code"], address["additional_no"], address["short_address"],
    )
    _check_choice(errors, "category_code", form.category_code, vocab.categories)
    if form.category_code and form.category_code in vocab.organisation_categories:
        errors.append(FieldError("category_code", "organisation_category"))
    _check_choice(errors, "contact_channel_code", form.contact_channel_code, vocab.channels)
    _check_choice(errors, "qualification", form.qualification, vocab.qualifications)
    _check_choice(errors, "employment_status", form.employment_status, vocab.employment_statuses)
    kind = type_of(form.category_code, form.beneficiary_type)
    if kind not in BENEFICIARY_TYPES:
        errors.append(FieldError("beneficiary_type", "invalid_choice"))
    household = _validate_household(form.household, today, errors)
    if errors:
        return None, errors
    return BeneficiaryData(
        **names, id_type=form.id_type, id_number=id_number, id_country=id_country,
        nationality=nationality, gender=form.gender, birth_date=born,
        birth_calendar=form.birth_calendar, mobile=mobile, email=email, **address,
        category_code=form.category_code, beneficiary_type=kind,
        contact_channel_code=form.contact_channel_code, qualification=form.qualification,
        employment_status=form.employment_status, notes=notes,
        household=household,
    ), []


def entry_notices(form: BeneficiaryForm) -> list[FieldError]:
    """``invisible_removed`` for each free-text field :func:`validate` cleans of invisible
    characters (bidi controls, private-use, zero-width…), to show beside the field."""
    fields = {k: getattr(form, k) for k in ("email", "street", "district", "city", "notes")}
    return text_notices(fields, multiline=frozenset({"notes"}))


def _check_choice(errors: list[FieldError], name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value and allowed and value not in allowed:
        errors.append(FieldError(name, "invalid_choice"))


def _validate_household(
    members: list[HouseholdForm], today: date, errors: list[FieldError]
) -> tuple[HouseholdData, ...]:
    out: list[HouseholdData] = []
    for i, m in enumerate(members):
        name, relation = _clean(m.name), _clean(m.relation)
        if not name and not relation and not m.birth_date and not m.id_number:
            continue  # an empty row left in the table
        where = f"household.{i}"
        if not name:
            errors.append(FieldError(where, "household_name_required", {"row": i + 1}))
        elif name_error(name, where, limit=4 * NAME_MAX) is not None:
            errors.append(FieldError(where, "household_name_invalid", {"row": i + 1}))
        if not relation:
            errors.append(FieldError(where, "household_relation_required", {"row": i + 1}))
        born = None
        if _clean(m.birth_date):
            try:
                born = cal.parse_date_text(_clean(m.birth_date), "gregorian")
            except ValueError:
                errors.append(FieldError(where, "household_birth_date", {"row": i + 1}))
            else:
                if born > today:
                    errors.append(FieldError(where, "household_birth_date", {"row": i + 1}))
        number = to_ascii_digits(m.id_number).strip()
        if number and number.isdigit() and len(number) == 10 and not is_valid_saudi_id(number):
            errors.append(FieldError(where, "household_id", {"row": i + 1}))
        out.append(HouseholdData(name, relation, born, number))
    return tuple(out)


# --- duplicates -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """What duplicate rules compare: an existing record or the one being registered."""

    id: str
    name_key: str
    id_type: str
    id_number: str
    id_country: str
    birth_date: date | None
    mobile: str


SIMILAR_NAME = 0.88
SIMILAR_PART = 0.75


def duplicate_reasons(new: Candidate, old: Candidate) -> list[str]:
    """Why ``old`` is likely the same person as ``new`` (empty list: not a likely duplicate).

    Rules: the same identity document; or the same (normalised) name with the same birth date
    or the same mobile; or a very similar name with the same birth date and mobile. Relatives
    often share one mobile, so a shared mobile alone never warns.
    """
    if new.id == old.id:
        return []
    reasons: list[str] = []
    if new.id_number and (new.id_type, new.id_country, new.id_number) == (
        old.id_type, old.id_country, old.id_number
    ):
        reasons.append("same_id")
    same_name = new.name_key == old.name_key
    same_birth = new.birth_date is not None and new.birth_date == old.birth_date
    same_mobile = bool(new.mobile) and new.mobile == old.mobile
    if same_name and same_birth:
        reasons.append("same_name_birth_date")
    if same_name and same_mobile:
        reasons.append("same_name_mobile")
    if not same_name and same_birth and same_mobile and similar_names(new.name_key, old.name_key):
        reasons.append("similar_name_birth_date_mobile")
    return reasons


def similar_names(a: str, b: str) -> bool:
    """Spelling variants of one name, part by part (a twin with another first name is not)."""
    pa, pb = a.split(), b.split()
    if len(pa) != len(pb) or name_similarity(a, b) < SIMILAR_NAME:
        return False
    return all(name_similarity(x, y) >= SIMILAR_PART for x, y in zip(pa, pb, strict=True))


FORM_FIELDS = tuple(f.name for f in fields(BeneficiaryForm) if f.name != "household")
