"""Rules of a service request: intake, checklist completeness, deadlines, decisions, review.

Pure functions over plain values (no Qt, no SQLAlchemy). Validation returns
:class:`~desk_app.domain.validation.FieldError` lists; the screens word them.

Field error codes: ``required``, ``invalid_choice``, ``consent_required``, ``agreed_channel_required``,
``service_inactive``, ``end_before_start``, ``scan_missing``, ``scan_unreadable``,
``scan_empty``, ``scan_too_large`` (``max_mb``), ``scan_not_image_or_pdf``.
"""

from __future__ import annotations

import calendar as _pycal
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desk_app.domain import calendar as cal
from desk_app.domain.profile import OrgProfile, ResponseRule
from desk_app.domain.validation import FieldError
from desk_app.domain.workflows import ACCEPTED, DECISIONS, REFERRED, REJECTED

# --- intake ------------------------------------------------------------------------------------


@dataclass
class IntakeForm:
    """What the desk fills in to open a request (as chosen/typed)."""

    beneficiary_id: str = ""
    service_code: str = ""
    channel_code: str = ""
    description: str = ""
    consent_terms: bool = False
    consent_data: bool = False
    # The channel the person will be told the outcome on (blank: their preferred channel).
    agreed_channel_code: str = ""


def validate_intake(form: IntakeForm, profile: OrgProfile) -> list[FieldError]:
    errors: list[FieldError] = []
    if not form.beneficiary_id:
        errors.append(FieldError("beneficiary_id", "required"))
    services = {s.code: s for s in profile.services}
    if not form.service_code:
        errors.append(FieldError("service_code", "required"))
    elif form.service_code not in services:
        errors.append(FieldError("service_code", "invalid_choice"))
    elif not services[form.service_code].active:
        errors.append(FieldError("service_code", "service_inactive"))
    if not form.channel_code:
        errors.append(FieldError("channel_code", "required"))
    elif form.channel_code not in {c.code for c in profile.channels}:
        errors.append(FieldError("channel_code", "invalid_choice"))
    if form.agreed_channel_code and form.agreed_channel_code not in {
            c.code for c in profile.channels}:
        errors.append(FieldError("agreed_channel_code", "invalid_choice"))
    if not (form.consent_terms and form.consent_data):
        errors.append(FieldError("consent", "consent_required"))
    return errors


def agreed_channel(chosen: str, preferred: str, profile: OrgProfile
                   ) -> tuple[str, list[FieldError]]:
    """The channel the outcome will be told on: the one chosen at intake, else the person's
    preferred channel; ``agreed_channel_required`` when neither is known and the policy names the agreed
    channel as the means (profile ``outcome_notice``, seed 000)."""
    known = {c.code for c in profile.channels}
    code = chosen or (preferred if preferred in known else "")
    if not code and profile.outcome_notice.agreed_channel_required:
        return "", [FieldError("agreed_channel_code", "agreed_channel_required")]
    return code, []


# --- checklist ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistState:
    """One required document as the desk has verified it so far."""

    document_code: str
    seen: bool = False
    matches: bool = False

    @property
    def done(self) -> bool:
        return self.seen and self.matches


def missing_documents(required: Sequence[str], items: Iterable[ChecklistState]) -> list[str]:
    """Codes of required documents not yet seen and matching, in the service's order."""
    done = {i.document_code for i in items if i.done}
    return [code for code in required if code not in done]


def is_complete(required: Sequence[str], items: Iterable[ChecklistState]) -> bool:
    return not missing_documents(required, items)


# --- deadlines ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    """A response deadline as computed when the request became complete, and what it used."""

    completed_on: date
    due_on: date
    rule_kind: str
    days: int
    holiday_table_version: int

    @property
    def rule(self) -> str:
        return f"{self.rule_kind}:{self.days}"


def due_date(completed_on: date, rule: ResponseRule, holidays: Collection[date],
             weekend: Iterable[int] = cal.SAUDI_WEEKEND) -> date:
    """The last day to answer: ``rule.days`` counted from the day after ``completed_on``.

    ``working_days`` and ``custom`` skip the weekend and the holidays; ``calendar_days`` counts
    every day.
    """
    if rule.kind == "calendar_days":
        return cal.add_calendar_days(completed_on, rule.days)
    if rule.kind in ("working_days", "custom"):
        return cal.add_working_days(completed_on, rule.days, frozenset(holidays),
                                    frozenset(weekend))
    raise ValueError(f"unknown response rule: {rule.kind!r}")


def deadline(completed_on: date, profile: OrgProfile) -> Deadline:
    """The deadline under ``profile``'s rule, weekend and holiday table (version recorded)."""
    holidays = frozenset(h.date for h in profile.holidays)
    rule = profile.response_rule
    due = due_date(completed_on, rule, holidays, profile.weekend)
    return Deadline(completed_on, due, rule.kind, rule.days, profile.holiday_table_version)


