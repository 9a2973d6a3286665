"""Complaints as typed at the desk, their handling deadline, and the grounds for compensation.

R-CMP-1 (any channel, anonymous too), R-CMP-2 (a time limit per category, in working days),
R-CMP-3 (compensation only on approved investigation minutes or a final ruling). Forms hold
what was typed (strings); the validators return clean values or :class:`FieldError` values, one
per field, and never format sentences. The workflow itself is
:data:`desk_app.domain.workflows.COMPLAINT`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date

from desk_app.domain import calendar as cal
from desk_app.domain.arabic import to_ascii_digits
from desk_app.domain.validation import FieldError

MAX_DESCRIPTION = 4000
MAX_TEXT = 2000
MAX_AGE_DAYS = 366          # a complaint received more than a year ago is a typing mistake
MAX_AMOUNT_SAR = 10_000_000
COMPENSATION_KINDS: tuple[str, ...] = ("cash", "in_kind", "service", "other")
OUTCOMES: tuple[str, ...] = ("amicable", "action")
GROUNDS_MINUTES, GROUNDS_RULING = "minutes", "ruling"

# Deadline states shown on the board.
ON_TIME, AT_RISK, OVERDUE, MET, LATE = "on_time", "at_risk", "overdue", "met", "late"


# --- intake ---------------------------------------------------------------------------------------

@dataclass
class ComplaintForm:
    """The intake form as typed. ``beneficiary_id`` empty: an unregistered or anonymous person."""

    channel_code: str = ""
    category_code: str = ""
    description: str = ""
    received_on: str = ""            # dd/mm/yyyy; empty means today
    received_calendar: str = "gregorian"
    beneficiary_id: str = ""
    anonymous: bool = False
    complainant_name: str = ""
    complainant_contact: str = ""
    request_ref: str = ""
    submission_key: str = ""         # one per opened form: a second click submits nothing new


@dataclass(frozen=True)
class ComplaintData:
    channel_code: str
    category_code: str
    description: str
    received_on: date
    beneficiary_id: str | None
    anonymous: bool
    complainant_name: str
    complainant_contact: str
    request_ref: str


def parse_day(text: str, calendar: str, today: date, name: str, errors: list[FieldError],
              *, required: bool = True, max_age_days: int = 3660) -> date | None:
    """A typed date that is neither in the future nor implausibly old (error on ``name``)."""
    if not text.strip():
        if required:
            errors.append(FieldError(name, "required"))
        return None
    try:
        d = cal.parse_date_text(text, calendar)  # type: ignore[arg-type]
    except ValueError:
        errors.append(FieldError(name, "invalid_date"))
        return None
    if d > today:
        errors.append(FieldError(name, "in_future"))
        return None
    if (today - d).days > max_age_days:
        errors.append(FieldError(name, "too_old"))
        return None
    return d


def validate_complaint(
    form: ComplaintForm, today: date, channels: Collection[str], categories: Collection[str]
) -> tuple[ComplaintData | None, list[FieldError]]:
    """Check the intake form against the profile's complaint channels and categories."""
    errors: list[FieldError] = []
    if not form.channel_code:
        errors.append(FieldError("channel_code", "required"))
    elif form.channel_code not in channels:
        errors.append(FieldError("channel_code", "invalid_choice"))
    if not form.category_code:
        errors.append(FieldError("category_code", "required"))
    elif form.category_code not in categories:
        errors.append(FieldError("category_code", "invalid_choice"))
    description = form.description.strip()
    if not description:
        errors.append(FieldError("description", "required"))
    elif len(description) > MAX_DESCRIPTION:
        errors.append(FieldError("description", "too_long", {"max": MAX_DESCRIPTION}))
    received = today
    if form.received_on.strip():
        received = parse_day(form.received_on, form.received_calendar, today, "received_on",
                             errors, max_age_days=MAX_AGE_DAYS) or today
    name = " ".join(form.complainant_name.split())
    contact = " ".join(to_ascii_digits(form.complainant_contact).split())
    if any(ch.isdigit() for ch in name):
        errors.append(FieldError("complainant_name", "name_has_digits"))
    if len(name) > 200:
        errors.append(FieldError("complainant_name", "too_long", {"max": 200}))
    if len(contact) > 120:
        errors.append(FieldError("complainant_contact", "too_long", {"max": 120}))
    anonymous = form.anonymous and not form.beneficiary_id
    if anonymous:
        name = ""  # an anonymous complainant may still leave a way to reply (contact)
    if errors:
        return None, errors
    return ComplaintData(form.channel_code, form.category_code, description, received,
                         form.beneficiary_id or None, anonymous, name, contact,
                         form.request_ref.strip()), []


