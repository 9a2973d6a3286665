"""Hijri conversion, date display and parsing, working-day deadlines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.calendar import (
    SAUDI_WEEKEND,
    WorkingDayCount,
    add_calendar_days,
    add_working_days,
    default_holidays,
    format_dual,
    format_gregorian,
    format_hijri,
    from_hijri,
    hijri_month_length,
    is_working_day,
    parse_date_text,
    to_hijri,
    working_days_between,
)

NO_HOLIDAYS: frozenset[date] = frozenset()

# --- Hijri ↔ Gregorian -------------------------------------------------------------------------


def test_known_conversions():
    assert to_hijri(date(2024, 5, 18)) == (1445, 11, 10)
    assert from_hijri(1445, 11, 10) == date(2024, 5, 18)
    assert to_hijri(date(2021, 3, 1)) == (1442, 7, 17)
    assert from_hijri(1442, 7, 17) == date(2021, 3, 1)


def test_month_lengths():
    assert hijri_month_length(1445, 11) == 29
    assert hijri_month_length(1445, 12) == 30
    assert all(hijri_month_length(1446, m) in (29, 30) for m in range(1, 13))


@pytest.mark.parametrize(
    "ymd", [(1445, 11, 30), (1445, 13, 1), (1445, 0, 1), (1445, 1, 0), (1342, 1, 1), (1501, 1, 1)]
)
def test_invalid_or_out_of_range_hijri_dates_raise_value_error(ymd):
    with pytest.raises(ValueError):
        from_hijri(*ymd)


def test_out_of_range_gregorian_raises_value_error():
    with pytest.raises(ValueError):
        to_hijri(date(1900, 1, 1))
    with pytest.raises(ValueError):
        hijri_month_length(1600, 1)


@given(st.dates(min_value=date(1940, 1, 1), max_value=date(2075, 12, 31)))
def test_gregorian_hijri_round_trip(d):
    y, m, day = to_hijri(d)
    assert 1 <= day <= hijri_month_length(y, m)
    assert from_hijri(y, m, day) == d


# --- display -----------------------------------------------------------------------------------


def test_formats():
    d = date(2024, 5, 18)
    assert format_hijri(d) == "10/11/1445 هـ"
    assert format_gregorian(d) == "18/05/2024 م"
    assert format_dual(d) == "10/11/1445 هـ الموافق 18/05/2024 م"
    assert format_hijri(d, lang="en") == "10/11/1445 AH"
    assert format_gregorian(d, lang="en") == "18/05/2024"
    assert format_dual(d, lang="en") == "10/11/1445 AH (18/05/2024)"
    assert format_hijri(date(2021, 3, 1)) == "17/07/1442 هـ"


# --- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "18/05/2024",
        "18-05-2024",
        "18.05.2024",
        "18/5/2024",
        "2024-05-18",
        "2024/05/18",
        "2024.5.18",
        " ١٨/٠٥/٢٠٢٤ ",
        "۱۸/۰۵/۲۰۲۴",
        "18/05/2024 م",
    ],
)
def test_parse_gregorian(text):
    assert parse_date_text(text, "gregorian") == date(2024, 5, 18)


@pytest.mark.parametrize(
    "text", ["10/11/1445", "1445-11-10", "10.11.1445", "١٠/١١/١٤٤٥", "10/11/1445 هـ", "1445/11/10"]
)
def test_parse_hijri(text):
    assert parse_date_text(text, "hijri") == date(2024, 5, 18)


@given(st.dates(min_value=date(1940, 1, 1), max_value=date(2075, 12, 31)))
def test_formatted_dates_parse_back(d):
    assert parse_date_text(format_gregorian(d), "gregorian") == d
    assert parse_date_text(format_hijri(d), "hijri") == d


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("", "gregorian"),
        ("hello", "gregorian"),
        ("31/02/2024", "gregorian"),
        ("18/13/2024", "gregorian"),
        ("18/05/24", "gregorian"),
        ("18/05-2024", "gregorian"),
        ("2024-05-18T10:00", "gregorian"),
        ("30/11/1445", "hijri"),
        ("01/01/1300", "hijri"),
        ("18/05/2024", "julian"),
    ],
)
def test_parse_refuses_bad_input(text, calendar):
    with pytest.raises(ValueError):
        parse_date_text(text, calendar)  # type: ignore[arg-type]


# --- working days ------------------------------------------------------------------------------

THURSDAY = date(2024, 5, 16)


def test_saudi_weekend_is_friday_saturday():
    assert SAUDI_WEEKEND == frozenset({4, 5})
    assert not is_working_day(date(2024, 5, 17), NO_HOLIDAYS)  # Friday
    assert not is_working_day(date(2024, 5, 18), NO_HOLIDAYS)  # Saturday
    assert is_working_day(date(2024, 5, 19), NO_HOLIDAYS)  # Sunday
    assert not is_working_day(date(2024, 5, 19), {date(2024, 5, 19)})


def test_thursday_plus_one_working_day_is_sunday():
    assert THURSDAY.weekday() == 3
    assert add_working_days(THURSDAY, 1, NO_HOLIDAYS) == date(2024, 5, 19)
    assert add_working_days(THURSDAY, 0, NO_HOLIDAYS) == THURSDAY


def test_start_day_never_counts_even_on_a_weekend():
    friday = date(2024, 5, 17)
    assert add_working_days(friday, 1, NO_HOLIDAYS) == date(2024, 5, 19)
    assert add_working_days(friday, 0, NO_HOLIDAYS) == friday


def test_fifteen_working_days_are_three_weeks():
    sunday = date(2024, 5, 19)
    assert add_working_days(sunday, 15, NO_HOLIDAYS) == date(2024, 6, 9)


def test_holidays_are_skipped():
    # Eid al-Adha 1445 break (from default_holidays(2024)): Sat 15 – Wed 19 June 2024.
    eid = {date(2024, 6, d) for d in range(15, 20)}
    thursday = date(2024, 6, 13)
    assert add_working_days(thursday, 1, eid) == date(2024, 6, 20)
    assert add_working_days(thursday, 1, NO_HOLIDAYS) == date(2024, 6, 16)
    # A list works as well as a set.
    assert add_working_days(thursday, 1, sorted(eid)) == date(2024, 6, 20)


def test_counting_spans_a_hijri_month_end():
    # 29/11/1445 is Thursday 6 June 2024; the next working day is Sunday 3/12/1445.
    start = from_hijri(1445, 11, 29)
    assert hijri_month_length(1445, 11) == 29
    result = add_working_days(start, 1, NO_HOLIDAYS)
    assert result == date(2024, 6, 9)
    assert to_hijri(result) == (1445, 12, 3)
    assert working_days_between(start, result, NO_HOLIDAYS) == 1


def test_custom_weekend():
    # Some offices work Saturdays: only Friday off.
    assert add_working_days(THURSDAY, 1, NO_HOLIDAYS, frozenset({4})) == date(2024, 5, 18)
    with pytest.raises(ValueError):
        add_working_days(THURSDAY, 1, NO_HOLIDAYS, frozenset(range(7)))


def test_negative_n_is_refused():
    with pytest.raises(ValueError):
        add_working_days(THURSDAY, -1, NO_HOLIDAYS)


def test_working_days_between():
    sunday = date(2024, 5, 19)
    assert working_days_between(THURSDAY, sunday, NO_HOLIDAYS) == 1
    assert working_days_between(sunday, THURSDAY, NO_HOLIDAYS) == -1
    assert working_days_between(sunday, sunday, NO_HOLIDAYS) == 0
    assert working_days_between(sunday, date(2024, 5, 26), {date(2024, 5, 20)}) == 4


def test_add_calendar_days():
    assert add_calendar_days(date(2024, 5, 18), 14) == date(2024, 6, 1)
    assert add_calendar_days(date(2024, 3, 1), -1) == date(2024, 2, 29)


holiday_sets = st.frozensets(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)), max_size=40
)
weekends = st.frozensets(st.integers(0, 6), max_size=3)


@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31)),
    n=st.integers(0, 120),
    holidays=holiday_sets,
    weekend=weekends,
)
def test_add_working_days_lands_on_a_working_day_and_inverts(start, n, holidays, weekend):
    result = add_working_days(start, n, holidays, weekend)
    assert working_days_between(start, result, holidays, weekend) == n
    if n > 0:
        assert result > start
        assert is_working_day(result, holidays, weekend)
        # It is the first such day: the day before has one working day fewer.
        assert working_days_between(start, result - timedelta(days=1), holidays, weekend) == n - 1
    else:
        assert result == start


@given(
    a=st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31)),
    b=st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31)),
    holidays=holiday_sets,
)
def test_working_days_between_is_antisymmetric(a, b, holidays):
    assert working_days_between(a, b, holidays) == -working_days_between(b, a, holidays)



@settings(max_examples=40)
@given(
    pairs=st.lists(st.tuples(st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31)),
                             st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))),
                   min_size=1, max_size=6),
    holidays=holiday_sets,
    weekend=weekends,
)
def test_a_count_for_a_whole_list_agrees_with_the_day_by_day_walk(pairs, holidays, weekend):
    """One counter asked about many pairs (its span growing both ways, dates far apart and in
    either order) answers what walking the days answers for each."""
    count = WorkingDayCount(holidays, weekend)
    for a, b in pairs:
        assert count.between(a, b) == working_days_between(a, b, holidays, weekend)


# --- official holidays -------------------------------------------------------------------------


def test_default_holidays_seed_the_table():
    table = default_holidays([2024])
    dates = [d for d, _ in table]
    assert dates == sorted(dates)
    assert all(d.year == 2024 for d in dates)
    assert all(isinstance(name, str) and name for _, name in table)
    assert date(2024, 9, 23) in dates  # National Day
    assert date(2024, 2, 22) in dates  # Founding Day
    assert date(2024, 4, 10) in dates  # Eid al-Fitr
    names = dict(table)
    assert "الوطني" in names[date(2024, 9, 23)]  # Arabic names from the package


def test_default_holidays_several_years():
    years = {d.year for d, _ in default_holidays(range(2024, 2027))}
    assert years == {2024, 2025, 2026}
