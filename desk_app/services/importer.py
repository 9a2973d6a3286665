"""Import beneficiaries from a spreadsheet (.xlsx) or a CSV file.

The first row names the columns, in English or in Arabic (either name below; case, spaces,
underscores, hamza forms and taa marbuta do not matter). Unknown columns are ignored and listed
in the report. Row numbers in the report are the spreadsheet's (the header is row 1).

======================  ===============  ====================================================
Column (English)        Column (Arabic)  Values
======================  ===============  ====================================================
first_name              الاسم الأول      required
father_name             اسم الأب         required for national ID / iqama
grandfather_name        اسم الجد         required for national ID / iqama
family_name             اسم العائلة      required
id_type                 نوع الهوية       national_id, iqama, passport, gcc_id, other — or
                                         هوية وطنية، إقامة، جواز سفر، هوية خليجية، أخرى;
                                         blank: from the ID's first digit (1 national ID,
                                         2 iqama, otherwise passport)
id_number               رقم الهوية       required; national ID / iqama check digit verified
id_country              بلد الإصدار      ISO code (SA, EG…); passports and GCC IDs
nationality             الجنسية          ISO code; blank: SA for a national ID, else the
                                         issuing country
gender                  الجنس            male / female, ذكر / أنثى
birth_date              تاريخ الميلاد    dd/mm/yyyy (or yyyy-mm-dd, or an Excel date)
birth_calendar          التقويم          gregorian / hijri, ميلادي / هجري; blank: Hijri when
                                         the year is before 1600, else Gregorian
mobile                  الجوال           Saudi (05…, 5…, +966…) or international (+…, 00…)
email                   البريد الإلكتروني
building_no             رقم المبنى       4 digits
street                  الشارع
district                الحي
city                    المدينة
postal_code             الرمز البريدي    5 digits
additional_no           الرقم الإضافي    4 digits
short_address           العنوان المختصر  4 letters + 4 digits, e.g. RRRD2929
category                الفئة            a category code or name of the organisation profile
notes                   ملاحظات
======================  ===============  ====================================================

Every row is checked with the same rules as the registration form, and for duplicates: the
same identity document or the same name and birth date twice in the file, and likely
duplicates already in the registry. Such rows are rejected (an import cannot ask "is this the
same person?"; register them at the desk). Without ``skip_invalid`` the import is all or
nothing: one rejected row and nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desk_app.domain import beneficiary as rules
from desk_app.domain.arabic import normalize_name, to_ascii_digits
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.profile import EMPLOYMENT_STATUSES, QUALIFICATIONS, OrgProfile
from desk_app.services import import_files, import_write, installation, registry
from desk_app.services import profile as profile_service
from desk_app.services.import_files import (
    FileProblem,
    ImportReport,  # noqa: F401 - importer.ImportReport
    Limits,
    RejectedRow,
)
from desk_app.services.import_files import cell_text as _text
from desk_app.services.import_write import Checked
from desk_app.storage.db import Database
from desk_app.storage.repositories import bulk
from desk_app.storage.tables import Beneficiary

CHUNK = import_write.CHUNK

#: field → the header names accepted for it (English first, then Arabic).
HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": ("first_name", "first name", "الاسم الأول"),
    "father_name": ("father_name", "father name", "اسم الأب"),
    "grandfather_name": ("grandfather_name", "grandfather name", "اسم الجد"),
    "family_name": ("family_name", "family name", "last name", "اسم العائلة", "العائلة"),
    "id_type": ("id_type", "id type", "نوع الهوية"),
    "id_number": ("id_number", "id number", "national id", "رقم الهوية", "الهوية",
                  "رقم الإقامة"),
    "id_country": ("id_country", "id country", "بلد الإصدار", "جهة الإصدار"),
    "nationality": ("nationality", "الجنسية"),
    "gender": ("gender", "sex", "الجنس"),
    "birth_date": ("birth_date", "birth date", "date of birth", "تاريخ الميلاد"),
    "birth_calendar": ("birth_calendar", "calendar", "التقويم", "نوع التاريخ"),
    "mobile": ("mobile", "phone", "الجوال", "رقم الجوال", "الهاتف"),
    "email": ("email", "e-mail", "البريد الإلكتروني", "البريد"),
    "building_no": ("building_no", "building no", "building number", "رقم المبنى"),
    "street": ("street", "الشارع"),
    "district": ("district", "الحي"),
    "city": ("city", "المدينة"),
    "postal_code": ("postal_code", "postal code", "الرمز البريدي"),
    "additional_no": ("additional_no", "additional no", "additional number", "الرقم الإضافي"),
    "short_address": ("short_address", "short address", "العنوان المختصر"),
    "category_code": ("category", "category_code", "الفئة"),
    "contact_channel_code": ("channel", "contact_channel", "قناة التواصل"),
    "beneficiary_type": ("beneficiary_type", "نوع المستفيد"),
    "qualification": ("qualification", "المؤهل"),
    "employment_status": ("employment_status", "الحالة الوظيفية"),
    "notes": ("notes", "ملاحظات"),
}
REQUIRED_COLUMNS = ("first_name", "family_name", "id_number")

ID_TYPE_WORDS = {
    "هوية وطنية": "national_id", "الهوية الوطنية": "national_id", "هوية": "national_id",
    "اقامة": "iqama", "إقامة": "iqama", "جواز سفر": "passport", "جواز": "passport",
    "هوية خليجية": "gcc_id", "أخرى": "other", "اخرى": "other",
}
GENDER_WORDS = {"male": "male", "m": "male", "ذكر": "male", "female": "female", "f": "female",
                "أنثى": "female", "انثى": "female", "انثي": "female"}
CALENDAR_WORDS = {"gregorian": "gregorian", "ميلادي": "gregorian", "م": "gregorian",
                  "hijri": "hijri", "هجري": "hijri", "هـ": "hijri"}
_YEAR = re.compile(r"(\d{4})")


# --- reading --------------------------------------------------------------------------------

LIMITS = Limits()
_MULTILINE = {"notes"}
_MAX_LENGTH = {c.name: c.type.length for c in Beneficiary.__table__.columns
               if getattr(c.type, "length", None)}


def read_table(path: Path) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    """Header cells and the numbered data rows of a .xlsx or .csv file (within :data:`LIMITS`)."""
    return import_files.read_table(path, LIMITS)


def _header_key(text: str) -> str:
    return normalize_name(text.replace("_", " ").replace("-", " "))


_ALIASES = {_header_key(name): f for f, names in HEADERS.items() for name in names}


def map_columns(
    header: list[str], column_map: Mapping[str, str] | None
) -> tuple[dict[int, str], list[str]]:
    """Column index → field, and the headers nobody claimed (``column_map`` wins)."""
    overrides = {_header_key(k): v for k, v in (column_map or {}).items()}
    mapping: dict[int, str] = {}
    ignored = []
    for i, name in enumerate(header):
        key = _header_key(name)
        target = overrides.get(key, _ALIASES.get(key)) if key else None
        if target == "category":
            target = "category_code"
        if target and target in rules.FORM_FIELDS and target not in mapping.values():
            mapping[i] = target
        elif name:
            ignored.append(name)
    return mapping, ignored


# --- rows to forms ----------------------------------------------------------------------------

class _Vocabulary:
    """Codes from the profile, and the names people write instead of them."""

    def __init__(self, profile: OrgProfile | None):
        cats = profile.categories if profile else ()
        chans = profile.channels if profile else ()
        self.rules = rules.Vocabulary(tuple(c.code for c in cats), tuple(c.code for c in chans),
                                      tuple(QUALIFICATIONS), tuple(EMPLOYMENT_STATUSES),
                                      profile.organisation_categories if profile else ())
        self.words = {
            "category_code": _words((c.code, c.name_ar, c.name_en) for c in cats),
            "contact_channel_code": _words((c.code, c.name_ar, c.name_en) for c in chans),
            "qualification": _words((k, v) for k, v in QUALIFICATIONS.items()),
            "employment_status": _words((k, v) for k, v in EMPLOYMENT_STATUSES.items()),
        }


def vocabulary(profile: OrgProfile | None) -> _Vocabulary:
    """The profile's codes and the words people write for them (also read by online_import)."""
    return _Vocabulary(profile)


