"""Satisfaction results for screens, the CLI and exports (R-SAT-3).

The figures come from :mod:`desk_app.domain.survey_stats`; this module picks the responses
(questionnaire, campaign, period, branch), names things in the chosen language, and turns a
report into plain dictionaries (``desk-app survey-results --json``, Excel, PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk_app.domain import survey_defaults
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.survey_stats import (
    MIN_GROUP,
    OTHER,
    GroupRow,
    ResponseFacts,
    Results,
    summarise,
)
from desk_app.domain.surveys import Questionnaire
from desk_app.services import surveys
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.repositories import surveys as repo


@dataclass(frozen=True)
class ResultsQuery:
    questionnaire_key: str = survey_defaults.SATISFACTION
    campaign_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    branch: str | None = None


@dataclass(frozen=True)
class Report:
    query: ResultsQuery
    questionnaire: Questionnaire  # every question asked in any version (newest wording first)
    results: Results
    names: dict[str, dict[str, str]] = field(default_factory=dict)  # dimension → code → name

    def label(self, dimension: str, key: str, lang: str) -> str:
        if key == OTHER:
            return "مجموعات أصغر من 5 مجتمعة" if lang == "ar" else "Smaller groups pooled"
        if not key:
            return "—"
        return self.names.get(dimension, {}).get(key, key)


def merged_questionnaire(versions: list[Questionnaire]) -> Questionnaire:
    """The newest version, followed by questions only older versions asked."""
    newest = versions[0]
    codes = {q.code for q in newest.questions}
    extra = []
    for old in versions[1:]:
        for q in old.questions:
            if q.code not in codes:
                codes.add(q.code)
                extra.append(q)
    return Questionnaire(newest.key, newest.version, newest.title_ar, newest.title_en,
                         newest.questions + tuple(extra), newest.intro_ar, newest.intro_en)


def report(db: Database, actor: Actor, query: ResultsQuery, profile: OrgProfile | None = None,
           lang: str = "ar") -> Report:
    require(db, actor, "survey.results")
    versions = surveys.all_versions(db, query.questionnaire_key)
    if not versions:
        raise KeyError(query.questionnaire_key)
    q = merged_questionnaire([v for _id, v in versions])
    with db.read() as s:
        rows = repo.responses(s, questionnaire_ids=[i for i, _v in versions],
                              campaign_id=query.campaign_id, date_from=query.date_from,
                              date_to=query.date_to, branch=query.branch)
    facts = [ResponseFacts(day, channel, branch, service, answers, campaign)
             for day, channel, branch, service, campaign, answers in rows]
    return Report(query, q, summarise(q, facts), _names(db, profile, lang))


def _names(db: Database, profile: OrgProfile | None, lang: str) -> dict[str, dict[str, str]]:
    def pick(item: Any) -> str:
        return item.name_ar if lang == "ar" else (item.name_en or item.name_ar)

    names: dict[str, dict[str, str]] = {"service": {}, "channel": {}, "branch": {}}
    if profile is not None:
        names["service"] = {s.code: pick(s) for s in profile.services}
        names["channel"] = {c.code: pick(c) for c in profile.channels}
    names["campaign"] = {c.id: (c.name_ar if lang == "ar" else (c.name_en or c.name_ar))
                         for c in surveys.campaigns(db)}
    return names


def text_of(obj: Any, lang: str, attr: str = "text") -> str:
    ar, en = getattr(obj, f"{attr}_ar"), getattr(obj, f"{attr}_en")
    return ar if lang == "ar" else (en or ar)


def n_text(row: GroupRow) -> str:
    """A hidden group's count is not shown exactly either."""
    return str(row.n) if row.shown else f"<{MIN_GROUP}"


def _r(x: float | None, digits: int = 1) -> float | None:
    return None if x is None else round(x, digits)


def to_dict(rep: Report, lang: str = "ar") -> dict[str, Any]:
    """The report as plain data (figures rounded: mean 2 places, index and shares 1)."""
    q, res = rep.questionnaire, rep.results

    def group(dimension: str, g: GroupRow) -> dict[str, Any]:
        return {"key": g.key, "name": rep.label(dimension, g.key, lang), "n": n_text(g),
                "shown": g.shown, "overall_index": _r(g.overall) if g.shown else None}

    return {
        "questionnaire": {"key": q.key, "latest_version": q.version, "title": text_of(q, lang,
                                                                                     "title")},
        "filters": {"campaign": rep.query.campaign_id, "branch": rep.query.branch,
                    "from": rep.query.date_from.isoformat() if rep.query.date_from else None,
                    "to": rep.query.date_to.isoformat() if rep.query.date_to else None},
        "n": res.n,
        "overall_index": _r(res.overall),
        "min_group": MIN_GROUP,
        "ratings": [{"code": s.code, "question": text_of(q.question(s.code), lang), "n": s.n,
                     "mean": _r(s.mean, 2), "index": _r(s.index),
                     "share_4_or_5": _r(s.top2_share * 100 if s.top2_share is not None else None)}
                    for s in res.ratings],
        "yes_no": [{"code": s.code, "question": text_of(q.question(s.code), lang), "n": s.n,
                    "yes": s.yes, "share_yes": _r(s.yes_share * 100 if s.n else None)}
                   for s in res.yes_no],
        "choices": [{"code": s.code, "question": text_of(q.question(s.code), lang), "n": s.n,
                     "counts": {text_of(q.question(s.code).choice(c), lang): k
                                for c, k in s.counts}} for s in res.choices],
        "by": {d: [group(d, g) for g in rows] for d, rows in res.groups.items()},
        "comments": [{"month": m, "text": t} for m, t in res.comments],
    }


def _fmt(x: float | None, unit: str = "") -> str:
    return "—" if x is None else f"{x}{unit}"


def text_lines(d: dict[str, Any]) -> list[str]:
    """A plain-text rendering of :func:`to_dict` for the terminal."""
    lines = [f"{d['questionnaire']['title']} — n={d['n']}",
             f"overall index: {_fmt(d['overall_index'])} (mean of question indices)", "",
             "question\tn\tmean\tindex\t4-5 %"]
    lines += [f"{r['question']}\t{r['n']}\t{_fmt(r['mean'])}\t{_fmt(r['index'])}\t"
              f"{_fmt(r['share_4_or_5'], '%')}" for r in d["ratings"]]
    lines += [f"{r['question']}\tn={r['n']}\tyes {_fmt(r['share_yes'], '%')}"
              for r in d["yes_no"]]
    for dimension, rows in d["by"].items():
        lines += ["", f"by {dimension} (groups under {d['min_group']} not shown apart)"]
        lines += [f"  {g['name']}\tn={g['n']}\tindex {_fmt(g['overall_index'])}" for g in rows]
    return lines
