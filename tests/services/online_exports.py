"""A web form's export as people send it: 200 submissions with Arabic and English headers,
people already registered, likely matches, the same person twice, IDs typed wrong, complaints.

``build`` writes the file and returns what each row should become, written out by hand per
group (never derived from the code under test)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry

HEADER = ["Timestamp", "الاسم الأول", "اسم الأب", "اسم الجد", "Family name", "رقم الهوية",
          "Date of birth", "الجنس", "Mobile", "الخدمة", "تفاصيل الطلب", "نوع الطلب", "الموافقة",
          "How did you hear about us?"]
FIRST = ["محمد", "فاطمة", "عبدالله", "نورة", "خالد", "سارة", "فهد", "منى", "سلطان", "ريم"]
FAMILY = ["العتيبي", "القحطاني", "الشهري", "الغامدي", "الزهراني", "الدوسري", "المطيري",
          "الحربي"]


@dataclass
class Expected:
    rows: list[list[str]] = field(default_factory=list)
    match: dict[int, str] = field(default_factory=dict)  # spreadsheet row → match
    file_of: dict[int, str] = field(default_factory=dict)  # row → registered beneficiary id
    duplicate_of: dict[int, int] = field(default_factory=dict)
    kind: dict[int, str] = field(default_factory=dict)


def _person(n: int) -> tuple[str, str, str, str, str, str, str]:
    gender = "ذكر" if n % 2 == 0 else "أنثى"
    return (FIRST[n % len(FIRST)], "سعد", "ناصر", f"{FAMILY[n % len(FAMILY)]}{'ي' * ((n // 40) % 4)}",
            make_saudi_id(1, f"{50000000 + n:08d}"), f"{1 + n % 28:02d}/0{1 + n % 9}/19{60 + n % 40}",
            gender)


def _row(n: int, when: datetime, person, kind: str = "طلب خدمة") -> list[str]:
    first, father, grand, family, id_no, born, gender = person
    return [when.strftime("%d/%m/%Y %H:%M:%S"), first, father, grand, family, id_no, born,
            gender, f"055{n:07d}", "طلب دعم", f"أحتاج دعمًا رقم {n}", kind, "نعم", "تويتر"]


def build(db, actor, path: Path, start: datetime) -> Expected:
    exp = Expected()
    registered = {}
    for n in range(1000, 1030):  # 30 people already in the registry, then sending the form
        first, father, grand, family, id_no, born, gender = _person(n)
        registered[n] = registry.register(db, actor, BeneficiaryForm(
            first_name=first, father_name=father, grandfather_name=grand, family_name=family,
            id_number=id_no, birth_date=born, gender="male" if gender == "ذكر" else "female",
            mobile=f"056{n:07d}"), branch_code="RYD").id
    plan = ([("new", n) for n in range(120)] + [("matched", n) for n in range(1000, 1030)]
            + [("likely", n) for n in range(1030, 1040)] + [("invalid", n) for n in range(20)]
            + [("duplicate", n) for n in range(15)] + [("complaint", n) for n in range(2000, 2005)])
    for i, (what, n) in enumerate(plan):
        row_no, when = i + 2, start + timedelta(minutes=7 * i)
        person = _person(n)
        if what == "likely":  # a registered person's name and birth date, another (valid) ID
            base = list(_person(n - 30))
            base[4] = make_saudi_id(1, f"{70000000 + n:08d}")
            person = tuple(base)
            exp.file_of[row_no] = registered[n - 30]
        if what == "invalid":
            base = list(_person(3000 + n))
            base[4] = base[4][:-1] + str((int(base[4][-1]) + 1) % 10)  # a wrong check digit
            person = tuple(base)
        if what == "matched":
            exp.file_of[row_no] = registered[n]
        if what == "duplicate":
            exp.duplicate_of[row_no] = n + 2  # the row where this person sent it first
        exp.rows.append(_row(n, when, person, "شكوى" if what == "complaint" else "طلب خدمة"))
        exp.match[row_no] = {"complaint": "new"}.get(what, what)
        exp.kind[row_no] = "complaint" if what == "complaint" else "request"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([HEADER, *exp.rows])
    return exp