def number(branch: str, year: int, n: int) -> str:
    """The readable complaint number, e.g. ``RYD-C-2026-000012``."""
    return f"{branch}-C-{year}-{n:06d}"


# --- deadline ----------------------------------------------------------------------------------

def due_date(start: date, limit_working_days: int, holidays: Collection[date],
             weekend: Collection[int]) -> date:
    """The handling deadline: ``limit`` working days after the day the clock started."""
    return cal.add_working_days(start, limit_working_days, holidays, frozenset(weekend))


def at_risk_margin(limit_working_days: int) -> int:
    """Working days before the deadline from which a complaint is *at risk* (a fifth, ≥ 1)."""
    return max(1, limit_working_days // 5)


@dataclass(frozen=True)
class DeadlineInfo:
    state: str               # on_time / at_risk / overdue (open), met / late (settled)
    due_on: date
    working_days_left: int   # negative when overdue
    working_days_taken: int  # from start to settlement (or to today while open)


def deadline(start: date, due_on: date, limit_working_days: int, today: date,
             settled_on: date | None, holidays: Collection[date],
             weekend: Collection[int], count: cal.WorkingDayCount | None = None) -> DeadlineInfo:
    """Where a complaint stands against its deadline on ``today``. ``count``: working days
    counted for a whole list at once (same holidays and weekend)."""
    wk = frozenset(weekend)
    between = count.between if count is not None else (
        lambda a, b: cal.working_days_between(a, b, holidays, wk))
    end = settled_on or today
    taken = max(0, between(start, end))
    if settled_on is not None:
        return DeadlineInfo(MET if settled_on <= due_on else LATE, due_on, 0, taken)
    left = between(today, due_on)
    if today > due_on:
        state = OVERDUE
    elif left <= at_risk_margin(limit_working_days):
        state = AT_RISK
    else:
        state = ON_TIME
    return DeadlineInfo(state, due_on, left, taken)


# --- outcomes ------------------------------------------------------------------------------------

def require_text(text: str, name: str, max_len: int = MAX_TEXT) -> list[FieldError]:
    t = text.strip()
    if not t:
        return [FieldError(name, "required")]
    if len(t) > max_len:
        return [FieldError(name, "too_long", {"max": max_len})]
    return []


# --- investigation minutes, final ruling, compensation (R-CMP-3) ------------------------------

@dataclass
class MinutesForm:
    """محضر لجنة التحقيق والمتابعة: dated, naming the members who must each approve it."""

    minutes_date: str = ""
    calendar: str = "gregorian"
    member_ids: list[str] = field(default_factory=list)
    harm: str = ""
    harm_size: str = ""
    causes: str = ""
    association_at_fault: bool = False


@dataclass
class RulingForm:
    """A final ruling by a court or a competent dispute-settlement authority."""

    authority: str = ""
    reference: str = ""
    ruling_date: str = ""
    calendar: str = "gregorian"
    in_favour: bool = True


@dataclass
class CompensationForm:
    kind: str = "cash"
    amount: str = ""           # Saudi riyals as typed, e.g. "1500" or "1٬500.50"
    settled_on: str = ""
    calendar: str = "gregorian"
    accepted: bool = False     # the beneficiary accepted the agreed compensation
    note: str = ""


def validate_minutes(form: MinutesForm, today: date, eligible_members: Collection[str]
                     ) -> tuple[date | None, list[FieldError]]:
    errors: list[FieldError] = []
    d = parse_day(form.minutes_date, form.calendar, today, "minutes_date", errors)
    members = list(dict.fromkeys(form.member_ids))
    if not members:
        errors.append(FieldError("members", "required"))
    elif any(m not in eligible_members for m in members):
        errors.append(FieldError("members", "invalid_choice"))
    for name in ("harm", "harm_size", "causes"):
        errors += require_text(getattr(form, name), name)
    return d, errors


def validate_ruling(form: RulingForm, today: date) -> tuple[date | None, list[FieldError]]:
    errors: list[FieldError] = []
    errors += require_text(form.authority, "authority", 200)
    errors += require_text(form.reference, "reference", 100)
    d = parse_day(form.ruling_date, form.calendar, today, "ruling_date", errors)
    return d, errors


def parse_amount(text: str) -> tuple[int | None, str | None]:
    """Riyals as typed → halalas, or an error code (``required``, ``invalid_amount``,
    ``negative_amount``, ``amount_too_large``)."""
    t = to_ascii_digits(text).strip().replace("٬", "").replace(",", "").replace("٫", ".")
    t = t.removesuffix("ريال").removesuffix("ر.س").removesuffix("SAR").strip()
    if not t:
        return None, "required"
    try:
        value = round(float(t) * 100)
    except ValueError:
        return None, "invalid_amount"
    if t.startswith("-") or value < 0:
        return None, "negative_amount"
    if value > MAX_AMOUNT_SAR * 100:
        return None, "amount_too_large"
    return value, None


@dataclass(frozen=True)
class Grounds:
    """What the association has on file to justify compensating (R-CMP-3)."""

    minutes_recorded: bool = False
    association_at_fault: bool = False
    members: frozenset[str] = frozenset()
    approvals: frozenset[str] = frozenset()
    minutes_date: date | None = None
    ruling_date: date | None = None
    ruling_in_favour: bool = False

    @property
    def minutes_approved(self) -> bool:
        return self.minutes_recorded and bool(self.members) and self.members <= self.approvals

    @property
    def basis(self) -> str | None:
        """``ruling`` or ``minutes`` when compensation may be recorded, else None."""
        if self.ruling_date is not None and self.ruling_in_favour:
            return GROUNDS_RULING
        if self.minutes_approved and self.association_at_fault:
            return GROUNDS_MINUTES
        return None

    @property
    def since(self) -> date | None:
        return self.ruling_date if self.basis == GROUNDS_RULING else self.minutes_date


def grounds_errors(g: Grounds) -> list[FieldError]:
    """Why compensation cannot be recorded yet (empty when it can)."""
    if g.basis is not None:
        return []
    if g.minutes_recorded and not g.minutes_approved:
        missing = len(g.members - g.approvals)
        return [FieldError("", "minutes_not_approved", {"missing": missing})]
    if g.minutes_recorded and not g.association_at_fault:
        return [FieldError("", "association_not_at_fault")]
    return [FieldError("", "no_compensation_grounds")]


def validate_compensation(form: CompensationForm, today: date, g: Grounds
                          ) -> tuple[tuple[int, date] | None, list[FieldError]]:
    errors = grounds_errors(g)
    if form.kind not in COMPENSATION_KINDS:
        errors.append(FieldError("kind", "invalid_choice"))
    amount, code = parse_amount(form.amount)
    if code:
        errors.append(FieldError("amount", code))
    elif form.kind == "cash" and amount == 0:
        errors.append(FieldError("amount", "zero_amount"))
    settled = parse_day(form.settled_on, form.calendar, today, "settled_on", errors)
    if settled and g.since and settled < g.since:
        errors.append(FieldError("settled_on", "before_grounds"))
    if not form.accepted:
        errors.append(FieldError("accepted", "acceptance_required"))
    if len(form.note.strip()) > MAX_TEXT:
        errors.append(FieldError("note", "too_long", {"max": MAX_TEXT}))
    if errors or amount is None or settled is None:
        return None, errors
    return (amount, settled), []


def format_sar(halalas: int) -> str:
    riyals, rest = divmod(halalas, 100)
    return f"{riyals:,}" + (f".{rest:02d}" if rest else "")


def median(values: Sequence[int]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
