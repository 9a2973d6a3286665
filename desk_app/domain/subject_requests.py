"""A person's requests about the personal data the association holds on them (Personal Data
Protection Law): access, correction, destruction, objection — answered within 30 days of
receipt (the published guidance), after the person's identity was checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desk_app.domain.calendar import parse_date_text
from desk_app.domain.validation import FieldError, ValidationFailed

KINDS = ("access", "correction", "destruction", "objection")
IDENTITY_METHODS = ("national_id", "iqama", "passport", "family_card")
OUTCOMES = ("granted", "partly_granted", "refused")
OPEN, ANSWERED = "open", "answered"
ANSWER_DAYS = 30  # calendar days from receipt


def due_on(received: date) -> date:
    return received + timedelta(days=ANSWER_DAYS)


def days_left(due: date, today: date) -> int:
    """Days until the answer is due (negative: overdue by that many)."""
    return (due - today).days


@dataclass(frozen=True)
class SubjectRequestForm:
    kind: str
    requester_name: str
    received_text: str  # as typed, Gregorian or Hijri
    calendar: str = "gregorian"
    beneficiary_id: str | None = None
    details: str = ""


def parse(form: SubjectRequestForm, today: date) -> date:
    """The day received; raises ValidationFailed (fields ``kind``, ``requester_name``,
    ``received``)."""
    problems: list[FieldError] = []
    if form.kind not in KINDS:
        problems.append(FieldError("kind", "required"))
    if not form.requester_name.strip():
        problems.append(FieldError("requester_name", "required"))
    received = None
    if not form.received_text.strip():
        problems.append(FieldError("received", "required"))
    else:
        try:
            received = parse_date_text(form.received_text, "hijri" if form.calendar == "hijri"
                                       else "gregorian")
        except ValueError:
            problems.append(FieldError("received", "invalid_date"))
    if received is not None and received > today:
        problems.append(FieldError("received", "in_future"))
    if problems or received is None:
        raise ValidationFailed(problems)
    return received
