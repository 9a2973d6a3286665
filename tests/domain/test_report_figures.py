"""Report arithmetic: periods, the fast working-day counter, compliance and medians."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import calendar as cal
from desk_app.domain import report_figures as rf

HOLIDAYS = frozenset({date(2026, 9, 23), date(2027, 3, 10)})


def test_periods():
    assert rf.month_of(date(2026, 2, 14)) == rf.Period(date(2026, 2, 1), date(2026, 2, 28))
    assert rf.month_of(date(2026, 12, 31)) == rf.Period(date(2026, 12, 1), date(2026, 12, 31))
    assert rf.quarter_of(date(2026, 11, 22)) == rf.Period(date(2026, 10, 1), date(2026, 12, 31))
    assert rf.year_of(date(2026, 5, 1)).days == 365
    assert [e.code for e in rf.validate_period(date(2026, 2, 2), date(2026, 2, 1))] == [
        "end_before_start"]
    assert [e.field for e in rf.validate_period(None, None)] == ["date_from", "date_to"]


@given(st.dates(date(2026, 9, 1), date(2026, 12, 31)), st.integers(0, 60))
def test_counter_agrees_with_the_calendar(a, span):
    b = a + timedelta(days=span)
    counter = rf.WorkingDayCounter(date(2026, 9, 1), date(2027, 3, 1), HOLIDAYS)
    assert counter.between(a, b) == cal.working_days_between(a, b, HOLIDAYS)


def test_compliance_worked_by_hand():
    # Mon 5 Oct → Mon 12 Oct: 5 working days; Tue 6 Oct → Sun 25 Oct: 13; Sun 11 → Tue 20: 7
    timings = [rf.Timing(date(2026, 10, 5), date(2026, 10, 19), date(2026, 10, 12)),
               rf.Timing(date(2026, 10, 6), date(2026, 10, 20), date(2026, 10, 25)),
               rf.Timing(date(2026, 10, 11), date(2026, 10, 25), date(2026, 10, 20))]
    assert rf.days_taken(timings, HOLIDAYS) == [5, 13, 7]
    assert rf.compliance(timings, HOLIDAYS) == rf.Compliance(3, 2, 66.7, 7.0)
    calendar = rf.Timing(date(2026, 10, 5), date(2026, 10, 19), date(2026, 10, 12), True)
    assert rf.days_taken([calendar], HOLIDAYS) == [7]
    assert rf.compliance([], HOLIDAYS) == rf.Compliance(0, 0, None, None)
    assert rf.median([4, 1, 3, 2]) == 2.5


def test_every_report_figure_is_defined_in_both_languages():
    for name, keys in rf.REPORTS.items():
        assert rf.title(name, "ar") and rf.title(name, "en")
        for k in keys:
            f = rf.FIGURES[k]
            assert f.name_ar and f.name_en and f.definition_ar and f.definition_en
