"""Management reports (issue 22): how well the association keeps its promises.

``build`` returns one report as plain data — its figures (each defined once in
:mod:`desk_app.domain.report_figures`), tables by branch, service, category or staff member, the
rows behind them, and the definitions as notes. The CLI prints it as JSON; the PDF and the
workbook (:mod:`desk_app.services.report_export`) are written from the same data, so the three
cannot disagree. The board report puts every section together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desk_app.domain import report_figures as rf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import report_sections as sections
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.repositories import report_queries as q

#: Who may read the reports until the permissions table says so (issue 15). ``system``: the
#: command line, run by whoever holds the database file.
NAMES: tuple[str, ...] = tuple(rf.REPORTS)
DASHBOARD_ROWS = 500  # rows behind a figure on the screen (the workbook has them all)
BOARD_SECTIONS = ("deadlines", "complaints", "satisfaction", "registry", "activity")


@dataclass(frozen=True)
class ReportQuery:
    name: str
    start: date | None
    end: date | None
    branch: str | None = None
    service: str | None = None


def check(query: ReportQuery, profile: OrgProfile) -> None:
    """Refuse an unknown report, a missing or reversed period, an unknown service."""
    errors = rf.validate_period(query.start, query.end)
    if query.name not in rf.REPORTS:
        errors.append(FieldError("report", "invalid_choice"))
    if query.service and query.service not in {s.code for s in profile.services}:
        errors.append(FieldError("service", "invalid_choice"))
    if errors:
        raise ValidationFailed(errors)


def build(db: Database, actor: Actor, query: ReportQuery, profile: OrgProfile,
          lang: str = "ar", row_limit: int = sections.ROW_LIMIT,
          cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """One report as plain data (see the module's docstring); at most ``row_limit`` rows
    behind each figure. A ``cache`` shared by several builds reads the registry and the
    survey responses once (the dashboard's month is part of its year)."""
    require(db, actor, "report.view")
    check(query, profile)
    assert query.start is not None and query.end is not None
    today = db.clock().date()
    scope = q.Scope(query.start, query.end, query.branch or None, query.service or None)
    ctx = sections.Ctx(db, profile, scope, today, lang, row_limit,
                       {} if cache is None else cache)
    names = BOARD_SECTIONS if query.name == "board" else (query.name,)
    figures: dict[str, Any] = {}
    tables, rows, remarks = [], [], []
    for name in names:
        sec = sections.SECTIONS[name](ctx)
        figures.update(sec.figures)
        tables += sec.tables
        rows += sec.rows
        remarks += sec.remarks
    if query.name == "board":
        remarks.append(policy_approval_remark(lang))
    return {
        "report": query.name, "title": rf.title(query.name, lang), "lang": lang,
        "scope": {"from": query.start, "to": query.end, "branch": scope.branch,
                  "service": scope.service, "today": today},
        "figures": {k: figures[k] for k in rf.REPORTS[query.name]},
        "tables": tables, "rows": rows, "remarks": remarks,
        "notes": notes(query.name, lang),
    }


@dataclass(frozen=True)
class Dashboard:
    """The manager's first screen: the board report for this month and for this year."""

    today: date
    month: dict[str, Any]
    year: dict[str, Any]


def dashboard_part(db: Database, actor: Actor, profile: OrgProfile, part: str,
                   lang: str = "ar", branch: str | None = None,
                   cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """The board report for this ``month`` or this ``year``: the screen asks for the month
    first (index ranges, shown at once) and the year after, sharing ``cache``."""
    today = db.clock().date()
    period = rf.month_of(today) if part == "month" else rf.year_of(today)
    return build(db, actor, ReportQuery("board", period.start, period.end, branch), profile,
                 lang, DASHBOARD_ROWS, cache)


def dashboard(db: Database, actor: Actor, profile: OrgProfile, lang: str = "ar",
              branch: str | None = None) -> Dashboard:
    """Both parts; the year first, so the month reuses its survey responses and registry
    counts (read once: they are the slow part at a large office)."""
    cache: dict[str, Any] = {}
    year = dashboard_part(db, actor, profile, "year", lang, branch, cache)
    month = dashboard_part(db, actor, profile, "month", lang, branch, cache)
    return Dashboard(db.clock().date(), month, year)


def notes(name: str, lang: str) -> list[dict[str, str]]:
    """Each figure of the report with its definition (the PDF's notes, the tooltips)."""
    return [{"key": k, "name": rf.FIGURES[k].name(lang),
             "definition": rf.FIGURES[k].definition(lang)} for k in rf.REPORTS[name]]


def policy_approval_remark(lang: str) -> str:
    # The board's approval of the policy (meeting, date, members) is not recorded by the app
    # yet (R-PRV-3, issue 19): the report says so rather than leave the line out.
    if lang == "ar":
        return ("سجل اعتماد مجلس الإدارة للسياسة (الاجتماع والتاريخ والأعضاء): لم يُسجل في "
                "النظام بعد، ويُرفق محضر الاعتماد مع هذا التقرير.")
    return ("The board's approval record of the policy (meeting, date, members) is not yet "
            "recorded in the system; attach the approval minutes to this report.")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def to_json(report: dict[str, Any], *, with_rows: bool = True) -> str:
    """The report as JSON (dates ISO); ``with_rows=False`` leaves out the rows behind it."""
    data = report if with_rows else {k: v for k, v in report.items() if k != "rows"}
    return json.dumps(data, ensure_ascii=False, indent=1, default=_plain)


def format_value(key: str, value: Any, lang: str = "ar") -> str:
    """A figure as printed: money with thousands separators, none as —. Shares are bare
    numbers (their names say "per cent"): a percent sign beside digits in a right-to-left line
    moves to the wrong side in reportlab's bidi."""
    if value is None:
        return "—"
    if key == "compensation_amount":
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
