"""Complaints, disputes and compensation (R-CMP): every public function is one user action.

Each action is one transaction with one audit event (:meth:`Database.action`) and one line on
the complaint's own timeline. The workflow is :data:`~desk_app.domain.workflows.COMPLAINT`;
compensation is refused unless the investigation minutes were approved by every member — each
member signed in as themself — or a final ruling is on file (R-CMP-3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk_app.domain import complaints as rules
from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.complaints_tables import (
    Compensation,
    Complaint,
    ComplaintAttachment,
    Investigation,
    MinutesApproval,
    Negotiation,
)
from desk_app.storage.db import Database, StorageError
from desk_app.storage.repositories import complaints as repo
from desk_app.storage.repositories import counters

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Filed:
    """A filed complaint. ``already``: this form had been submitted before (nothing new made)."""

    id: str
    number: str
    received_on: date
    due_on: date
    limit_days: int
    already: bool = False


def holidays_of(profile: OrgProfile) -> frozenset[date]:
    return frozenset(h.date for h in profile.holidays)


def _filed(c: Complaint, already: bool = False) -> Filed:
    return Filed(c.id, c.number, c.received_on, c.due_on, c.limit_days, already)


def _failed(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationFailed(errors)


# --- intake --------------------------------------------------------------------------------------

def submit(db: Database, actor: Actor, form: rules.ComplaintForm, profile: OrgProfile, *,
           branch_code: str, attachments: Sequence[tuple[str, bytes]] = ()) -> Filed:
    """File a complaint (R-CMP-1): number, deadline by category, first timeline line.

    A form submitted twice (same ``submission_key``) returns the first filing unchanged.
    """
    require(db, actor, "complaint.file")
    if not form.submission_key:
        raise ValueError("submission_key is required")
    now = db.clock()
    with db.read() as s:
        existing = repo.by_submission_key(s, form.submission_key)
        if existing is not None:
            return _filed(existing, already=True)
        if form.beneficiary_id and repo.beneficiary(s, form.beneficiary_id) is None:
            raise ValidationFailed([FieldError("beneficiary_id", "invalid_choice")])
    data, errors = rules.validate_complaint(
        form, now.date(), [c.code for c in profile.complaint_channels],
        [c.code for c in profile.complaint_categories])
    for name, content in attachments:
        if len(content) > MAX_ATTACHMENT_BYTES:
            errors.append(FieldError("attachments", "file_too_large",
                                     {"name": name, "max": MAX_ATTACHMENT_BYTES // 2**20}))
    _failed(errors)
    assert data is not None
    limit = profile.complaint_category(data.category_code).limit_working_days
    due = rules.due_date(data.received_on, limit, holidays_of(profile), profile.weekend)
    try:
        with db.action(actor, "complaint.submit") as s:
            n = counters.next_value(s, f"complaint:{branch_code}:{data.received_on.year}")
            c = Complaint(
                number=rules.number(branch_code, data.received_on.year, n),
                branch_code=branch_code, submission_key=form.submission_key,
                beneficiary_id=data.beneficiary_id, anonymous=data.anonymous,
                complainant_name=data.complainant_name,
                complainant_contact=data.complainant_contact, channel_code=data.channel_code,
                category_code=data.category_code, request_ref=data.request_ref,
                description=data.description, received_on=data.received_on,
                status=wf.COMPLAINT.initial, limit_days=limit,
                clock_started_on=data.received_on, due_on=due, created_at=now,
                created_by=actor.id, updated_at=now)
            s.add(c)
            s.flush()
            s.info["audit_target"] = ("complaint", c.id)
            repo.add_event(s, c, actor, now, "received", to_status=c.status)
            for name, content in attachments:
                _attach(s, c, actor, name, content, now)
            return _filed(c)
    except StorageError as exc:
        if exc.code != "duplicate":
            raise
        with db.read() as s:  # the same form submitted meanwhile from another click
            existing = repo.by_submission_key(s, form.submission_key)
        if existing is None:
            raise
        return _filed(existing, already=True)


def _attach(s: Session, c: Complaint, actor: Actor, name: str, content: bytes, now) -> None:  # noqa: ANN001
    s.add(ComplaintAttachment(complaint_id=c.id, filename=name[:255], size=len(content),
                              content=content, added_at=now, added_by=actor.id))
    repo.add_event(s, c, actor, now, "attachment", note=name)


# --- workflow steps ---------------------------------------------------------------------------

def _move(db: Database, actor: Actor, complaint_id: str, target: str, action: str,
          note: str = "", *, before=None):  # noqa: ANN001, ANN202
    """Check and apply one status change (plus ``before(session, complaint)``)."""
    now = db.clock()
    with db.action(actor, action, "complaint", complaint_id) as s:
        c = repo.get(s, complaint_id)
        wf.COMPLAINT.check(c.status, target)
        if before is not None:
            before(s, c)
        repo.add_event(s, c, actor, now, "status", note.strip(), c.status, target)
        c.status = target
        c.updated_at = now
        if target in wf.COMPLAINT_SETTLED_STATES:
            c.settled_on = now.date()
            c.outcome_text = note.strip()
        if target == wf.C_CLOSED:
            c.closed_on = now.date()
        return _filed(c)


def assign(db: Database, actor: Actor, complaint_id: str, committee_code: str,
           profile: OrgProfile, note: str = "") -> Filed:
    """Hand the complaint to the follow-up committee (R-CMP-2)."""
    require(db, actor, "complaint.handle")
    codes = [c.code for c in profile.committees_of_kind("follow_up")]
    if committee_code not in codes:
        raise ValidationFailed([FieldError("committee_code", "invalid_choice")])

    def set_committee(_s: Session, c: Complaint) -> None:
        c.committee_code = committee_code

    return _move(db, actor, complaint_id, wf.C_ASSIGNED, "complaint.assign", note,
                 before=set_committee)


def start_review(db: Database, actor: Actor, complaint_id: str, note: str = "") -> Filed:
    require(db, actor, "complaint.handle")
    return _move(db, actor, complaint_id, wf.C_UNDER_REVIEW, "complaint.review", note)


def resolve(db: Database, actor: Actor, complaint_id: str, outcome: str, text: str) -> Filed:
    """Settled amicably (``amicable``) or with action taken (``action``); says how."""
    require(db, actor, "complaint.handle")
    if outcome not in rules.OUTCOMES:
        raise ValidationFailed([FieldError("outcome", "invalid_choice")])
    _failed(rules.require_text(text, "outcome_text"))
    target = wf.C_RESOLVED_AMICABLY if outcome == "amicable" else wf.C_RESOLVED_ACTION
    return _move(db, actor, complaint_id, target, f"complaint.resolve_{outcome}", text)


def reject(db: Database, actor: Actor, complaint_id: str, reason: str) -> Filed:
    require(db, actor, "complaint.handle")
    _failed(rules.require_text(reason, "reason"))
    return _move(db, actor, complaint_id, wf.C_REJECTED, "complaint.reject", reason)


def escalate(db: Database, actor: Actor, complaint_id: str, note: str,
             profile: OrgProfile) -> Filed:
    """Refer to the investigation and follow-up committee (the path to compensation)."""
    require(db, actor, "complaint.handle")
    _failed(rules.require_text(note, "note"))
    committees = profile.committees_of_kind("investigation") or profile.committees_of_kind(
        "follow_up")

    def open_file(s: Session, c: Complaint) -> None:
        inv = repo.investigation(s, c.id)
        if inv is None:
            s.add(Investigation(complaint_id=c.id, recorded_at=db.clock(),
                                committee_code=committees[0].code if committees else ""))

    return _move(db, actor, complaint_id, wf.C_ESCALATED, "complaint.escalate", note,
                 before=open_file)


def close(db: Database, actor: Actor, complaint_id: str, note: str = "") -> Filed:
    require(db, actor, "complaint.handle")
    return _move(db, actor, complaint_id, wf.C_CLOSED, "complaint.close", note)


def reopen(db: Database, actor: Actor, complaint_id: str, reason: str,
           profile: OrgProfile) -> Filed:
    """Reopen on appeal: a new handling period starts today."""
    require(db, actor, "complaint.handle")
    _failed(rules.require_text(reason, "reason"))
    today = db.clock().date()

    def restart(_s: Session, c: Complaint) -> None:
        c.clock_started_on = today
        c.due_on = rules.due_date(today, c.limit_days, holidays_of(profile), profile.weekend)
        c.settled_on = None
        c.closed_on = None

    return _move(db, actor, complaint_id, wf.C_REOPENED, "complaint.reopen", reason,
                 before=restart)


# --- investigation, negotiation, compensation (R-CMP-3) ---------------------------------------

def _escalated(s: Session, complaint_id: str) -> tuple[Complaint, Investigation]:
    c = repo.get(s, complaint_id)
    inv = repo.investigation(s, complaint_id)
    if c.status != wf.C_ESCALATED or inv is None:
        raise ValidationFailed([FieldError("status", "not_under_investigation")])
    return c, inv


def record_minutes(db: Database, actor: Actor, complaint_id: str,
                   form: rules.MinutesForm) -> None:
    """Record the committee's minutes; each member then approves them under their own account."""
    require(db, actor, "complaint.investigate")
    now = db.clock()
    with db.read() as s:
        eligible = [sid for sid, _n, _r in repo.active_staff(s)]
    minutes_date, errors = rules.validate_minutes(form, now.date(), eligible)
    _failed(errors)
    with db.action(actor, "complaint.minutes", "complaint", complaint_id) as s:
        c, inv = _escalated(s, complaint_id)
        if repo.approvals(s, inv.id):
            raise ValidationFailed([FieldError("", "minutes_locked")])
        inv.minutes_date = minutes_date
        inv.member_ids = list(dict.fromkeys(form.member_ids))
        inv.harm, inv.harm_size = form.harm.strip(), form.harm_size.strip()
        inv.causes = form.causes.strip()
        inv.association_at_fault = form.association_at_fault
        inv.recorded_at = now
        repo.add_event(s, c, actor, now, "minutes", inv.harm)


