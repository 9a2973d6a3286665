"""Which automatic backups to keep: daily, weekly and monthly generations (grandfather–father–son).

Pure rules on timestamps; the service lists the files, asks :func:`to_keep`, and deletes the rest.
Each rule keeps the newest backup of each of its N most recent periods that have a backup, so a
week with the office closed does not use up a generation. Weeks start on Sunday (the Saudi
working week); months are Gregorian calendar months.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class RotationPolicy:
    """How many generations of each kind to keep (the association's backup policy)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def week_start(day: date) -> date:
    """The Sunday that starts ``day``'s week (Python: Monday=0 … Sunday=6)."""
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _newest_per_period(stamps: list[datetime], key: Callable[[datetime], Hashable],
                       count: int) -> set[datetime]:
    kept: dict[Hashable, datetime] = {}
    for stamp in stamps:  # newest first: the first one seen in a period is its newest
        period = key(stamp)
        if period not in kept:
            if len(kept) == count:
                break
            kept[period] = stamp
    return set(kept.values())


def to_keep(stamps: Iterable[datetime], policy: RotationPolicy = RotationPolicy()
            ) -> set[datetime]:
    """The backups (by timestamp) that the policy keeps; every other one may be deleted."""
    ordered = sorted(set(stamps), reverse=True)
    keep = _newest_per_period(ordered, lambda s: s.date(), policy.daily)
    keep |= _newest_per_period(ordered, lambda s: week_start(s.date()), policy.weekly)
    keep |= _newest_per_period(ordered, lambda s: (s.year, s.month), policy.monthly)
    return keep


def is_due(last_good: datetime | None, now: datetime) -> bool:
    """A daily backup is due when there is no good backup from today yet."""
    return last_good is None or last_good.date() < now.date()


def is_stale(last_good: datetime | None, now: datetime, max_age_hours: int) -> bool:
    """The last good backup is older than the association allows (or there is none)."""
    return last_good is None or now - last_good > timedelta(hours=max_age_hours)


#: How long the newest backup set aside as damaged is kept for someone to look into.
KEEP_DAMAGED_DAYS = 30


def aside_to_remove(damaged: Iterable[datetime], unchecked: Iterable[datetime],
                    good: Iterable[datetime], now: datetime,
                    keep_damaged_days: int = KEEP_DAMAGED_DAYS
                    ) -> tuple[set[datetime], set[datetime]]:
    """The set-aside backups that no one still needs, as (damaged, unchecked) timestamps; the
    rest are kept.

    A backup set aside as *could not be checked* may be sound and restorable by hand: it is
    needed only until a good backup newer than it exists, and of several only the newest (it
    holds the most). One set aside as *damaged* is kept for someone to look into what went
    wrong: the newest only (a damaged database yields the same damage at every attempt), for
    ``keep_damaged_days``. At 1M beneficiaries each is 2.7 GB: without this rule a damaged
    database filled the disk one attempt at a time.
    """
    newest_good = max(good, default=None)
    unchecked = sorted(unchecked, reverse=True)
    gone = {s for s in unchecked if newest_good is not None and s < newest_good}
    gone |= set(unchecked[1:])
    damaged = sorted(damaged, reverse=True)
    gone_damaged = set(damaged[1:])
    if damaged and now - damaged[0] > timedelta(days=keep_damaged_days):
        gone_damaged.add(damaged[0])
    return gone_damaged, gone
