"""Eligibility evaluation (R-VER-3, R-VER-5): only the service's criteria decide.

:func:`evaluate` checks every criterion and returns a :class:`Verdict` with one
:class:`Reason` per failed criterion (never stopping at the first), so the beneficiary can be
told every reason. :func:`describe_reason_ar` turns a reason into a plain Arabic sentence.

Reason codes (``Reason.code``) and their ``params``:

=================================  ========================================================
``category_not_allowed``           ``allowed`` (list), ``actual``
``category_missing``               ``allowed``
``birth_date_missing``             ``min``, ``max`` (either may be ``None``)
``birth_date_in_future``           ``birth_date`` (ISO string)
``age_below_min``                  ``min``, ``age``
``age_above_max``                  ``max``, ``age``
``qualification_not_allowed``      ``allowed``, ``actual``  (``*_missing``: ``allowed``)
``employment_status_not_allowed``  ``allowed``, ``actual``  (``*_missing``: ``allowed``)
``nationality_not_allowed``        ``allowed``, ``actual``  (``*_missing``: ``allowed``)
``gender_mismatch``                ``expected``, ``actual``  (``gender_missing``: ``expected``)
``field_mismatch``                 ``field``, ``expected``, ``actual``
``field_missing``                  ``field``, ``expected``
=================================  ========================================================

Ages are whole years, bounds inclusive: ``min_age=18`` admits someone on their 18th birthday;
``max_age=35`` admits them until the day before their 36th. Someone born on 29 February has
their birthday on 1 March in common years. With ``age_calendar="hijri"`` whole Hijri
(Umm al-Qura) years are counted the same way.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import hijridate

from desk_app.domain.profile import (
    EMPLOYMENT_STATUSES,
    QUALIFICATIONS,
    Criterion,
)


@dataclass(frozen=True)
class BeneficiaryFacts:
    """What the criteria may look at — and nothing else (non-discrimination, R-VER-5).

    ``nationality`` is an ISO 3166 alpha-2 code; ``extra`` holds association-specific fields
    for ``field_equals`` criteria. Empty strings / ``None`` mean "not recorded".
    """

    category: str | None = None
    birth_date: _dt.date | None = None
    qualification: str | None = None
    employment_status: str | None = None
    nationality: str | None = None
    gender: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reason:
    """Why one criterion failed: the criterion's kind, a stable code and message values."""

    criterion_kind: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    eligible: bool
    reasons: tuple[Reason, ...] = ()


# --------------------------------------------------------------------------------------------
# Age
# --------------------------------------------------------------------------------------------

_UMM_AL_QURA_FIRST = _dt.date(1924, 8, 1)
_UMM_AL_QURA_LAST = _dt.date(2077, 11, 16)


def _tabular_hijri(day: _dt.date) -> tuple[int, int, int]:
    """Arithmetical (civil) Hijri date; used only outside the Umm al-Qura table's range."""
    jd = day.toordinal() + 1721425  # Julian day number
    days = jd - 1948440 + 10632
    n = (days - 1) // 10631
    days = days - 10631 * n + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * (
        (43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * days) // 709
    dom = days - (709 * month) // 24
    year = 30 * n + j - 30
    return year, month, dom


def _hijri(day: _dt.date) -> tuple[int, int, int]:
    if _UMM_AL_QURA_FIRST <= day <= _UMM_AL_QURA_LAST:
        h = hijridate.Gregorian(day.year, day.month, day.day).to_hijri()
        return h.year, h.month, h.day
    return _tabular_hijri(day)


def _whole_years(birth: tuple[int, int, int], today: tuple[int, int, int]) -> int:
    years = today[0] - birth[0]
    if (today[1], today[2]) < (birth[1], birth[2]):
        years -= 1
    return years


def age_years(birth_date: _dt.date, today: _dt.date, calendar: str = "gregorian") -> int:
    """Completed years between ``birth_date`` and ``today`` (negative if born after today)."""
    if calendar == "hijri":
        if birth_date > today:
            return -1
        return _whole_years(_hijri(birth_date), _hijri(today))
    if calendar != "gregorian":
        raise ValueError(f"unknown calendar: {calendar!r}")
    return _whole_years((birth_date.year, birth_date.month, birth_date.day),
                        (today.year, today.month, today.day))


# --------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _membership(c: Criterion, actual: str | None, stem: str, *, upper: bool = False
                ) -> Reason | None:
    allowed = list(c.values)
    if _blank(actual):
        return Reason(c.kind, f"{stem}_missing", {"allowed": allowed})
    assert actual is not None
    probe = actual.strip().upper() if upper else actual.strip()
    pool = {v.upper() for v in allowed} if upper else set(allowed)
    if probe in pool:
        return None
    return Reason(c.kind, f"{stem}_not_allowed", {"allowed": allowed, "actual": actual})


