"""Spreadsheet import: rules of the form, duplicates, all-or-nothing, Arabic headers, the CLI."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import importer, registry
from desk_app.storage.tables import AuditEvent, Beneficiary
from tests.services.conftest import ADMIN_PASSWORD, ADMIN_USER

HEADER = ["first_name", "father_name", "grandfather_name", "family_name", "id_number",
          "nationality", "id_country", "gender", "birth_date", "mobile", "category", "city"]
AR_HEADER = ["الاسم الأول", "اسم الأب", "اسم الجد", "اسم العائلة", "رقم الهوية", "الجنسية",
             "بلد الإصدار", "الجنس", "تاريخ الميلاد", "الجوال", "الفئة", "المدينة"]

CITIZEN = make_saudi_id(1, "23456789")
RESIDENT = make_saudi_id(2, "34567890")
REGISTERED = make_saudi_id(1, "87654321")
BAD_CHECKSUM = CITIZEN[:-1] + str((int(CITIZEN[-1]) + 1) % 10)

GOOD = [
    ["أحمد", "محمد", "عبدالله", "القحطاني", CITIZEN, "", "", "ذكر", "01/02/1985",
     "0501234567", "individual", "الرياض"],
    ["فاطمة", "علي", "حسن", "المصري", RESIDENT, "EG", "", "أنثى", "15/03/1405",
     "+966 55 123 4567", "مستفيد فرد", "جدة"],
    ["Imran", "", "", "Khan", "AB1234567", "PK", "PK", "male", "1990-07-20",
     "+92 300 1234567", "family", ""],
]
BAD = [
    ["سعد", "خالد", "ناصر", "العتيبي", BAD_CHECKSUM, "", "", "male", "01/01/1980",
     "0509876543", "", ""],                                                    # row 5
    ["ليلى", "موسى", "يحيى", "الشمري", make_saudi_id(1, "11112222"), "", "", "female",
     "02/02/1992", "0521234567", "", ""],                                       # row 6: 052
    ["احمد", "محمد", "عبد الله", "القحطاني", CITIZEN, "", "", "male", "01/02/1985",
     "0501234567", "", ""],                                                     # row 7: dup
    ["مريم", "سالم", "سعيد", "الدوسري", REGISTERED, "", "", "female", "03/03/1993",
     "0561112222", "", ""],                                                     # row 8: registry
]


def _csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8-sig"):
    with path.open("w", newline="", encoding=encoding) as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _xlsx(path: Path, header: list[str], rows: list[list]):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        cells = list(row)
        if cells[4].isdigit():
            cells[4] = int(cells[4])  # IDs typed as numbers
        if cells[8] == "01/02/1985":
            cells[8] = datetime(1985, 2, 1)  # an Excel date cell
        sheet.append(cells)
    book.save(path)
    return path


@pytest.fixture
def registered(db, admin):
    form = BeneficiaryForm(first_name="مريم", father_name="سالم", grandfather_name="سعيد",
                           family_name="الدوسري", id_number=REGISTERED, gender="female",
                           birth_date="03/03/1993", mobile="0561112222")
    return registry.register(db, admin, form, branch_code="HQ")


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Beneficiary))


def _codes(report) -> set[tuple[int, str, str]]:
    return {(r.row, r.field, r.code) for r in report.rejected}


EXPECTED = {(5, "id_number", "id_checksum"), (6, "mobile", "invalid_mobile"),
            (7, "id_number", "duplicate_in_file"), (8, "id_number", "id_taken")}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_bad_rows_mean_nothing_is_written(db, registered, tmp_path, kind):
    make = _csv if kind == "csv" else _xlsx
    path = make(tmp_path / f"people.{kind}", HEADER, GOOD + BAD)
    report = importer.import_beneficiaries(db, path, skip_invalid=False, actor_name="tester")
    assert not report.ok
    assert report.imported == 0 and report.rows == 7
    assert _codes(report) == EXPECTED
    assert {d["in"] for d in report.duplicates} == {"file", "registry"}
    assert _count(db) == 1
    assert "row 5: id_number: id_checksum" in report.summary()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_skip_invalid_imports_only_the_good_rows(db, registered, tmp_path, kind):
    make = _csv if kind == "csv" else _xlsx
    path = make(tmp_path / f"people.{kind}", HEADER, GOOD + BAD)
    report = importer.import_beneficiaries(db, path, skip_invalid=True, actor_name="tester")
    assert report.imported == 3 and _codes(report) == EXPECTED and not report.ok
    assert report.file_numbers == ["HQ-000002", "HQ-000003", "HQ-000004"]
    people = {r.id_number: r for r in registry.search(db, "1").rows + registry.search(db, "2").rows}
    assert CITIZEN in people and RESIDENT in people
    with db.read() as s:
        row = s.scalar(select(Beneficiary).where(Beneficiary.id_number == RESIDENT))
        assert (row.gender, row.nationality, row.category_code) == ("female", "EG", "individual")
        assert row.birth_date == date(1984, 12, 7)  # 15/03/1405 AH
        visitor = s.scalar(select(Beneficiary).where(Beneficiary.id_number == "AB1234567"))
        assert (visitor.id_type, visitor.mobile) == ("passport", "+923001234567")
        events = list(s.scalars(select(AuditEvent)
                                .where(AuditEvent.action == "beneficiary.import")))
    assert len(events) == 1 and events[0].actor_name == "tester"
    assert sum(c["table"] == "beneficiaries" for c in events[0].changes) == 3
    assert [r.full_name for r in registry.search(db, "فاطمه علي").rows] == [
        "فاطمة علي حسن المصري"]


def test_clean_file_with_arabic_headers_in_windows_arabic(db, tmp_path):
    path = _csv(tmp_path / "عربي.csv", AR_HEADER, GOOD[:2], encoding="cp1256")
    report = importer.import_beneficiaries(db, path, skip_invalid=False, actor_name="tester")
    assert report.ok, report.summary()
    assert report.imported == 2 and report.ignored_columns == []
    assert _count(db) == 2


def test_column_map_and_unknown_columns(db, tmp_path):
    header = ["Given", "Father", "Grandfather", "Surname", "Document", "Sex", "Born",
              "Phone", "Favourite colour"]
    rows = [[*GOOD[0][:4], CITIZEN, "M", "01/02/1985", "0501234567", "blue"]]
    path = _csv(tmp_path / "mapped.csv", header, rows)
    assert importer.import_beneficiaries(db, path, actor_name="t").rejected[0].code == (
        "missing_column")
    mapping = {"Given": "first_name", "Father": "father_name", "Grandfather": "grandfather_name",
               "Surname": "family_name", "Document": "id_number", "Sex": "gender",
               "Born": "birth_date", "Phone": "mobile"}
    report = importer.import_beneficiaries(db, path, actor_name="t", column_map=mapping)
    assert report.ok and report.imported == 1
    assert report.ignored_columns == ["Favourite colour"]


def test_file_problems(db, tmp_path):
    missing = importer.import_beneficiaries(db, tmp_path / "none.csv", actor_name="t")
    assert [(r.row, r.code) for r in missing.rejected] == [(0, "not_found")]
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert importer.import_beneficiaries(db, tmp_path / "x.pdf", actor_name="t"
                                         ).rejected[0].code == "unsupported_format"
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    assert importer.import_beneficiaries(db, tmp_path / "broken.xlsx", actor_name="t"
                                         ).rejected[0].code == "unreadable"
    (tmp_path / "empty.csv").write_text("\n\n")
    assert importer.import_beneficiaries(db, tmp_path / "empty.csv", actor_name="t"
                                         ).rejected[0].code == "empty_file"


def _cli(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DESK_APP_USER": ADMIN_USER, "DESK_APP_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run([sys.executable, "-m", "desk_app", "--db", url, *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_cli_exit_codes(db, registered, tmp_path):
    bad = _csv(tmp_path / "bad.csv", HEADER, GOOD + BAD)
    result = _cli(db.url, "import", "beneficiaries", str(bad), "--json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["ok"] is False and data["imported"] == 0 and data["rejected_rows"] == 4
    assert _count(db) == 1

    clean = _csv(tmp_path / "clean.csv", HEADER, GOOD)
    result = _cli(db.url, "import", "beneficiaries", str(clean), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["imported"] == 3
    assert _count(db) == 4
