"""Named instants for tests: the clock never comes from the machine.

``clock`` (tests/conftest.py) is a :class:`FixedClock` at ``INSTANTS["sunday"]`` unless a test
asks for others with :data:`on_every_kind_of_day` (indirect parametrisation of ``clock``), so the
same database fixtures run on each day. Where the behaviour depends on the day, the test writes
the expected values out per instant, worked by hand from the Umm al-Qura calendar and the
Friday–Saturday weekend — never recomputed with the code under test.
"""

from __future__ import annotations

from datetime import datetime

import pytest


class FixedClock:
    """An injectable clock the test can move."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


INSTANTS: dict[str, datetime] = {
    # the first working day of the Saudi week (12 Jumada II 1448): the suite's usual day
    "sunday": datetime(2026, 11, 22, 9, 30),
    # a Thursday: the next day begins the Friday–Saturday weekend
    "thursday": datetime(2026, 11, 26, 13, 45),
    # the last day of a Hijri month: 29 Jumada II 1448 (a 29-day month)
    "hijri_month_end": datetime(2026, 12, 9, 15, 0),
    # the last day of the Gregorian year (a Thursday too)
    "year_end": datetime(2026, 12, 31, 23, 50),
    # inside the Eid al-Fitr holidays of 1448 (9–14 March 2027 in the seeded holiday table)
    "eid": datetime(2027, 3, 10, 10, 0),
}

on_every_kind_of_day = pytest.mark.parametrize("clock", list(INSTANTS), indirect=True)
"""Run the decorated test once per named instant (``clock`` and the databases built on it)."""
