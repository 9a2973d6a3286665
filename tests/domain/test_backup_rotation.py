"""Automatic backup rotation: 7 daily, 4 weekly (weeks start on Sunday), 12 monthly."""

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.backup_rotation import (
    RotationPolicy,
    aside_to_remove,
    is_due,
    is_stale,
    to_keep,
    week_start,
)


def test_week_starts_on_sunday():
    assert week_start(date(2026, 11, 1)) == date(2026, 11, 1)  # a Sunday
    assert week_start(date(2026, 11, 7)) == date(2026, 11, 1)  # Saturday, same week
    assert week_start(date(2026, 11, 8)) == date(2026, 11, 8)


def test_ten_days_keep_seven_days_plus_the_newest_of_each_week_and_month():
    # Sun 25 Oct … Tue 3 Nov 2026, a backup at 14:00 and one at sign-out (19:00) every day.
    days = [datetime(2026, 10, 25, 14) + timedelta(days=i) for i in range(10)]
    stamps = days + [d.replace(hour=19) for d in days]
    kept = to_keep(stamps)
    daily = {datetime(2026, 11, d, 19) for d in (1, 2, 3)} | {
        datetime(2026, 10, d, 19) for d in (28, 29, 30, 31)}
    # weekly: week of 1 Nov (newest: 3 Nov 19:00, already daily) and week of 25 Oct (31 Oct);
    # monthly: November (3 Nov) and October (31 Oct). Nothing older than 28 Oct survives but
    # the last backup of the week and month.
    assert kept == daily
    assert datetime(2026, 10, 27, 19) not in kept and datetime(2026, 11, 3, 14) not in kept


def test_a_year_of_daily_backups_keeps_exactly_the_generations():
    start = datetime(2025, 11, 2, 14)  # a Sunday
    stamps = [start + timedelta(days=i) for i in range(400)]
    now = stamps[-1]
    assert now == datetime(2026, 12, 6, 14) and now.weekday() == 6  # ends on a Sunday
    kept = to_keep(stamps)
    last7 = {now - timedelta(days=i) for i in range(7)}  # Mon 30 Nov … Sun 6 Dec
    # 4 weeks: this one (6 Dec), and the Saturdays ending the three before it: 5 Dec is among
    # the seven days already, 28 and 21 Nov are not.
    weekly = {datetime(2026, 11, 28, 14), datetime(2026, 11, 21, 14)}
    # 12 months: December (6 Dec), November (30 Nov, a daily one), then October … January.
    monthly = {datetime(2026, m + 1, 1, 14) - timedelta(days=1) for m in range(1, 11)}
    assert kept == last7 | weekly | monthly
    assert len(kept) == 7 + 2 + 10
    assert min(kept) == datetime(2026, 1, 31, 14)


def test_closed_weeks_do_not_use_up_a_generation():
    # Backups only on the first Monday of each of 6 months: weekly keeps the 4 newest.
    stamps = [datetime(2026, m, 2, 9) for m in range(1, 7)]
    kept = to_keep(stamps, RotationPolicy(daily=1, weekly=4, monthly=0))
    assert kept == set(stamps[-4:])


def test_zero_everywhere_keeps_nothing_and_nothing_is_kept_twice():
    stamps = [datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 9)]
    assert to_keep(stamps, RotationPolicy(0, 0, 0)) == set()
    assert to_keep(stamps) == {datetime(2026, 1, 1, 9)}


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
                max_size=60))
def test_the_newest_is_always_kept_and_kept_is_a_subset(stamps):
    kept = to_keep(stamps)
    assert kept <= set(stamps)
    assert len(kept) <= 7 + 4 + 12
    if stamps:
        assert max(stamps) in kept


def test_due_once_a_day_and_stale_after_the_allowed_age():
    now = datetime(2026, 11, 22, 9, 0)
    assert is_due(None, now)
    assert is_due(datetime(2026, 11, 21, 23, 59), now)
    assert not is_due(datetime(2026, 11, 22, 0, 5), now)
    assert is_stale(None, now, 26)
    assert not is_stale(now - timedelta(hours=26), now, 26)
    assert is_stale(now - timedelta(hours=26, minutes=1), now, 26)


def test_set_aside_backups_are_kept_only_while_someone_may_need_them():
    t = lambda day, hour=8: datetime(2026, 11, day, hour, 0)  # noqa: E731
    now = t(20, 9)
    # could not be checked: the newest is kept until a good backup newer than it exists
    assert aside_to_remove([], [t(18), t(19)], [t(17)], now) == (set(), {t(18)})
    assert aside_to_remove([], [t(18), t(19)], [t(17), t(20)], now) == (set(), {t(18), t(19)})
    assert aside_to_remove([], [t(19)], [], now) == (set(), set())  # the only copy there is
    # damaged: the newest one only, for someone to look into, then not after 30 days
    assert aside_to_remove([t(19, 8), t(19, 9), t(19, 10)], [], [], now) == (
        {t(19, 8), t(19, 9)}, set())
    assert aside_to_remove([t(19)], [], [t(20)], now) == (set(), set())  # a good one since
    assert aside_to_remove([datetime(2026, 10, 20, 8)], [], [], now) == (
        {datetime(2026, 10, 20, 8)}, set())
    assert aside_to_remove([datetime(2026, 10, 21, 10)], [], [], now) == (set(), set())
