"""Services to partner associations: the five steps of seed 003 («آلية توزيع الخدمات على الجمعيات
المستفيدة») as plain rules — states, the needs study, the priority score, the report schedule.

1. formal request (service, expected beneficiaries, goals, attachments);
2. needs study on four criteria (the partner's scope, its target numbers, the readiness of its
   infrastructure, the fit with the association's goals and operating plans), each scored 1–5;
3. fair distribution: priority to the greatest impact, regions of higher need, or associations
   not served before — a weighted score whose terms are kept so the ranking explains itself;
4. a memorandum of understanding / implementation agreement stating both sides' duties;
5. periodic impact reports from the partner and an evaluation of the partnership at the end.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date

from desk_app.domain.validation import FieldError

# States, in the order the steps move a request along.
REQUESTED, STUDIED, APPROVED, REJECTED, AGREED, CLOSED = (
    "requested", "studied", "approved", "rejected", "agreed", "closed")
STATES = (REQUESTED, STUDIED, APPROVED, REJECTED, AGREED, CLOSED)

# The profile names a role for each step (PartnershipPolicy.step_roles).
STEPS = ("request", "study", "decision", "agreement", "reports", "evaluation")
_ALLOWED_FROM: dict[str, frozenset[str]] = {
    "study": frozenset({REQUESTED, STUDIED}),  # a study may be revised until the decision
    "decision": frozenset({STUDIED}),
    "agreement": frozenset({APPROVED}),
    "reports": frozenset({AGREED}),
    "evaluation": frozenset({AGREED}),
}

STUDY_CRITERIA = ("scope", "target_numbers", "infrastructure", "goal_fit")
PRIORITY_FACTORS = ("impact", "regional_need", "not_served_before")
SCORE_MIN, SCORE_MAX = 1, 5


def step_allowed(step: str, status: str) -> bool:
    return status in _ALLOWED_FROM.get(step, frozenset())


def score_error(field: str, value: object) -> FieldError | None:
    if isinstance(value, bool) or not isinstance(value, int) or not (
            SCORE_MIN <= value <= SCORE_MAX):
        return FieldError(field, "invalid_rating")
    return None


@dataclass(frozen=True)
class Term:
    """One factor of a priority score: its value (0–1 of its range), weight and points."""

    factor: str
    value: float
    weight: float
    points: float


@dataclass(frozen=True)
class Priority:
    score: float  # 0–100
    terms: tuple[Term, ...]


def priority(impact: int, regional_need: int, not_served_before: bool,
             weights: dict[str, float]) -> Priority:
    """Weighted score out of 100. Each factor is scaled to 0–1 (a 1–5 score as (s − 1) ÷ 4,
    "not served before" as 1 or 0); weights are relative, so 2:1:1 and 50:25:25 agree."""
    total = sum(weights.get(f, 0.0) for f in PRIORITY_FACTORS) or 1.0
    values = {"impact": (impact - 1) / 4, "regional_need": (regional_need - 1) / 4,
              "not_served_before": 1.0 if not_served_before else 0.0}
    points = {f: 100 * values[f] * weights.get(f, 0.0) / total for f in PRIORITY_FACTORS}
    terms = tuple(Term(f, values[f], weights.get(f, 0.0) / total, round(points[f], 1))
                  for f in PRIORITY_FACTORS)
    return Priority(round(sum(points.values()), 1), terms)


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def report_due_dates(start: date, end: date, every_months: int) -> list[date]:
    """Impact reports due every ``every_months`` from the start, and one at the end."""
    if every_months < 1 or end < start:
        return [end] if end >= start else []
    out, n = [], 1
    while (due := add_months(start, every_months * n)) < end:
        out.append(due)
        n += 1
    out.append(end)
    return out


def agreement_errors(start: date | None, end: date | None, our_duties: str,
                     partner_duties: str) -> list[FieldError]:
    errors = []
    if start is None:
        errors.append(FieldError("starts_on", "required"))
    if end is None:
        errors.append(FieldError("ends_on", "required"))
    if start and end and end < start:
        errors.append(FieldError("ends_on", "end_before_start"))
    if not our_duties.strip():
        errors.append(FieldError("our_duties", "required"))
    if not partner_duties.strip():
        errors.append(FieldError("partner_duties", "required"))
    return errors
