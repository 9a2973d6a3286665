"""Dates at the desk: Hijri (Umm al-Qura) ↔ Gregorian, display, parsing and working days.

Saudi documents carry both calendars (R-DEC-1), and response deadlines are counted in working
days — the Friday–Saturday weekend and the association's official holidays excluded (R-INT-4).
The holiday list is data the association edits; :func:`default_holidays` only seeds it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from collections.abc import Set as AbstractSet
from datetime import date, datetime, timedelta
from typing import Literal

from hijridate import Gregorian, Hijri

from desk_app.domain.arabic import to_ascii_digits

__all__ = [
    "SAUDI_WEEKEND",
    "Lang",
    "Weekend",
    "add_calendar_days",
    "add_working_days",
    "default_holidays",
    "format_dual",
    "format_gregorian",
    "format_hijri",
    "from_hijri",
    "hijri_month_length",
    "is_working_day",
    "parse_date_text",
    "to_hijri",
    "working_days_between",
]

Lang = Literal["ar", "en"]

Weekend = frozenset[int]
"""Weekend days as Python weekday numbers (Monday = 0 … Sunday = 6)."""

SAUDI_WEEKEND: Weekend = frozenset({4, 5})
"""Friday and Saturday, the Saudi weekend since 2013."""

# --- Hijri ↔ Gregorian -------------------------------------------------------------------------


def to_hijri(d: date) -> tuple[int, int, int]:
    """Converts a Gregorian date to Umm al-Qura Hijri.

    Args:
        d: the Gregorian date (1924-08-01 … 2077-11-16, the range of the Umm al-Qura tables).

    Returns:
        ``(year, month, day)`` in the Hijri calendar.

    Raises:
        ValueError: if the date is outside the supported range.
    """
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except OverflowError as exc:  # hijridate signals the range limit with OverflowError
        raise ValueError(str(exc)) from exc
    return h.year, h.month, h.day


def from_hijri(year: int, month: int, day: int) -> date:
    """Converts an Umm al-Qura Hijri date to a Gregorian date.

    Args:
        year: Hijri year (1343–1500).
        month: 1–12.
        day: 1–29 or 1–30 depending on the month.

    Returns:
        The Gregorian date.

    Raises:
        ValueError: if the date does not exist or is outside the supported range.
    """
    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError as exc:
        raise ValueError(str(exc)) from exc


def hijri_month_length(year: int, month: int) -> int:
    """Returns the number of days (29 or 30) of a Hijri month per Umm al-Qura.

    Raises:
        ValueError: if the month is invalid or outside the supported range.
    """
    try:
        return Hijri(year, month, 1).month_length()
    except OverflowError as exc:
        raise ValueError(str(exc)) from exc


# --- Display -----------------------------------------------------------------------------------

_HIJRI_SUFFIX = {"ar": " هـ", "en": " AH"}
_GREGORIAN_SUFFIX = {"ar": " م", "en": ""}


def format_hijri(d: date, lang: Lang = "ar") -> str:
    """Formats the Hijri date of ``d`` as ``"10/11/1445 هـ"`` (``"10/11/1445 AH"`` in English).

    Raises:
        ValueError: if the date is outside the Umm al-Qura range.
    """
    y, m, day = to_hijri(d)
    return f"{day:02d}/{m:02d}/{y:04d}{_HIJRI_SUFFIX[lang]}"


def format_gregorian(d: date, lang: Lang = "ar") -> str:
    """Formats ``d`` as ``"18/05/2024 م"`` (``"18/05/2024"`` in English)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}{_GREGORIAN_SUFFIX[lang]}"


def format_dual(d: date, lang: Lang = "ar") -> str:
    """Formats both calendars, Hijri first, as Saudi official letters do.

    Returns:
        ``"10/11/1445 هـ الموافق 18/05/2024 م"``, or in English ``"10/11/1445 AH (18/05/2024)"``.
    """
    if lang == "en":
        return f"{format_hijri(d, 'en')} ({format_gregorian(d, 'en')})"
    return f"{format_hijri(d)} الموافق {format_gregorian(d)}"


def format_day(d: date, lang: Lang = "ar") -> str:
    """``format_dual``, or the Gregorian date alone outside the Umm al-Qura table (a birth
    date before 1937, say) instead of an error."""
    try:
        return format_dual(d, lang)
    except ValueError:
        return format_gregorian(d, lang)


def format_moment(moment: datetime, lang: Lang = "ar") -> str:
    """``"10/11/1445 هـ الموافق 18/05/2024 م  09:30"``: a moment as the desk shows it."""
    return f"{format_day(moment.date(), lang)}  {moment:%H:%M}"


# --- Parsing -----------------------------------------------------------------------------------

# The same separator twice; U+060D is the Arabic date separator some keyboards produce.
_DMY = re.compile(r"(\d{1,2})([/\-.\u060d])(\d{1,2})\2(\d{4})")
_YMD = re.compile(r"(\d{4})([/\-.\u060d])(\d{1,2})\2(\d{1,2})")
# Calendar marks that our own formatting appends, so a displayed date can be typed back.
_SUFFIX = re.compile(r"\s*(هـ|ه|م|AH|AD|CE)\s*$", re.IGNORECASE)


def parse_date_text(text: str, calendar: Literal["gregorian", "hijri"]) -> date:
    """Parses a typed date in either calendar.

    Accepts ``dd/mm/yyyy`` and ``yyyy-mm-dd`` with ``/``, ``-`` or ``.`` as separator (the same
    one twice), Arabic-Indic digits, and an optional trailing calendar mark (``هـ``, ``م``, ``AH``).

    Args:
        text: the date as typed.
        calendar: which calendar the numbers are in.

    Returns:
        The Gregorian :class:`~datetime.date`.

    Raises:
        ValueError: if the text is not a date of that calendar.
    """
    if calendar not in ("gregorian", "hijri"):
        raise ValueError(f"unknown calendar {calendar!r}")
    cleaned = _SUFFIX.sub("", to_ascii_digits(text).strip())
    if match := _DMY.fullmatch(cleaned):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _YMD.fullmatch(cleaned):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    else:
        raise ValueError(f"not a date: {text!r}")
    if calendar == "hijri":
        return from_hijri(year, month, day)
    return date(year, month, day)


