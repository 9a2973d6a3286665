"""Reports out of the app: an Excel workbook and an archived Arabic PDF, from the same data.

Both take the plain report of :func:`desk_app.services.reports.build`. The workbook holds the
figures with their definitions, each table, and the rows behind the figures (streamed with
openpyxl's write-only mode: a year of a large office is tens of thousands of rows). The PDF is
issued through :mod:`desk_app.services.documents` — verification code and QR on every page,
archived before it is written anywhere — with the period in Hijri and Gregorian.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desk_app.documents.model import Verification
from desk_app.documents.report_pdf import Bar, ReportPdfData, ReportTable, render_report
from desk_app.domain import calendar as cal
from desk_app.domain import report_figures as rf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services import documents, reports
from desk_app.services.document_builders import org_header
from desk_app.services.documents import IssuedDocument
from desk_app.services.spreadsheet import safe_cell
from desk_app.storage.db import Database

_SHEET_CHARS = "[]:*?/\\"


def _sheet_title(text: str, used: set[str]) -> str:
    clean = "".join(" " if ch in _SHEET_CHARS else ch for ch in text)[:28].strip() or "-"
    title, n = clean, 2
    while title in used:
        title, n = f"{clean[:25]} {n}", n + 1
    used.add(title)
    return title


def _sheet(wb: Workbook, title: str, used: set[str], rtl: bool, header: list[str],
           rows: list[list[Any]]) -> None:
    ws = wb.create_sheet(_sheet_title(title, used))
    ws.sheet_view.rightToLeft = rtl
    ws.column_dimensions["A"].width = 40
    bold = []
    for text in header:
        cell = WriteOnlyCell(ws, value=safe_cell(text))
        cell.font = Font(bold=True)
        bold.append(cell)
    ws.append(bold)
    for row in rows:
        ws.append([safe_cell(v) for v in row])


def write_xlsx(report: dict[str, Any], path: str | Path) -> None:
    """Sheet 1: scope and figures (value and definition); then one sheet per table and per
    list of rows behind the figures."""
    lang = report["lang"]
    ar = lang == "ar"
    wb = Workbook(write_only=True)
    used: set[str] = set()
    s = report["scope"]
    head = [["التقرير" if ar else "Report", report["title"], ""],
            ["من" if ar else "From", s["from"], ""], ["إلى" if ar else "To", s["to"], ""],
            ["الفرع" if ar else "Branch", s["branch"] or ("الكل" if ar else "All"), ""],
            ["الخدمة" if ar else "Service", s["service"] or ("الكل" if ar else "All"), ""],
            ["", "", ""]]
    notes = {n["key"]: n for n in report["notes"]}
    figures = [[notes[k]["name"], v, notes[k]["definition"]] for k, v in
               report["figures"].items()]
    _sheet(wb, "المؤشرات" if ar else "Figures", used, ar,
           ["", "", ""], head + [["المؤشر" if ar else "Figure", "القيمة" if ar else "Value",
                                  "التعريف" if ar else "Definition"]] + figures
           + [[r, "", ""] for r in report["remarks"]])
    for t in report["tables"] + report["rows"]:
        _sheet(wb, t["title"], used, ar, t["columns"], t["rows"])
    wb.save(str(path))


def _cell_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return cal.format_gregorian(value, "en")
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return str(value)


def _scope(report: dict[str, Any], profile: OrgProfile, today: date) -> list[tuple[str, str]]:
    s = report["scope"]
    service = next((x.name_ar for x in profile.services if x.code == s["service"]), "")
    return [("من", cal.format_dual(s["from"], "ar")), ("إلى", cal.format_dual(s["to"], "ar")),
            ("الفرع", s["branch"] or "كل الفروع"), ("الخدمة", service or "كل الخدمات"),
            ("تاريخ الإصدار", cal.format_dual(today, "ar")), ("محسوب في", cal.format_dual(
                s["today"], "ar"))]


def _bars(report: dict[str, Any]) -> list[tuple[str, list[Bar]]]:
    """Compliance by branch as bars (the board reads a picture faster than a table)."""
    out = []
    for t in report["tables"]:
        if t["key"] in ("requests_by_branch", "complaints_by_branch"):
            col = 4 if t["key"] == "requests_by_branch" else 3
            title = ("نسبة الرد خلال المدة حسب الفرع" if t["key"] == "requests_by_branch"
                     else "نسبة معالجة الشكاوى خلال المهلة حسب الفرع")
            out.append((title, [Bar(str(r[0]), r[col], f"(n={r[2]})") for r in t["rows"]]))
    return out


def pdf_data(db: Database, report: dict[str, Any], profile: OrgProfile,
             verification: Verification) -> ReportPdfData:
    """The PDF's plain input (printed reports are Arabic: build the report with lang="ar")."""
    notes = {n["key"]: n for n in report["notes"]}
    return ReportPdfData(
        org=org_header(profile), verification=verification, title=report["title"],
        scope=_scope(report, profile, db.clock().date()),
        figures=[(notes[k]["name"], reports.format_value(k, v)) for k, v in
                 report["figures"].items()],
        tables=[ReportTable(t["title"], t["columns"], [[_cell_text(v) for v in r]
                                                       for r in t["rows"]])
                for t in report["tables"]],
        bars=_bars(report), remarks=list(report["remarks"]),
        notes=[(n["name"], n["definition"]) for n in report["notes"]])


def issue_pdf(db: Database, actor: Actor, report: dict[str, Any],
              profile: OrgProfile) -> IssuedDocument:
    """Archive the report's PDF with its verification code (before anyone prints it)."""
    s = report["scope"]
    number = f"{report['report']}:{s['from'].isoformat()}:{s['to'].isoformat()}"
    if s["branch"]:
        number += f":{s['branch']}"
    if s["service"]:
        number += f":{s['service']}"
    return documents.issue(
        db, actor, "report", lambda v: render_report(pdf_data(db, report, profile, v)),
        number=number[:40], title=rf.title(report["report"], "ar"))
