"""Personal-data breaches: recorded when discovered, the regulator notified within 72 hours of
discovery (the breach-notification procedure guide), with what data and how many people were
touched and the measures taken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from desk_app.domain.calendar import parse_date_text
from desk_app.domain.validation import FieldError, ValidationFailed

NOTIFY_WITHIN = timedelta(hours=72)


def notify_by(discovered_at: datetime) -> datetime:
    return discovered_at + NOTIFY_WITHIN


def overdue(discovered_at: datetime, notified_at: datetime | None, now: datetime) -> bool:
    """Not notified and the 72 hours have passed (a late notification is shown as late too)."""
    due = notify_by(discovered_at)
    return (notified_at or now) > due


@dataclass(frozen=True)
class BreachForm:
    discovered_date: str  # as typed, Gregorian or Hijri
    discovered_time: str  # "HH:MM", as typed
    description: str
    data_kinds: str
    people_affected: int
    measures: str = ""
    calendar: str = "gregorian"


def clock_time(text: str) -> time | None:
    """``14:30`` (Arabic-Indic digits accepted); None when it is not a time of day."""
    digits = text.strip().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    hours, sep, minutes = digits.partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        return None
    h, m = int(hours), int(minutes)
    return time(h, m) if h < 24 and m < 60 else None


def moment(text: str, calendar: str, at_text: str, field: str, problems: list[FieldError]
           ) -> datetime | None:
    at = clock_time(at_text)
    if at is None:
        problems.append(FieldError(f"{field}_time", "invalid_time"))
    if not text.strip():
        problems.append(FieldError(field, "required"))
        return None
    try:
        day = parse_date_text(text, "hijri" if calendar == "hijri" else "gregorian")
    except ValueError:
        problems.append(FieldError(field, "invalid_date"))
        return None
    return datetime.combine(day, at) if at is not None else None


def parse(form: BreachForm, now: datetime) -> datetime:
    """When it was discovered; raises ValidationFailed (``discovered``, ``description``,
    ``data_kinds``, ``people_affected``)."""
    problems: list[FieldError] = []
    found = moment(form.discovered_date, form.calendar, form.discovered_time, "discovered",
                   problems)
    if found is not None and found > now:
        problems.append(FieldError("discovered", "in_future"))
    for name in ("description", "data_kinds"):
        if not getattr(form, name).strip():
            problems.append(FieldError(name, "required"))
    if form.people_affected < 0:
        problems.append(FieldError("people_affected", "out_of_range", {"min": 0, "max": 10**7}))
    if problems or found is None:
        raise ValidationFailed(problems)
    return found