def approve_minutes(db: Database, actor: Actor, complaint_id: str) -> int:
    """The signed-in member approves the minutes; returns how many approvals are still missing."""
    require(db, actor, "complaint.investigate")
    now = db.clock()
    with db.action(actor, "complaint.approve_minutes", "complaint", complaint_id) as s:
        c, inv = _escalated(s, complaint_id)
        if inv.minutes_date is None:
            raise ValidationFailed([FieldError("", "no_minutes")])
        if actor.id not in inv.member_ids:
            raise ValidationFailed([FieldError("", "not_a_member")])
        done = {a.staff_id for a in repo.approvals(s, inv.id)}
        if actor.id in done:
            raise ValidationFailed([FieldError("", "already_approved")])
        s.add(MinutesApproval(investigation_id=inv.id, staff_id=actor.id, approved_at=now))
        repo.add_event(s, c, actor, now, "approval")
        return len(set(inv.member_ids) - done - {actor.id})


def record_ruling(db: Database, actor: Actor, complaint_id: str, form: rules.RulingForm) -> None:
    require(db, actor, "complaint.investigate")
    now = db.clock()
    ruling_date, errors = rules.validate_ruling(form, now.date())
    _failed(errors)
    with db.action(actor, "complaint.ruling", "complaint", complaint_id) as s:
        c, inv = _escalated(s, complaint_id)
        inv.ruling_authority, inv.ruling_reference = form.authority.strip(), form.reference.strip()
        inv.ruling_date, inv.ruling_in_favour = ruling_date, form.in_favour
        repo.add_event(s, c, actor, now, "ruling", f"{inv.ruling_authority} — {inv.ruling_reference}")


