"""Satisfaction results out of the app: an Excel workbook (openpyxl) and a PDF summary."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desk_app.documents.model import OrgHeader, Verification
from desk_app.documents.survey_summary import TITLE as SUMMARY_TITLE
from desk_app.documents.survey_summary import IndexRow, SurveySummaryData, render_survey_summary
from desk_app.domain import calendar as cal
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services import documents
from desk_app.services.documents import IssuedDocument
from desk_app.services.permissions import require
from desk_app.services.safe_export import append_row
from desk_app.services.survey_results import Report, to_dict
from desk_app.storage.db import Database

_AR = {"service": "حسب الخدمة", "channel": "حسب قناة التواصل", "branch": "حسب الفرع",
       "month": "حسب الشهر"}
_EN = {"service": "By service", "channel": "By channel", "branch": "By branch",
       "month": "By month"}


def write_xlsx(db: Database, actor: Actor, rep: Report, path: str | Path,
               lang: str = "ar") -> None:
    """One sheet per view: questions, each grouping, other answers, comments."""
    require(db, actor, "report.export", target=("survey_results", "xlsx"))
    d = to_dict(rep, lang)
    ar = lang == "ar"
    wb = Workbook()
    ws = wb.active
    ws.title = "المؤشرات" if ar else "Indices"
    append_row(ws, [d["questionnaire"]["title"], "n", d["n"],
               "مؤشر الرضا العام" if ar else "Overall index", d["overall_index"]])
    append_row(ws, ["السؤال" if ar else "Question", "n", "المتوسط" if ar else "Mean",
               "المؤشر" if ar else "Index", "% 4–5"])
    for r in d["ratings"]:
        append_row(ws, [r["question"], r["n"], r["mean"], r["index"], r["share_4_or_5"]])
    for dim, rows in d["by"].items():
        sheet = wb.create_sheet((_AR if ar else _EN)[dim])
        append_row(sheet, ["المجموعة" if ar else "Group", "n", "المؤشر العام" if ar else
                      "Overall index"])
        for g in rows:
            append_row(sheet, [g["name"], g["n"], g["overall_index"]])
    other = wb.create_sheet("إجابات أخرى" if ar else "Other answers")
    append_row(other, ["السؤال" if ar else "Question", "n", "الإجابة" if ar else "Answer",
                  "العدد" if ar else "Count"])
    for r in d["yes_no"]:
        append_row(other, [r["question"], r["n"], "نعم" if ar else "Yes", r["yes"]])
    for r in d["choices"]:
        for label, k in r["counts"].items():
            append_row(other, [r["question"], r["n"], label, k])
    comments = wb.create_sheet("الملاحظات" if ar else "Comments")
    append_row(comments, ["الشهر" if ar else "Month", "الملاحظة" if ar else "Comment"])
    for c in d["comments"]:
        append_row(comments, [c["month"], c["text"]])
    for sheet in wb.worksheets:
        sheet.sheet_view.rightToLeft = ar
        for cell in sheet[2 if sheet is ws else 1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 60
    wb.save(str(path))


def summary_data(db: Database, rep: Report, profile: OrgProfile) -> SurveySummaryData:
    """The PDF's plain input, in Arabic (printed documents are Arabic)."""
    d = to_dict(rep, "ar")
    today = db.clock().date()
    logo = base64.b64decode(profile.logo_png_b64) if profile.logo_png_b64 else None
    org = OrgHeader(profile.name_ar, profile.name_en, profile.licence_no, profile.phone,
                    profile.email, profile.address, logo)
    f = d["filters"]
    scope = [rep.label("campaign", f["campaign"], "ar") if f["campaign"] else "كل الحملات",
             f"الفرع {f['branch']}" if f["branch"] else "كل الفروع",
             f"من {f['from']}" if f["from"] else "كل الفترات"]
    return SurveySummaryData(
        org=org, verification=Verification("", ""),  # the archive's code, set when issued
        questionnaire_title=d["questionnaire"]["title"], scope_text="، ".join(scope),
        issued_on_text=cal.format_dual(today, "ar"), n=d["n"],
        overall_text="—" if d["overall_index"] is None else f"{d['overall_index']:.1f} من 100",
        questions=[IndexRow(r["question"], str(r["n"]), r["index"],
                            ("—" if r["mean"] is None else f"{r['mean']:.2f}",
                             "—" if r["share_4_or_5"] is None else f"{r['share_4_or_5']:.1f}%"))
                   for r in d["ratings"]],
        groups=[(_AR[dim], [IndexRow(g["name"], g["n"], g["overall_index"]) for g in rows])
                for dim, rows in d["by"].items() if dim != "month"],
        trend=[IndexRow(g["key"], g["n"], g["overall_index"]) for g in d["by"]["month"]],
        other_answers=[(r["question"], str(r["n"]), f"نعم: {r['yes']}") for r in d["yes_no"]]
        + [(r["question"], str(r["n"]), "، ".join(f"{k}: {v}" for k, v in r["counts"].items()))
           for r in d["choices"]],
        comments=[c["text"] for c in d["comments"][:40]],
        min_group=d["min_group"],
    )


def issue_summary(db: Database, actor: Actor, rep: Report, profile: OrgProfile
                  ) -> IssuedDocument:
    """The printable summary, issued through the document archive like every document that
    prints a verification code: archived first, so the verifier knows its code."""
    data = summary_data(db, rep, profile)
    number = f"{rep.query.questionnaire_key}-{db.clock().date().isoformat()}"
    return documents.issue(
        db, actor, "survey_summary",
        lambda v: render_survey_summary(dataclasses.replace(data, verification=v)),
        number=number, title=SUMMARY_TITLE, subject_name=data.questionnaire_title)


def pdf_bytes(db: Database, rep: Report, profile: OrgProfile, actor: Actor) -> bytes:
    """The summary's PDF (issued and archived, see :func:`issue_summary`)."""
    require(db, actor, "report.export", target=("survey_results", "pdf"))
    return issue_summary(db, actor, rep, profile).pdf or b""