def _words(items: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, *names in items:
        for name in (code, *names):
            out[_header_key(name)] = code
    return out


def to_form(values: dict[str, str], vocab: _Vocabulary) -> BeneficiaryForm:
    """A row's cells as the registration form would hold them."""
    form = BeneficiaryForm()
    for name, value in values.items():
        setattr(form, name, value)
    form.id_number = to_ascii_digits(values.get("id_number", "")).replace(" ", "")
    id_type = values.get("id_type", "").strip()
    if id_type:
        form.id_type = ID_TYPE_WORDS.get(id_type, id_type.lower().replace(" ", "_"))
    else:
        first = form.id_number[:1]
        form.id_type = {"1": "national_id", "2": "iqama"}.get(first, "passport")
    form.id_country = values.get("id_country", "").upper() or "SA"
    nationality = values.get("nationality", "").upper()
    if not nationality and form.id_type in ("national_id",):
        nationality = "SA"
    elif not nationality and form.id_type in ("passport", "gcc_id", "other"):
        nationality = form.id_country
    form.nationality = nationality
    gender = values.get("gender", "")
    form.gender = GENDER_WORDS.get(gender.lower(), gender)
    calendar = values.get("birth_calendar", "")
    if calendar:
        form.birth_calendar = CALENDAR_WORDS.get(calendar.lower(), calendar)
    else:
        year = _YEAR.search(to_ascii_digits(values.get("birth_date", "")))
        form.birth_calendar = "hijri" if year and int(year.group(1)) < 1600 else "gregorian"
    for name, words in vocab.words.items():
        value = values.get(name, "")
        if value:
            setattr(form, name, words.get(_header_key(value), value))
    if values.get("beneficiary_type"):
        form.beneficiary_type = {"مباشر": "direct", "غير مباشر": "indirect"}.get(
            values["beneficiary_type"], values["beneficiary_type"].lower())
    return form


# --- checking -------------------------------------------------------------------------------

def _cell_problems(number: int, values: dict[str, str]) -> list[RejectedRow]:
    """Bytes that were not text in the file's encoding, and text longer than its column."""
    found = []
    for name, value in values.items():
        if import_files.BAD_CHARACTER in value:
            found.append(RejectedRow(number, name, "bad_encoding"))
        elif name in _MAX_LENGTH and len(value) > _MAX_LENGTH[name]:
            found.append(RejectedRow(number, name, "too_long", str(_MAX_LENGTH[name])))
    return found


def _check_rows(
    db: Database, rows: Iterator[tuple[int, list[Any]]], mapping: dict[int, str],
    vocab: _Vocabulary, report: ImportReport,
) -> list[Checked]:
    today = db.clock().date()
    good: list[Checked] = []
    seen_ids: dict[tuple[str, str, str], int] = {}
    seen_people: dict[tuple[str, date | None], int] = {}
    for number, cells in rows:
        values = {f: import_files.clean(_text(cells[i]), f in _MULTILINE) if i < len(cells)
                  else "" for i, f in mapping.items()}
        if not any(values.values()):
            continue
        report.rows += 1
        problems = _cell_problems(number, values)
        if problems:
            report.rejected += problems
            continue
        data, errors = rules.validate(to_form(values, vocab), today, vocab.rules)
        if errors or data is None:
            report.rejected += [RejectedRow(number, e.field, e.code) for e in errors]
            continue
        identity = (data.id_type, data.id_country, data.id_number)
        person = (data.name_key, data.birth_date)
        first = seen_ids.get(identity) or seen_people.get(person)
        if first:
            report.rejected.append(RejectedRow(number, "id_number" if identity in seen_ids
                                               else "first_name", "duplicate_in_file",
                                               f"same person as row {first}"))
            report.duplicates.append({"row": number, "in": "file", "other_row": first,
                                      "reasons": ["same_id" if identity in seen_ids
                                                  else "same_name_birth_date"]})
            continue
        seen_ids[identity], seen_people[person] = number, number
        found = registry.find_duplicates(db, data)
        if found:
            reasons = sorted({r for d in found for r in d.reasons})
            code = "id_taken" if "same_id" in reasons else "possible_duplicate"
            report.rejected.append(RejectedRow(number, "id_number" if code == "id_taken"
                                               else "first_name", code,
                                               ", ".join(d.summary.file_number for d in found)))
            report.duplicates.append({"row": number, "in": "registry", "reasons": reasons,
                                      "file_numbers": [d.summary.file_number for d in found]})
            continue
        good.append(Checked(number, data))
    return good


def import_beneficiaries(
    db: Database, path: str | Path, *, skip_invalid: bool = False, actor_name: str = "import",
    column_map: Mapping[str, str] | None = None, actor: Actor | None = None,
) -> ImportReport:
    """Check every row of the file, then write the good ones (all of them, or none).

    Args:
        db: the database.
        path: a .xlsx or .csv file (UTF-8 with or without BOM, or Windows Arabic cp1256).
        skip_invalid: write the valid rows even if others are rejected (in transactions of
            :data:`CHUNK` rows); otherwise one rejected row means nothing is written.
        actor_name: recorded in the audit trail when no ``actor`` is given.
        column_map: header → field overrides from the column-mapping step (field names as in
            :class:`BeneficiaryForm`; ``category`` is accepted for ``category_code``).
        actor: the signed-in staff member doing the import.

    Returns:
        The report; ``report.ok`` is False when any row (or the file) was rejected.
    """
    report = ImportReport(str(path))
    who = actor or Actor(None, actor_name or "import", "system")
    try:
        header, rows = read_table(Path(path))
        mapping, report.ignored_columns = map_columns(header, column_map)
        missing = [f for f in REQUIRED_COLUMNS if f not in mapping.values()]
        if missing:
            raise FileProblem(missing[0], "missing_column", ", ".join(missing))
        if not installation.is_initialised(db):
            raise FileProblem("database", "not_initialised")
    except FileProblem as problem:
        report.rejected.append(problem.problem)
        return report
    vocab = _Vocabulary(profile_service.current(db))
    with db.read() as s:
        since = bulk.max_seq(s)  # who was registered when the rows were checked
    try:
        good = _check_rows(db, rows, mapping, vocab, report)
    except FileProblem as problem:  # broken half-way, or past the row limit: nothing written
        report.rejected.append(problem.problem)
        return report
    if (report.rejected and not skip_invalid) or not good:
        return report
    import_write.write_all(db, who, installation.get(db).branch_code, good, report, skip_invalid,
                           since)
    return report


@dataclass(frozen=True)
class ColumnPreview:
    """What the column-mapping step shows: the file's headers, the guessed field of each
    (``""``: ignored) and the first data rows."""

    header: list[str]
    guessed: list[str]
    sample: list[list[str]]


def preview_columns(path: str | Path, sample_rows: int = 3) -> ColumnPreview:
    """Read only the header and a few rows; raises FileProblem for an unusable file."""
    header, rows = read_table(Path(path))
    mapping, _ignored = map_columns(header, None)
    sample: list[list[str]] = []
    for _number, cells in rows:
        if len(sample) >= sample_rows:
            break
        if any(_text(c) for c in cells):
            sample.append([_text(c) for c in cells])
    return ColumnPreview(header, [mapping.get(i, "") for i in range(len(header))], sample)