def add_negotiation(db: Database, actor: Actor, complaint_id: str, note: str,
                    offer: str = "", on: str = "", calendar: str = "gregorian") -> None:
    """One round of talks with the beneficiary (R-CMP-3: negotiate before compensating)."""
    require(db, actor, "complaint.handle")
    now = db.clock()
    errors = rules.require_text(note, "negotiation_note")
    day = rules.parse_day(on, calendar, now.date(), "negotiation_on", errors,
                          required=False) or now.date()
    amount = None
    if offer.strip():
        amount, code = rules.parse_amount(offer)
        if code:
            errors.append(FieldError("offer", code))
    _failed(errors)
    with db.action(actor, "complaint.negotiate", "complaint", complaint_id) as s:
        c = repo.get(s, complaint_id)
        if c.status not in (wf.C_UNDER_REVIEW, wf.C_ESCALATED):
            raise ValidationFailed([FieldError("status", "not_under_investigation")])
        s.add(Negotiation(complaint_id=c.id, on=day, note=note.strip(), offer_halalas=amount,
                          recorded_at=now, recorded_by=actor.id))
        repo.add_event(s, c, actor, now, "negotiation", note.strip())


def grounds(s: Session, complaint_id: str) -> rules.Grounds:
    inv = repo.investigation(s, complaint_id)
    if inv is None:
        return rules.Grounds()
    return rules.Grounds(
        minutes_recorded=inv.minutes_date is not None,
        association_at_fault=inv.association_at_fault,
        members=frozenset(inv.member_ids or ()),
        approvals=frozenset(a.staff_id for a in repo.approvals(s, inv.id)),
        minutes_date=inv.minutes_date, ruling_date=inv.ruling_date,
        ruling_in_favour=inv.ruling_in_favour)


def settle_compensation(db: Database, actor: Actor, complaint_id: str,
                        form: rules.CompensationForm) -> Filed:
    """Record the agreed compensation, accepted by the beneficiary; resolves the complaint."""
    require(db, actor, "complaint.compensate")
    now = db.clock()
    with db.read() as s:
        g = grounds(s, complaint_id)
        status = repo.get(s, complaint_id).status
    if status != wf.C_ESCALATED:
        raise ValidationFailed([FieldError("status", "not_under_investigation")])
    value, errors = rules.validate_compensation(form, now.date(), g)
    _failed(errors)
    assert value is not None and g.basis is not None
    amount, settled = value

    def record(s: Session, c: Complaint) -> None:
        if rules.grounds_errors(grounds(s, c.id)):  # re-checked inside the write transaction
            raise ValidationFailed(rules.grounds_errors(grounds(s, c.id)))
        s.add(Compensation(complaint_id=c.id, kind=form.kind, amount_halalas=amount,
                           settled_on=settled, beneficiary_accepted=True, grounds=g.basis,
                           note=form.note.strip(), recorded_at=now, recorded_by=actor.id))
        repo.add_event(s, c, actor, now, "compensation", rules.format_sar(amount))

    return _move(db, actor, complaint_id, wf.C_RESOLVED_ACTION, "complaint.compensate",
                 form.note, before=record)
