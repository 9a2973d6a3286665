"""Aid actually given against an approved request (issue 20): what a delivery must say, and
which earlier deliveries to the same household count as a repeat.

Pure rules over plain values. A delivery is cash (amount in SAR, paid to an IBAN, by cheque or in
cash), in kind (items and quantities) or a service, under one of the profile's programmes when it
lists any. A household is the set of ID numbers of a file's holder and members: an earlier
delivery of the same kind to any file sharing one of those IDs within the profile's period is a
repeat, shown before saving; the employee may go on with a recorded reason.

Field error codes: ``required``, ``invalid_choice``, ``invalid_amount``, ``negative_amount``,
``zero_amount``, ``amount_too_large``, ``invalid_iban``, ``invalid_count``, ``in_future``,
``before_decision``, ``too_long``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from desk_app.domain.complaints import format_sar, parse_amount
from desk_app.domain.identifiers import is_valid_iban, normalize_iban
from desk_app.domain.profile.aid import AidPolicy
from desk_app.domain.validation import FieldError
from desk_app.domain.workflows import ACCEPTED, CLOSED, SERVED

CASH, IN_KIND, SERVICE = "cash", "in_kind", "service"
AID_KINDS: tuple[str, ...] = (CASH, IN_KIND, SERVICE)
PAYMENT_METHODS: tuple[str, ...] = ("iban", "cheque", "cash")
MAX_ITEMS = 40
#: The statuses of a request that can have aid recorded against it: aid is given once the
#: committee accepted it (services/aid.py), and no status leads back from these. A request in
#: any other status has none, so its screen need not ask (issue 23: a query after every save
#: and tick of a request).
MAY_HAVE_AID = frozenset({ACCEPTED, SERVED, CLOSED})
MAX_QUANTITY = 100_000
MAX_TEXT = 2000

__all__ = ["AID_KINDS", "AidForm", "AidItem", "CASH", "IN_KIND", "PAYMENT_METHODS", "SERVICE",
           "format_sar", "household_ids", "repeat_since", "validate_aid"]


@dataclass(frozen=True)
class AidItem:
    """One line of aid in kind: what and how many (``quantity`` as typed)."""

    name: str
    quantity: str
    unit: str = ""


@dataclass(frozen=True)
class AidForm:
    """A delivery as the desk typed it."""

    kind: str = ""
    programme_code: str = ""
    delivered_on: date | None = None
    amount: str = ""
    payment_method: str = ""
    iban: str = ""
    cheque_number: str = ""
    items: tuple[AidItem, ...] = ()
    details: str = ""


@dataclass(frozen=True)
class CleanAid:
    """A valid delivery, normalised: halalas, a compact IBAN, whole quantities."""

    kind: str
    programme_code: str
    delivered_on: date
    amount_halalas: int | None = None
    payment_method: str = ""
    iban: str = ""
    cheque_number: str = ""
    items: tuple[tuple[str, int, str], ...] = field(default_factory=tuple)
    details: str = ""


def _cash(form: AidForm, errors: list[FieldError]) -> tuple[int | None, str, str]:
    halalas, code = parse_amount(form.amount)
    if code:
        errors.append(FieldError("amount", code))
    elif halalas == 0:
        errors.append(FieldError("amount", "zero_amount"))
    method = form.payment_method
    if method not in PAYMENT_METHODS:
        errors.append(FieldError("payment_method", "required" if not method else
                                 "invalid_choice"))
    iban = normalize_iban(form.iban) if method == "iban" else ""
    if method == "iban" and not iban:
        errors.append(FieldError("iban", "required"))
    elif method == "iban" and not is_valid_iban(iban):
        errors.append(FieldError("iban", "invalid_iban"))
    cheque = form.cheque_number.strip() if method == "cheque" else ""
    if method == "cheque" and not cheque:
        errors.append(FieldError("cheque_number", "required"))
    return halalas, iban, cheque


def _items(form: AidForm, errors: list[FieldError]) -> tuple[tuple[str, int, str], ...]:
    rows = [i for i in form.items if i.name.strip() or i.quantity.strip()]
    if not rows:
        errors.append(FieldError("items", "required"))
        return ()
    if len(rows) > MAX_ITEMS:
        errors.append(FieldError("items", "too_long", {"max": MAX_ITEMS}))
        return ()
    out = []
    for row in rows:
        q = row.quantity.strip()
        digits = q.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
        if not row.name.strip():
            errors.append(FieldError("items", "required"))
        elif not digits.isdigit() or not 1 <= int(digits) <= MAX_QUANTITY:
            errors.append(FieldError("items", "invalid_count"))
        else:
            out.append((row.name.strip(), int(digits), row.unit.strip()))
    return tuple(out)


def validate_aid(form: AidForm, policy: AidPolicy, today: date, decided_on: date | None
                 ) -> tuple[CleanAid | None, list[FieldError]]:
    """The delivery normalised, or every problem with it (one per field where it can)."""
    errors: list[FieldError] = []
    if form.kind not in AID_KINDS:
        errors.append(FieldError("kind", "required" if not form.kind else "invalid_choice"))
    codes = {p.code for p in policy.programmes}
    if codes and form.programme_code not in codes:
        errors.append(FieldError("programme_code", "required" if not form.programme_code
                                 else "invalid_choice"))
    elif not codes and form.programme_code:
        errors.append(FieldError("programme_code", "invalid_choice"))
    day = form.delivered_on
    if day is None:
        errors.append(FieldError("delivered_on", "required"))
    elif day > today:
        errors.append(FieldError("delivered_on", "in_future"))
    elif decided_on is not None and day < decided_on:
        errors.append(FieldError("delivered_on", "before_decision"))
    halalas, iban, cheque, items = None, "", "", ()
    if form.kind == CASH:
        halalas, iban, cheque = _cash(form, errors)
    elif form.kind == IN_KIND:
        items = _items(form, errors)
    details = form.details.strip()
    if form.kind == SERVICE and not details:
        errors.append(FieldError("details", "required"))
    if len(details) > MAX_TEXT:
        errors.append(FieldError("details", "too_long", {"max": MAX_TEXT}))
    if errors or day is None:
        return None, errors
    return CleanAid(form.kind, form.programme_code, day, halalas,
                    form.payment_method if form.kind == CASH else "", iban, cheque, items,
                    details), []


def programme_date_errors(programme: bool, start: date | None, end: date | None
                          ) -> list[FieldError]:
    """A programme (a course, a training) also records when it starts and ends."""
    errors: list[FieldError] = []
    if programme:
        errors += [FieldError(name, "required") for name, d in
                   (("programme_start", start), ("programme_end", end)) if d is None]
    if start and end and end < start:
        errors.append(FieldError("programme_end", "end_before_start"))
    return errors


def household_ids(*id_numbers: str | Iterable[str]) -> frozenset[str]:
    """The ID numbers that make up a household (the holder's and the members'), blanks left
    out; arguments may be single IDs or collections of them."""
    out: set[str] = set()
    for x in id_numbers:
        for n in ([x] if isinstance(x, str) else x):
            n = n.strip().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
            if n:
                out.add(n)
    return frozenset(out)


def repeat_since(day: date, policy: AidPolicy) -> date | None:
    """Deliveries on or after this day count as a repeat of one given on ``day``; None when
    the association flags no repeats (period 0)."""
    if policy.repeat_period_days <= 0:
        return None
    return day - timedelta(days=policy.repeat_period_days - 1)
