"""Satisfaction figures (مؤشر الرضا), computed from plain responses (R-SAT-3).

Per rating question: the mean (1–5), the index ``(mean − 1) / 4 × 100`` and the share answering
4 or 5. The overall index is the mean of the question indices (each question weighs the same,
whatever its n). Every figure carries its count ``n``.

Anonymity: a group (a service, channel, branch or month) with fewer than :data:`MIN_GROUP`
responses is not shown apart. Small groups are pooled into one "other" row, itself hidden when
it is still under the threshold; in a trend a small month is a gap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk_app.domain.surveys import Questionnaire

MIN_GROUP = 5
OTHER = "__other__"
DIMENSIONS = ("service", "channel", "branch", "month")


@dataclass(frozen=True)
class ResponseFacts:
    """What results need of one response — never who gave it."""

    answered_on: date
    channel: str
    branch: str
    service: str
    answers: Mapping[str, Any]
    campaign: str = ""

    @property
    def month(self) -> str:
        return f"{self.answered_on.year:04d}-{self.answered_on.month:02d}"

    def dimension(self, name: str) -> str:
        return self.month if name == "month" else getattr(self, name)


@dataclass(frozen=True)
class RatingStat:
    code: str
    n: int
    mean: float | None
    index: float | None
    top2_share: float | None  # 0–1: answered 4 or 5
    counts: tuple[int, ...] = (0, 0, 0, 0, 0)  # answers 1..5


@dataclass(frozen=True)
class YesNoStat:
    code: str
    n: int
    yes: int

    @property
    def yes_share(self) -> float | None:
        return self.yes / self.n if self.n else None


@dataclass(frozen=True)
class ChoiceStat:
    code: str
    n: int  # respondents who answered the question
    counts: tuple[tuple[str, int], ...]  # (choice code, times chosen) in the question's order


@dataclass(frozen=True)
class GroupRow:
    key: str  # a code, a month "YYYY-MM", or OTHER
    n: int
    shown: bool
    overall: float | None
    ratings: tuple[RatingStat, ...] = ()
    pooled: tuple[str, ...] = ()  # for OTHER: the keys pooled


@dataclass(frozen=True)
class Results:
    n: int
    overall: float | None
    ratings: tuple[RatingStat, ...]
    yes_no: tuple[YesNoStat, ...]
    choices: tuple[ChoiceStat, ...]
    comments: tuple[tuple[str, str], ...]  # (month, text): no day, no person
    groups: Mapping[str, tuple[GroupRow, ...]] = field(default_factory=dict)
    trend: tuple[GroupRow, ...] = ()


def rating_stat(code: str, values: Iterable[int]) -> RatingStat:
    vals = [v for v in values if isinstance(v, int) and 1 <= v <= 5]
    counts = tuple(vals.count(k) for k in range(1, 6))
    if not vals:
        return RatingStat(code, 0, None, None, None, counts)
    mean = sum(vals) / len(vals)
    return RatingStat(code, len(vals), mean, (mean - 1) / 4 * 100,
                      sum(1 for v in vals if v >= 4) / len(vals), counts)


def overall_index(stats: Iterable[RatingStat]) -> float | None:
    indices = [s.index for s in stats if s.index is not None]
    return sum(indices) / len(indices) if indices else None


def ratings_of(q: Questionnaire, responses: Sequence[ResponseFacts]) -> tuple[RatingStat, ...]:
    return tuple(rating_stat(code, (r.answers.get(code) for r in responses))
                 for code in q.rating_codes())


def _group_row(key: str, q: Questionnaire, rows: Sequence[ResponseFacts],
               pooled: tuple[str, ...] = ()) -> GroupRow:
    if len(rows) < MIN_GROUP:
        return GroupRow(key, len(rows), False, None, (), pooled)
    ratings = ratings_of(q, rows)
    return GroupRow(key, len(rows), True, overall_index(ratings), ratings, pooled)


def grouped(q: Questionnaire, responses: Sequence[ResponseFacts],
            key: Callable[[ResponseFacts], str]) -> tuple[GroupRow, ...]:
    """Groups of at least MIN_GROUP shown apart (largest first); the rest pooled as OTHER."""
    by: dict[str, list[ResponseFacts]] = defaultdict(list)
    for r in responses:
        by[key(r)].append(r)
    big = sorted((k for k, v in by.items() if len(v) >= MIN_GROUP),
                 key=lambda k: (-len(by[k]), k))
    small = sorted(k for k, v in by.items() if len(v) < MIN_GROUP)
    rows = [_group_row(k, q, by[k]) for k in big]
    if small:
        pooled = [r for k in small for r in by[k]]
        rows.append(_group_row(OTHER, q, pooled, tuple(small)))
    return tuple(rows)


def trend(q: Questionnaire, responses: Sequence[ResponseFacts]) -> tuple[GroupRow, ...]:
    """One row per month from the first to the last answered; small months hidden (gaps)."""
    by: dict[str, list[ResponseFacts]] = defaultdict(list)
    for r in responses:
        by[r.month].append(r)
    if not by:
        return ()
    first, last = min(by), max(by)
    y, m = int(first[:4]), int(first[5:])
    out = []
    while True:
        key = f"{y:04d}-{m:02d}"
        out.append(_group_row(key, q, by.get(key, [])))
        if key == last:
            return tuple(out)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def summarise(q: Questionnaire, responses: Sequence[ResponseFacts]) -> Results:
    """All figures for responses to questionnaire ``q`` (question codes and kinds from ``q``)."""
    ratings = ratings_of(q, responses)
    yes_no, choices, comments = [], [], []
    for question in q.questions:
        answers = [r.answers[question.code] for r in responses if question.code in r.answers]
        if question.kind == "yes_no":
            yes_no.append(YesNoStat(question.code, len(answers), sum(1 for a in answers if a)))
        elif question.kind in ("single", "multiple"):
            counter: Counter[str] = Counter()
            for a in answers:
                counter.update([a] if isinstance(a, str) else a)
            choices.append(ChoiceStat(question.code, len(answers),
                                      tuple((c.code, counter[c.code]) for c in question.choices)))
        elif question.kind == "text":
            comments += [(r.month, str(r.answers[question.code])) for r in responses
                         if r.answers.get(question.code)]
    groups = {d: grouped(q, responses, lambda r, d=d: r.dimension(d)) for d in DIMENSIONS
              if d != "month"}
    months = trend(q, responses)
    groups["month"] = months
    return Results(len(responses), overall_index(ratings), ratings, tuple(yes_no),
                   tuple(choices), tuple(sorted(comments, reverse=True)), groups, months)