# --- Working days ------------------------------------------------------------------------------


def _as_lookup(holidays: Collection[date]) -> Collection[date]:
    # Sets and mappings (including a ``holidays`` package object) already answer ``in`` quickly.
    if isinstance(holidays, AbstractSet | Mapping):
        return holidays
    return frozenset(holidays)


def _check_weekend(weekend: Weekend) -> None:
    if not set(range(7)) - set(weekend):
        raise ValueError("a weekend of all seven days leaves no working day")


def is_working_day(d: date, holidays: Collection[date], weekend: Weekend = SAUDI_WEEKEND) -> bool:
    """Tells whether ``d`` is neither a weekend day nor a holiday.

    Args:
        d: the day.
        holidays: the association's official holidays.
        weekend: weekday numbers of the weekend (Monday = 0).
    """
    return d.weekday() not in weekend and d not in holidays


def add_working_days(
    start: date, n: int, holidays: Collection[date], weekend: Weekend = SAUDI_WEEKEND
) -> date:
    """Returns the n-th working day after ``start`` (a response deadline).

    ``start`` itself never counts, whether or not it is a working day: a request completed on a
    Thursday with one working day to answer is due on Sunday.

    Args:
        start: the day counting starts from.
        n: number of working days, 0 or more; 0 returns ``start`` unchanged.
        holidays: the association's official holidays.
        weekend: weekday numbers of the weekend (Monday = 0).

    Raises:
        ValueError: if ``n`` is negative or the weekend covers the whole week.
    """
    if n < 0:
        raise ValueError("n must be 0 or more")
    _check_weekend(weekend)
    lookup = _as_lookup(holidays)
    current = start
    remaining = n
    while remaining:
        current += timedelta(days=1)
        if is_working_day(current, lookup, weekend):
            remaining -= 1
    return current


def working_days_between(
    a: date, b: date, holidays: Collection[date], weekend: Weekend = SAUDI_WEEKEND
) -> int:
    """Counts working days in ``(a, b]`` — how many working days have elapsed since ``a``.

    The inverse of :func:`add_working_days`: ``working_days_between(s, add_working_days(s, n))
    == n``.

    Returns:
        The count; negative (minus the working days in ``(b, a]``) when ``b`` is before ``a``.
    """
    if b < a:
        return -working_days_between(b, a, holidays, weekend)
    lookup = _as_lookup(holidays)
    return sum(
        1
        for offset in range(1, (b - a).days + 1)
        if is_working_day(a + timedelta(days=offset), lookup, weekend)
    )



class WorkingDayCount:
    """:func:`working_days_between` for many pairs of dates under the same holidays and
    weekend (a list of deadlines): each day is looked at once, and each count is then two
    look-ups, where the function walks every day between the two dates at every call."""

    PAD = 366  # days added on each side when the span asked for grows: few rebuilds

    def __init__(self, holidays: Collection[date], weekend: Weekend = SAUDI_WEEKEND):
        _check_weekend(weekend)
        self.holidays, self.weekend = _as_lookup(holidays), frozenset(weekend)
        self._lo: date | None = None
        self._hi: date | None = None
        self._upto: list[int] = []  # [i]: working days in (lo, lo + i days]

    def between(self, a: date, b: date) -> int:
        """Working days in ``(a, b]``; negative when ``b`` is before ``a``."""
        if b < a:
            return -self.between(b, a)
        if self._lo is None or self._hi is None or a < self._lo or b > self._hi:
            self._span(a, b)
        lo = self._lo
        assert lo is not None
        return self._upto[(b - lo).days] - self._upto[(a - lo).days]

    def _span(self, a: date, b: date) -> None:
        lo = a - timedelta(days=self.PAD) if self._lo is None else min(
            self._lo, a - timedelta(days=self.PAD))
        hi = b + timedelta(days=self.PAD) if self._hi is None else max(
            self._hi, b + timedelta(days=self.PAD))
        upto, n = [0], 0
        for offset in range(1, (hi - lo).days + 1):
            n += is_working_day(lo + timedelta(days=offset), self.holidays, self.weekend)
            upto.append(n)
        self._lo, self._hi, self._upto = lo, hi, upto


def add_calendar_days(start: date, n: int) -> date:
    """Adds calendar days (for rules such as "two weeks"); ``n`` may be negative."""
    return start + timedelta(days=n)


def default_holidays(years: Iterable[int]) -> list[tuple[date, str]]:
    """Lists the Saudi official holidays of some years, to seed an association's holiday table.

    Names are in Arabic when the ``holidays`` package has Arabic names for Saudi Arabia, in
    English otherwise. Islamic holidays are the package's Umm al-Qura based dates; the actual
    dates are announced yearly, which is why the table stays editable.

    Args:
        years: Gregorian years.

    Returns:
        ``(date, name)`` pairs sorted by date.
    """
    # Imported here, not at the top: the package takes ~0.15 s to load and is needed only
    # when a holiday table is seeded, never on the start-up path.
    import holidays as holidays_lib

    supported = getattr(holidays_lib.SA, "supported_languages", ())
    language = "ar" if "ar" in supported else None
    table = holidays_lib.country_holidays("SA", years=sorted(set(years)), language=language)
    return sorted(table.items())
