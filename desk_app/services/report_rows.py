"""The rows behind the deadline figures (issue 22): up to ``row_limit`` requests per list.

At a large office a year's lists are 100,000 rows each: each list is read and turned into its
table before the next is read, so only one list's database rows are held at a time (the report
built at 1M stays under the 300 MB the issue sets).
"""

from __future__ import annotations

from typing import Any

from desk_app.domain import report_figures as rf
from desk_app.services.report_ctx import Ctx
from desk_app.services.report_labels import prefixed, yes_no
from desk_app.storage.repositories import report_queries as q


def _timing(r: tuple) -> rf.Timing | None:
    _n, _b, _s, completed, due, rule, decided, _st = r
    if completed is None or due is None:
        return None
    return rf.Timing(completed, due, decided, rule.partition(":")[0] == "calendar_days")


def _table(key: str, title: str, columns: list[str], rows: list[list[Any]]) -> dict[str, Any]:
    return {"key": key, "title": title, "columns": columns, "rows": rows}


def _decided(c: Ctx, rows: list[tuple]) -> list[list[Any]]:
    shown = [(r, t) for r in rows if (t := _timing(r)) is not None]
    days = rf.days_taken([t for _r, t in shown], c.holidays, c.profile.weekend)
    return [[r[0], r[1], c.service(r[2]), r[3], r[4], r[6], yes_no(r[6] <= r[4], c.lang), d]
            for (r, _t), d in zip(shown, days, strict=True)]


def deadline_rows(c: Ctx) -> list[dict[str, Any]]:
    ar = c.lang == "ar"
    cols = lambda *keys: [c.w(k) for k in keys]  # noqa: E731
    out = []
    with c.db.read() as s:
        out.append(_table(
            "decided_rows", "الطلبات المبتوت فيها" if ar else "Requests decided",
            cols("number", "branch", "service", "completed_on", "due_on", "decided_on",
                 "in_time", "median_days"),
            _decided(c, q.decision_rows(s, c.scope, c.row_limit))))
        out.append(_table(
            "overdue_rows", "الطلبات المتأخرة الآن" if ar else "Requests overdue now",
            cols("number", "branch", "service", "status", "received_on", "due_on", "staff"),
            [[r[0], r[1], c.service(r[2]), prefixed("st", r[3], c.lang), r[4].date(), r[5],
              r[6] or c.w("unknown_staff")]
             for r in q.overdue_rows(s, c.scope, c.today, c.row_limit)]))
        out.append(_table(
            "served_rows", "الطلبات المقدمة خدمتها" if ar else "Requests served",
            cols("number", "branch", "service", "received_on", "served_on"),
            [[r[0], r[1], c.service(r[2]), r[3].date(), r[4].date()]
             for r in q.served_rows(s, c.scope, c.row_limit)]))
        out.append(_table(
            "received_rows", "الطلبات الواردة" if ar else "Requests received",
            cols("number", "branch", "service", "channel", "status", "received_on",
                 "completed_on", "due_on"),
            [[r[0], r[1], c.service(r[2]), c.channel(r[3]), prefixed("st", r[4], c.lang),
              r[5].date(), r[6], r[7]] for r in q.received_rows(s, c.scope, c.row_limit)]))
    return out
