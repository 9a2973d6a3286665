"""The social researcher's study of a request under study (issue 20): what the visit found about
the household's housing, income and expenses, health, members and needs, and what the
researcher recommends to the committee.

Pure rules over what was typed (no Qt, no SQLAlchemy): :func:`validate` turns a
:class:`StudyInput` into a checked :class:`StudyData` or field errors, under the profile's study
form (which parts are shown, which are required). Amounts are riyals as typed and are kept as
whole halalas, so the audit trail and the printed report say exactly what was entered.

Field error codes: ``required``, ``invalid_choice``, ``invalid_date``, ``in_future``,
``too_old``, ``invalid_amount``, ``negative_amount``, ``amount_too_large``, ``too_long``.
Fields: ``visit_on``, ``visit_kind``, ``housing_kind``, ``housing``, ``income.<source>``,
``expenses.<item>``, ``health``, ``members[<i>].situation``, ``needs``, ``recommendation``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desk_app.domain.complaints import format_sar, parse_amount, parse_day
from desk_app.domain.profile.study import StudyForm
from desk_app.domain.validation import FieldError

VISIT_KINDS = ("home", "office", "phone")
HOUSING_KINDS = ("owned", "rented", "with_relatives", "other")
INCOME_SOURCES = ("salary", "social_security", "pension", "other")
EXPENSE_ITEMS = ("rent", "utilities", "debts", "other")
MAX_NOTE = 2000
MAX_SITUATION = 300
# A visit is recorded while the request is under study: a year back covers any study.
MAX_VISIT_AGE_DAYS = 366


@dataclass(frozen=True)
class Member:
    """One household member as the study sees them: who (copied from the beneficiary's
    household when the study is written) and their situation (the researcher's words)."""

    member_id: str
    name: str
    relation: str
    situation: str = ""


@dataclass
class StudyInput:
    """The study form as typed: dates and amounts are text (validated here), a date may also
    be given as a ``date``; ``income``/``expenses`` map a source/item code to riyals."""

    visit_on: str | date = ""
    visit_calendar: str = "gregorian"
    visit_kind: str = ""
    housing_kind: str = ""
    housing: str = ""
    income: Mapping[str, str] = field(default_factory=dict)
    expenses: Mapping[str, str] = field(default_factory=dict)
    health: str = ""
    members: tuple[Member, ...] = ()
    needs: str = ""
    recommendation: str = ""


@dataclass(frozen=True)
class StudyData:
    """A checked study: amounts in halalas (only the lines given), texts stripped."""

    visit_on: date | None
    visit_kind: str
    housing_kind: str
    housing: str
    income: dict[str, int]
    expenses: dict[str, int]
    health: str
    members: tuple[Member, ...]
    needs: str
    recommendation: str

    @property
    def income_total(self) -> int:
        return sum(self.income.values())

    @property
    def expenses_total(self) -> int:
        return sum(self.expenses.values())

    @property
    def balance(self) -> int:
        """Income less expenses, in halalas (negative: the household falls short)."""
        return self.income_total - self.expenses_total


def _text(value: str, name: str, limit: int, errors: list[FieldError]) -> str:
    t = value.strip()
    if len(t) > limit:
        errors.append(FieldError(name, "too_long", {"max": limit}))
    return t


def _amounts(typed: Mapping[str, str], codes: tuple[str, ...], name: str,
             errors: list[FieldError]) -> dict[str, int]:
    """The lines given (a blank line is no line), each checked on its own field."""
    out: dict[str, int] = {}
    for code, text in typed.items():
        if code not in codes:
            errors.append(FieldError(f"{name}.{code}", "invalid_choice"))
            continue
        if not str(text).strip():
            continue
        halalas, problem = parse_amount(str(text))
        if problem:
            errors.append(FieldError(f"{name}.{code}", problem))
        elif halalas is not None:
            out[code] = halalas
    return out


def _visit(form: StudyInput, today: date, errors: list[FieldError]) -> date | None:
    if isinstance(form.visit_on, date):
        if form.visit_on > today:
            errors.append(FieldError("visit_on", "in_future"))
            return None
        return form.visit_on
    return parse_day(form.visit_on, form.visit_calendar, today, "visit_on", errors,
                     required=False, max_age_days=MAX_VISIT_AGE_DAYS)


def _required(data: StudyData, form: StudyForm, errors: list[FieldError]) -> None:
    """The parts the profile requires, each named on its first field."""
    empty = {
        "visit": [("visit_on", data.visit_on is None), ("visit_kind", not data.visit_kind)],
        "housing": [("housing_kind", not data.housing_kind)],
        "income": [(f"income.{INCOME_SOURCES[0]}", not data.income)],
        "expenses": [(f"expenses.{EXPENSE_ITEMS[0]}", not data.expenses)],
        "health": [("health", not data.health)],
        "household": [],  # the household is what the registry holds; situations may be blank
        "needs": [("needs", not data.needs)],
        "recommendation": [("recommendation", not data.recommendation)],
    }
    taken = {e.field for e in errors}
    for section in form.required:
        for name, missing in empty[section]:
            if missing and name not in taken:
                errors.append(FieldError(name, "required"))


def validate(form: StudyInput, study_form: StudyForm, today: date
             ) -> tuple[StudyData | None, list[FieldError]]:
    """Check the form; parts the profile does not show are not kept."""
    errors: list[FieldError] = []
    shows = study_form.shows
    visit_on = _visit(form, today, errors) if shows("visit") else None
    kind = form.visit_kind if shows("visit") else ""
    if kind and kind not in VISIT_KINDS:
        errors.append(FieldError("visit_kind", "invalid_choice"))
    housing_kind = form.housing_kind if shows("housing") else ""
    if housing_kind and housing_kind not in HOUSING_KINDS:
        errors.append(FieldError("housing_kind", "invalid_choice"))
    members = tuple(
        Member(m.member_id, m.name, m.relation,
               _text(m.situation, f"members[{i}].situation", MAX_SITUATION, errors))
        for i, m in enumerate(form.members)) if shows("household") else ()
    data = StudyData(
        visit_on, kind, housing_kind,
        _text(form.housing, "housing", MAX_NOTE, errors) if shows("housing") else "",
        _amounts(form.income, INCOME_SOURCES, "income", errors) if shows("income") else {},
        _amounts(form.expenses, EXPENSE_ITEMS, "expenses", errors) if shows("expenses") else {},
        _text(form.health, "health", MAX_NOTE, errors) if shows("health") else "",
        members,
        _text(form.needs, "needs", MAX_NOTE, errors) if shows("needs") else "",
        _text(form.recommendation, "recommendation", MAX_NOTE, errors)
        if shows("recommendation") else "")
    _required(data, study_form, errors)
    return (None, errors) if errors else (data, [])


def riyals(halalas: int) -> str:
    """Halalas as the form and the report write riyals: ``3,500`` or ``-1,250.50``."""
    return ("-" if halalas < 0 else "") + format_sar(abs(halalas))
