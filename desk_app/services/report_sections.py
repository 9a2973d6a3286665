"""The sections the reports are made of: figures, tables by group, and the rows behind them.

Each section reads through :mod:`desk_app.storage.repositories.report_queries` and counts with
:mod:`desk_app.domain.report_figures`; the board report is the sections put together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desk_app.domain import report_figures as rf
from desk_app.domain import requests as rules
from desk_app.domain import survey_defaults
from desk_app.domain.survey_stats import MIN_GROUP, ResponseFacts, summarise
from desk_app.domain.surveys import Questionnaire
from desk_app.services import report_rows, survey_results, surveys
from desk_app.services.reach import by_channel
from desk_app.services.report_ctx import ROW_LIMIT, Ctx  # noqa: F401 - ROW_LIMIT re-exported
from desk_app.services.report_labels import prefixed
from desk_app.storage.repositories import report_counts as counts
from desk_app.storage.repositories import report_queries as q
from desk_app.storage.repositories import surveys as survey_repo


@dataclass
class Section:
    figures: dict[str, Any] = field(default_factory=dict)
    tables: list[dict[str, Any]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)


def table(key: str, title: str, columns: list[str], rows: list[list[Any]]) -> dict[str, Any]:
    return {"key": key, "title": title, "columns": columns, "rows": rows}


def _sum_by(rows: Iterable[tuple], index: int) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for r in rows:
        out[r[index]] += r[-1]
    return dict(out)


# --- deadline compliance ------------------------------------------------------------------------

@dataclass(frozen=True)
class Timed:
    """Decisions counted together: same branch, service, day, completion and due date."""

    branch: str
    service: str
    timing: rf.Timing
    days: int
    n: int


def _timed(c: Ctx, decided: list[tuple]) -> list[Timed]:
    rows = [(r, rf.Timing(r[3], r[4], r[2], r[5])) for r in decided if r[3] is not None]
    days = rf.days_taken([t for _r, t in rows], c.holidays, c.profile.weekend)
    return [Timed(r[0], r[1], t, d, r[-1]) for (r, t), d in zip(rows, days, strict=True)]


def _compliance(items: list[Timed]) -> tuple[int, float | None, float | None]:
    """(decided with dates, share in time, median days) of counted decisions."""
    n = sum(i.n for i in items)
    in_time = sum(i.n for i in items if i.timing.answered_on <= i.timing.due_on)
    return n, rf.share(in_time, n), rf.median([i.days for i in items for _ in range(i.n)])


def deadlines(c: Ctx) -> Section:
    with c.db.read() as s:
        received = counts.received_by(s, c.scope)
        decided = counts.decided(s, c.scope)
        served = counts.served_by(s, c.scope)
        overdue = q.overdue_by(s, c.scope, c.today)
    timed = _timed(c, decided)
    _n, pct, median_days = _compliance(timed)
    sec = Section(figures={
        "requests_received": sum(r[-1] for r in received),
        "requests_decided": sum(r[-1] for r in decided),
        "requests_served": sum(r[-1] for r in served),
        "answered_in_time_pct": pct,
        "median_days_to_decide": median_days,
        "requests_overdue_now": sum(r[-1] for r in overdue),
    })
    for index, key, name in ((0, "branch", str), (1, "service", c.service)):
        sec.tables.append(_compliance_table(c, key, index, name, received, timed, served,
                                            overdue))
    by_staff = _sum_by(((r[2], r[3]) for r in overdue), 0)
    sec.tables.append(table("overdue_by_staff", _t(c, "الطلبات المتأخرة الآن حسب الموظف المستلم",
                                                 "Overdue now by the staff member who took "
                                                 "them in"),
                            [c.w("staff"), c.w("overdue_now")],
                            [[k or c.w("unknown_staff"), v] for k, v in
                             sorted(by_staff.items(), key=lambda kv: (-kv[1], kv[0]))]))
    sec.rows += report_rows.deadline_rows(c)
    return sec


def _t(c: Ctx, ar: str, en: str) -> str:
    return ar if c.lang == "ar" else en


def _compliance_table(c: Ctx, key: str, index: int, name: Callable[[str], str],
                      received: list, timed: list[Timed], served: list,
                      overdue: list) -> dict[str, Any]:
    rec, srv, late = _sum_by(received, index), _sum_by(served, index), _sum_by(overdue, index)
    groups: dict[str, list[Timed]] = defaultdict(list)
    for t in timed:
        groups[t.service if index else t.branch].append(t)
    rows = []
    for g in sorted(set(rec) | set(srv) | set(late) | set(groups)):
        n, pct, median_days = _compliance(groups.get(g, []))
        rows.append([name(g), rec.get(g, 0), n, srv.get(g, 0), pct, median_days,
                     late.get(g, 0)])
    title = (_t(c, "الطلبات حسب الفرع", "Requests by branch") if key == "branch"
             else _t(c, "الطلبات حسب الخدمة", "Requests by service"))
    return table(f"requests_by_{key}", title,
                 [c.w(k) for k in (key, "received", "decided", "served", "in_time_pct",
                                   "median_days", "overdue_now")], rows)


# --- complaints and compensation ---------------------------------------------------------------

def complaints(c: Ctx) -> Section:
    with c.db.read() as s:
        received = q.complaints_received_by(s, c.scope)
        settled = q.complaints_settled(s, c.scope)
        open_now = q.complaints_open_by(s, c.scope, c.today)
        paid = q.compensations_by(s, c.scope)
        rows = q.complaint_rows(s, c.scope, c.row_limit)
    timings = [rf.Timing(r[3], r[4], r[5]) for r in settled]
    overall = rf.compliance(timings, c.holidays, c.profile.weekend)
    sec = Section(figures={
        "complaints_received": sum(r[-1] for r in received),
        "complaints_resolved": len(settled),
        "complaints_resolved_in_time_pct": overall.pct,
        "complaints_open_now": sum(r[2] for r in open_now),
        "complaints_overdue_now": sum(r[3] for r in open_now),
        "compensations_paid": sum(r[1] for r in paid),
        "compensation_amount": sum(r[2] for r in paid) / 100,
    })
    for index, key, name in ((0, "branch", str), (1, "complaint_category",
                                                  c.complaint_category)):
        rec = _sum_by(received, index)
        res: dict[str, list[rf.Timing]] = defaultdict(list)
        for r, t in zip(settled, timings, strict=True):
            res[r[1 + index]].append(t)
        opened = _sum_by(((r[index], r[2]) for r in open_now), 0)
        late = _sum_by(((r[index], r[3]) for r in open_now), 0)
        out = []
        for g in sorted(set(rec) | set(res) | set(opened)):
            ts = res.get(g, [])
            out.append([name(g), rec.get(g, 0), len(ts),
                        rf.share(sum(t.answered_on <= t.due_on for t in ts), len(ts)),
                        opened.get(g, 0), late.get(g, 0)])
        sec.tables.append(table(
            f"complaints_by_{key}", _t(c, "الشكاوى حسب الفرع", "Complaints by branch")
            if key == "branch" else _t(c, "الشكاوى حسب التصنيف", "Complaints by category"),
            [c.w(k) for k in (key, "received", "resolved", "in_time_pct", "open_now",
                              "overdue_now")], out))
    sec.tables.append(table("compensation_by_kind", _t(c, "التعويضات حسب النوع",
                                                       "Compensation by kind"),
                            [c.w("kind"), c.w("n"), c.w("amount")],
                            [[prefixed("ck", k, c.lang), n, t / 100] for k, n, t in paid]))
    sec.rows.append(table("complaint_rows", _t(c, "الشكاوى الواردة", "Complaints received"),
                          [c.w(k) for k in ("number", "branch", "complaint_category", "channel",
                                            "status", "received_on", "due_on", "settled_on")],
                          [[r[0], r[1], c.complaint_category(r[2]), c.channel(r[3]),
                            prefixed("cs", r[4], c.lang), r[5], r[6], r[7]] for r in rows]))
    return sec


# --- satisfaction ---------------------------------------------------------------------------

def _survey(c: Ctx) -> tuple[Questionnaire, list[ResponseFacts]] | None:
    """The satisfaction responses of the period; read once per ``cache`` for a wider period
    (the dashboard's month is a part of its year)."""
    cached = c.cache.get("survey")
    if cached is None or not (cached[0] <= c.scope.start and c.scope.end <= cached[1]):
        versions = surveys.all_versions(c.db, survey_defaults.SATISFACTION)
        if not versions:
            return None
        q = survey_results.merged_questionnaire([v for _i, v in versions])
        with c.db.read() as s:
            rows = survey_repo.responses(s, questionnaire_ids=[i for i, _v in versions],
                                         date_from=c.scope.start, date_to=c.scope.end,
                                         branch=c.scope.branch)
        facts = [ResponseFacts(day, ch, br, svc, answers, camp)
                 for day, ch, br, svc, camp, answers in rows]
        cached = c.cache["survey"] = (c.scope.start, c.scope.end, q, facts)
    _s, _e, q, facts = cached
    return q, [f for f in facts if c.scope.start <= f.answered_on <= c.scope.end]


def _survey_names(c: Ctx) -> dict[str, dict[str, str]]:
    return {"service": {x.code: c.service(x.code) for x in c.profile.services},
            "channel": {x.code: c.channel(x.code) for x in c.profile.channels}}


def satisfaction(c: Ctx) -> Section:
    survey = _survey(c)
    d: dict[str, Any] = {"n": 0, "overall_index": None, "ratings": [], "by": {}}
    if survey is not None:
        q, facts = survey
        query = survey_results.ResultsQuery(date_from=c.scope.start, date_to=c.scope.end,
                                            branch=c.scope.branch)
        rep = survey_results.Report(query, q, summarise(q, facts), _survey_names(c))
        d = survey_results.to_dict(rep, c.lang)
    n, index = d["n"], d["overall_index"]
    if 0 < n < MIN_GROUP:  # the whole period is a group of fewer than five people
        n, index = f"<{MIN_GROUP}", None
    sec = Section(figures={"satisfaction_index": index, "satisfaction_responses": n})
    sec.tables.append(table("satisfaction_questions", _t(c, "المؤشر لكل سؤال",
                                                         "Index per question"),
                            [c.w(k) for k in ("question", "n", "mean", "index")],
                            [[r["question"], r["n"], r["mean"], r["index"]]
                             for r in d["ratings"]] if index is not None else []))
    titles = {"service": _t(c, "الرضا حسب الخدمة", "Satisfaction by service"),
              "branch": _t(c, "الرضا حسب الفرع", "Satisfaction by branch"),
              "month": _t(c, "الرضا حسب الشهر", "Satisfaction by month")}
    for dim, title in titles.items():
        sec.tables.append(table(f"satisfaction_by_{dim}", title,
                                [c.w("group"), c.w("n"), c.w("index")],
                                [[g["name"], g["n"], g["overall_index"]]
                                 for g in d["by"].get(dim, [])]))
    if c.scope.service:
        sec.remarks.append(_t(c, "لا ينطبق تصفية الخدمة على الإجمالي؛ انظر الرضا حسب الخدمة.",
                              "The service filter does not apply; see satisfaction by "
                              "service."))
    return sec


# --- registry -------------------------------------------------------------------------------

def registry(c: Ctx) -> Section:
    cutoff = rules.review_cutoff(c.today, c.profile.review_period_months)
    with c.db.read() as s:
        if "registry" not in c.cache:  # the registry as it stands: the same for any period
            c.cache["registry"] = (counts.beneficiaries_by(s, c.scope),
                                   counts.review_backlog(s, c.scope, cutoff))
        new = counts.beneficiaries_new(s, c.scope)
        reach = by_channel(s, c.scope.start, c.scope.end)
    people, backlog = c.cache["registry"]
    sec = Section(figures={"beneficiaries_total": sum(r[-1] for r in people),
                           "beneficiaries_new": new, "review_backlog": backlog,
                           "indirect_reached": sum(r[2] for r in reach)})
    cats: dict[str, dict[str, int]] = defaultdict(lambda: {"direct": 0, "indirect": 0})
    cities: dict[str, int] = defaultdict(int)
    for cat, kind, city, n in people:
        cats[cat][kind if kind in ("direct", "indirect") else "direct"] += n
        cities[city] += n
    sec.tables.append(table("beneficiaries_by_category", _t(c, "المستفيدون حسب الفئة والنوع",
                                                            "Beneficiaries by category and type"),
                            [c.w(k) for k in ("category", "direct", "indirect", "total")],
                            [[c.category(k), v["direct"], v["indirect"], sum(v.values())]
                             for k, v in sorted(cats.items())]))
    sec.tables.append(table("beneficiaries_by_city", _t(c, "المستفيدون حسب المدينة",
                                                        "Beneficiaries by city"),
                            [c.w("city"), c.w("n")],
                            [[city or c.w("no_address"), n] for city, n in
                             sorted(cities.items(), key=lambda r: (-r[1], r[0]))]))
    sec.tables.append(table("indirect_by_channel", _t(
        c, "المستفيدون غير المباشرين حسب القناة (الوصول)", "Indirect beneficiaries by channel "
        "(reach)"), [c.w(k) for k in ("channel", "content_items", "reached")],
        [[c.channel(ch), items, n] for ch, items, n in reach]))
    if c.scope.service:
        sec.remarks.append(_t(c, "لا ينطبق تصفية الخدمة على السجل.",
                              "The service filter does not apply to the registry."))
    return sec


# --- activity per staff member ------------------------------------------------------------------

ACTIVITY = (("registrations", ("beneficiary.create", "beneficiary.import")),
            ("requests", ("request.create",)), ("decisions", ("request.decide",)),
            ("served", ("request.serve",)), ("complaints", ("complaint.",)),
            ("documents", ("document.issue",)))


def _column(action: str) -> str | None:
    for name, prefixes in ACTIVITY:
        if any(action == p or (p.endswith(".") and action.startswith(p)) for p in prefixes):
            return name
    return None


def activity(c: Ctx) -> Section:
    with c.db.read() as s:
        actions = q.actions_by(s, c.scope)
        documents = q.documents_by(s, c.scope)
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for who, action, n in actions:
        column = _column(action)
        if column:
            per[who][column] += n
        per[who]["actions"] += n
    sec = Section(figures={"staff_actions": sum(r[-1] for r in actions),
                           "documents_issued": sum(r[-1] for r in documents)})
    columns = [name for name, _p in ACTIVITY] + ["actions"]
    sec.tables.append(table("activity_by_staff", _t(c, "النشاط حسب الموظف",
                                                    "Activity per staff member"),
                            [c.w("staff")] + [c.w(k) for k in columns],
                            [[who] + [per[who].get(k, 0) for k in columns]
                             for who in sorted(per, key=lambda w: (-per[w]["actions"], w))]))
    kinds = _sum_by(((k, n) for _who, k, n in documents), 0)
    sec.tables.append(table("documents_by_kind", _t(c, "المستندات الصادرة حسب النوع",
                                                    "Documents issued by kind"),
                            [c.w("kind"), c.w("n")],
                            [[prefixed("dk", k, c.lang), n] for k, n in sorted(kinds.items())]))
    if c.scope.branch or c.scope.service:
        sec.remarks.append(_t(c, "لا يُسجل الفرع على الموظف، فلا ينطبق تصفية الفرع والخدمة "
                              "على النشاط.", "Staff carry no branch, so the branch and service "
                              "filters do not apply to activity."))
    return sec


SECTIONS: dict[str, Callable[[Ctx], Section]] = {
    "deadlines": deadlines, "complaints": complaints, "satisfaction": satisfaction,
    "registry": registry, "activity": activity}