def days_left(due_on: date, today: date, rule_kind: str, holidays: Collection[date],
              weekend: Iterable[int] = cal.SAUDI_WEEKEND) -> int:
    """Days (working days unless the rule counts calendar days) from ``today`` to ``due_on``.

    0 on the due day itself; negative once overdue (how many days late).
    """
    if rule_kind == "calendar_days":
        return (due_on - today).days
    return cal.working_days_between(today, due_on, frozenset(holidays), frozenset(weekend))


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and today > due_on


# --- committee decision, notification, referral, service -------------------------------------


def validate_decision(decision: str, reason: str, committee_code: str, profile: OrgProfile,
                      referral_to: str = "") -> list[FieldError]:
    """A decision needs its committee; a rejection or referral needs its reason (R-VER-4)."""
    errors: list[FieldError] = []
    if decision not in DECISIONS:
        errors.append(FieldError("decision", "required" if not decision else "invalid_choice"))
    if not committee_code:
        errors.append(FieldError("committee_code", "required"))
    elif committee_code not in {c.code for c in profile.committees}:
        errors.append(FieldError("committee_code", "invalid_choice"))
    if decision in (REJECTED, REFERRED) and not reason.strip():
        errors.append(FieldError("reason", "required"))
    if decision == REFERRED and not referral_to.strip():
        errors.append(FieldError("referral_to", "required"))
    return errors


def decision_status(decision: str) -> str:
    """The request status a committee decision leads to."""
    return {ACCEPTED: ACCEPTED, REJECTED: REJECTED, REFERRED: REFERRED}[decision]


def validate_notification(channel_code: str, text: str, profile: OrgProfile) -> list[FieldError]:
    errors: list[FieldError] = []
    if not channel_code:
        errors.append(FieldError("channel_code", "required"))
    elif channel_code not in {c.code for c in profile.channels}:
        errors.append(FieldError("channel_code", "invalid_choice"))
    if not text.strip():
        errors.append(FieldError("text", "required"))
    return errors


REFERRAL_KINDS = ("association", "social_researcher", "department")
#: Referrals inside the association: the request waits under study and comes back.
INTERNAL_REFERRAL_KINDS = ("social_researcher", "department")
#: Where a study ends: back to the desk, or on to the committee.
STUDY_OUTCOMES = ("desk", "committee")


def validate_referral(kind: str, target_name: str, reason: str) -> list[FieldError]:
    """An intake referral (R-INT-6): where to (kind and name) and why."""
    errors: list[FieldError] = []
    if kind not in REFERRAL_KINDS:
        errors.append(FieldError("kind", "required" if not kind else "invalid_choice"))
    if not target_name.strip():
        errors.append(FieldError("target_name", "required"))
    if not reason.strip():
        errors.append(FieldError("reason", "required"))
    return errors


def validate_study_return(outcome: str, note: str, checklist_complete: bool) -> list[FieldError]:
    """A study ends with what was found (``note``); the committee only gets a request whose
    documents are all verified (its response clock must be running)."""
    errors: list[FieldError] = []
    if outcome not in STUDY_OUTCOMES:
        errors.append(FieldError("outcome", "required" if not outcome else "invalid_choice"))
    if not note.strip():
        errors.append(FieldError("note", "required"))
    if outcome == "committee" and not checklist_complete:
        errors.append(FieldError("checklist", "checklist_incomplete"))
    return errors


# --- scans -------------------------------------------------------------------------------------

SCAN_TYPES: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"WEBP", 8, "image/webp"),
    (b"BM", 0, "image/bmp"),
)
SNIFF_BYTES = 16


def sniff_mime(head: bytes) -> str | None:
    """The image/PDF type of a file from its first bytes (its magic number), else ``None``."""
    for magic, offset, mime in SCAN_TYPES:
        if head[offset:offset + len(magic)] == magic:
            if mime == "image/webp" and head[:4] != b"RIFF":
                continue
            return mime
    return None


def check_scan(size: int, head: bytes, limit_bytes: int) -> tuple[str | None, FieldError | None]:
    """``(mime, None)`` for an acceptable scan, else ``(None, error)``."""
    if size <= 0:
        return None, FieldError("scan", "scan_empty")
    if size > limit_bytes:
        return None, FieldError("scan", "scan_too_large",
                                {"max_mb": round(limit_bytes / (1024 * 1024), 1)})
    mime = sniff_mime(head)
    if mime is None:
        return None, FieldError("scan", "scan_not_image_or_pdf")
    return mime, None


# --- periodic review (R-VER-5) -----------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _pycal.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def review_due_on(data_reviewed_on: date, period_months: int) -> date:
    """The day a record's data become due for review."""
    return add_months(data_reviewed_on, period_months)


def needs_review(data_reviewed_on: date, period_months: int, today: date) -> bool:
    return today >= review_due_on(data_reviewed_on, period_months)


def review_cutoff(today: date, period_months: int) -> date:
    """Records reviewed on or before this day are due (inverse of :func:`review_due_on`)."""
    cutoff = add_months(today, -period_months)
    # add_months clamps to month ends; step forward while a later day would still be due.
    while needs_review(cutoff + _ONE_DAY, period_months, today):
        cutoff += _ONE_DAY
    return cutoff


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)