def _check(c: Criterion, facts: BeneficiaryFacts, today: _dt.date, age_calendar: str
           ) -> Reason | None:
    kind = c.kind
    if kind == "category_in":
        return _membership(c, facts.category, "category")
    if kind == "qualification_in":
        return _membership(c, facts.qualification, "qualification")
    if kind == "employment_status_in":
        return _membership(c, facts.employment_status, "employment_status")
    if kind == "nationality_in":
        return _membership(c, facts.nationality, "nationality", upper=True)
    if kind == "gender_is":
        if _blank(facts.gender):
            return Reason(kind, "gender_missing", {"expected": c.value})
        if facts.gender != c.value:
            return Reason(kind, "gender_mismatch", {"expected": c.value, "actual": facts.gender})
        return None
    if kind == "field_equals":
        actual = facts.extra.get(c.field)
        if _blank(actual):
            return Reason(kind, "field_missing", {"field": c.field, "expected": c.value})
        if str(actual).strip() != c.value.strip():
            return Reason(kind, "field_mismatch",
                          {"field": c.field, "expected": c.value, "actual": actual})
        return None
    if kind == "age_between":
        if facts.birth_date is None:
            return Reason(kind, "birth_date_missing", {"min": c.min_age, "max": c.max_age})
        if facts.birth_date > today:
            return Reason(kind, "birth_date_in_future",
                          {"birth_date": facts.birth_date.isoformat()})
        age = age_years(facts.birth_date, today, age_calendar)
        if c.min_age is not None and age < c.min_age:
            return Reason(kind, "age_below_min", {"min": c.min_age, "age": age})
        if c.max_age is not None and age > c.max_age:
            return Reason(kind, "age_above_max", {"max": c.max_age, "age": age})
        return None
    raise ValueError(f"unknown criterion kind: {kind!r}")


def evaluate(criteria: Sequence[Criterion], facts: BeneficiaryFacts, today: _dt.date,
             age_calendar: str = "gregorian") -> Verdict:
    """Check ``facts`` against every criterion; eligible when none fails.

    A service without criteria admits everyone. Unknown criterion kinds or calendars raise
    ``ValueError`` (profile validation keeps them out).
    """
    if age_calendar not in ("gregorian", "hijri"):
        raise ValueError(f"unknown calendar: {age_calendar!r}")
    reasons = tuple(r for c in criteria if (r := _check(c, facts, today, age_calendar)))
    return Verdict(eligible=not reasons, reasons=reasons)


# --------------------------------------------------------------------------------------------
# Arabic sentences for the beneficiary
# --------------------------------------------------------------------------------------------

_COUNTRIES_AR: dict[str, str] = {
    "SA": "السعودية", "AE": "الإمارات", "BH": "البحرين", "KW": "الكويت", "OM": "عُمان",
    "QA": "قطر", "YE": "اليمن", "EG": "مصر", "SD": "السودان", "JO": "الأردن",
    "SY": "سوريا", "PS": "فلسطين", "LB": "لبنان", "IQ": "العراق", "MA": "المغرب",
    "DZ": "الجزائر", "TN": "تونس", "LY": "ليبيا", "MR": "موريتانيا", "SO": "الصومال",
    "ER": "إريتريا", "ET": "إثيوبيا", "NG": "نيجيريا", "TD": "تشاد", "PK": "باكستان",
    "IN": "الهند", "BD": "بنغلاديش", "ID": "إندونيسيا", "MY": "ماليزيا", "TR": "تركيا",
    "IR": "إيران", "AF": "أفغانستان", "PH": "الفلبين", "NP": "نيبال", "LK": "سريلانكا",
    "GB": "المملكة المتحدة", "US": "الولايات المتحدة",
}
_GENDER_TARGET_AR = {"male": "الذكور", "female": "الإناث"}
_SEP = "، "


def _labels(profile_vocab: Any) -> dict[str, str]:
    """Code -> Arabic label for category codes (and any extra codes a mapping supplies)."""
    if profile_vocab is None:
        return {}
    if isinstance(profile_vocab, Mapping):
        return {str(k): str(v) for k, v in profile_vocab.items()}
    out: dict[str, str] = {}
    for cat in getattr(profile_vocab, "categories", ()):
        out[cat.code] = cat.name_ar
    return out


def _years(n: Any) -> str:
    return f"{n} سنة"


def describe_reason_ar(reason: Reason, profile_vocab: Any = None) -> str:
    """A plain Arabic sentence telling the beneficiary why a criterion was not met.

    ``profile_vocab``: an ``OrgProfile`` (its category names are used) or a mapping of codes
    (category codes, ``extra`` field names) to Arabic labels. Without it codes are shown as is.
    """
    labels = _labels(profile_vocab)
    p = reason.params

    def cat(code: Any) -> str:
        return labels.get(str(code), str(code))

    def country(code: Any) -> str:
        return _COUNTRIES_AR.get(str(code).upper(), str(code))

    def many(values: Any, name) -> str:
        return _SEP.join(name(v) for v in values or ())

    def qual(code: Any) -> str:
        return QUALIFICATIONS.get(str(code), str(code))

    def emp(code: Any) -> str:
        return EMPLOYMENT_STATUSES.get(str(code), str(code))

    code = reason.code
    if code == "age_below_min":
        return (f"العمر ({_years(p['age'])}) أقل من الحد الأدنى المطلوب "
                f"({_years(p['min'])})")
    if code == "age_above_max":
        return (f"العمر ({_years(p['age'])}) أكبر من الحد الأعلى المسموح به "
                f"({_years(p['max'])})")
    if code == "birth_date_missing":
        return "تاريخ الميلاد غير مسجل، ولا يمكن التحقق من شرط العمر"
    if code == "birth_date_in_future":
        return "تاريخ الميلاد المسجل لاحق لتاريخ اليوم، ويلزم تصحيحه للتحقق من شرط العمر"
    if code == "category_not_allowed":
        return (f"فئة المستفيد ({cat(p['actual'])}) ليست من الفئات المستهدفة بهذه الخدمة "
                f"({many(p['allowed'], cat)})")
    if code == "category_missing":
        return f"لم تُحدد فئة المستفيد، والخدمة مخصصة للفئات: {many(p['allowed'], cat)}"
    if code == "qualification_not_allowed":
        return (f"المؤهل الدراسي ({qual(p['actual'])}) لا يطابق المؤهلات المطلوبة لهذه الخدمة "
                f"({many(p['allowed'], qual)})")
    if code == "qualification_missing":
        return (f"المؤهل الدراسي غير مسجل، والمؤهلات المطلوبة لهذه الخدمة: "
                f"{many(p['allowed'], qual)}")
    if code == "employment_status_not_allowed":
        return (f"الوضع الوظيفي ({emp(p['actual'])}) لا يطابق ما تشترطه هذه الخدمة "
                f"({many(p['allowed'], emp)})")
    if code == "employment_status_missing":
        return (f"الوضع الوظيفي غير مسجل، وتشترط هذه الخدمة: "
                f"{many(p['allowed'], emp)}")
    if code == "nationality_not_allowed":
        return (f"الجنسية ({country(p['actual'])}) ليست ضمن الجنسيات المشمولة بهذه الخدمة "
                f"({many(p['allowed'], country)})")
    if code == "nationality_missing":
        return (f"الجنسية غير مسجلة، والخدمة مخصصة لحاملي الجنسيات: "
                f"{many(p['allowed'], country)}")
    if code == "gender_mismatch":
        target = _GENDER_TARGET_AR.get(str(p["expected"]), str(p["expected"]))
        return f"هذه الخدمة مخصصة لـ{target}"
    if code == "gender_missing":
        target = _GENDER_TARGET_AR.get(str(p["expected"]), str(p["expected"]))
        return f"الجنس غير مسجل، وهذه الخدمة مخصصة لـ{target}"
    if code == "field_mismatch":
        name = labels.get(str(p["field"]), str(p["field"]))
        return (f"قيمة «{name}» المسجلة ({p['actual']}) لا تطابق المطلوب لهذه الخدمة "
                f"({p['expected']})")
    if code == "field_missing":
        name = labels.get(str(p["field"]), str(p["field"]))
        return f"«{name}» غير مسجل، والمطلوب لهذه الخدمة: {p['expected']}"
    return "لم يُستوفَ أحد معايير الاستحقاق لهذه الخدمة"


__all__ = [
    "BeneficiaryFacts",
    "Reason",
    "Verdict",
    "age_years",
    "describe_reason_ar",
    "evaluate",
]
