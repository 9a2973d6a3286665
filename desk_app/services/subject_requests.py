"""The register of data-subject requests: taken at the counter, the person's identity checked,
answered by the manager within 30 days (the clock is the database's)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk_app.domain import subject_requests as rules
from desk_app.domain.beneficiary import full_name
from desk_app.domain.entities import Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.governance_tables import SubjectRequest
from desk_app.storage.repositories import counters
from desk_app.storage.tables import Beneficiary


@dataclass(frozen=True)
class RegisterRow:
    id: str
    number: str
    kind: str
    requester_name: str
    beneficiary_id: str | None
    file_number: str
    received_on: date
    due_on: date
    days_left: int  # negative: overdue
    identity_checked: bool
    identity_method: str
    status: str
    outcome: str
    outcome_note: str
    closed_on: date | None
    details: str

    @property
    def overdue(self) -> bool:
        return self.status == rules.OPEN and self.days_left < 0


def find_person(db: Database, text: str) -> str | None:
    """The registered person a request is about, by file number or ID number (exact)."""
    value = text.strip().upper()
    if not value:
        return None
    with db.read() as s:
        found = s.scalar(select(Beneficiary.id).where(
            (Beneficiary.file_number == value) | (Beneficiary.id_number == value)))
    if found is None:
        raise ValidationFailed([FieldError("person", "not_found")])
    return found


def record_typed(db: Database, actor: Actor, form: rules.SubjectRequestForm,
                 person: str) -> RegisterRow:
    """As the counter types it: the person by file or ID number; every problem at once."""
    problems: list[FieldError] = []
    beneficiary_id = None
    for check in (lambda: find_person(db, person), lambda: rules.parse(form, db.clock().date())):
        try:
            found = check()
        except ValidationFailed as exc:
            problems += exc.errors
        else:
            beneficiary_id = found if isinstance(found, str) else beneficiary_id
    if problems:
        raise ValidationFailed(problems)
    return record(db, actor, dataclasses.replace(form, beneficiary_id=beneficiary_id))


def record(db: Database, actor: Actor, form: rules.SubjectRequestForm) -> RegisterRow:
    require(db, actor, "subject_request.record", beneficiary_id=form.beneficiary_id or "")
    today = db.clock().date()
    received = rules.parse(form, today)
    with db.action(actor, "subject_request.record") as s:
        if form.beneficiary_id and s.get(Beneficiary, form.beneficiary_id) is None:
            raise ValidationFailed([FieldError("beneficiary", "not_found")])
        n = counters.next_value(s, f"subject_request:{received.year}")
        row = SubjectRequest(
            number=f"DSR-{received.year}-{n:04d}", beneficiary_id=form.beneficiary_id or None,
            kind=form.kind, requester_name=" ".join(form.requester_name.split()),
            details=form.details.strip(), received_on=received, due_on=rules.due_on(received),
            status=rules.OPEN, recorded_by=actor.full_name or actor.username,
            created_at=db.clock())
        s.add(row)
        s.flush()
        s.info["audit_target"] = ("subject_request", row.id)
        request_id = row.id
    return get(db, actor, request_id)


def check_identity(db: Database, actor: Actor, request_id: str, method: str) -> RegisterRow:
    """The person showed who they are (their ID, iqama, passport or family card)."""
    require(db, actor, "subject_request.record")
    if method not in rules.IDENTITY_METHODS:
        raise ValidationFailed([FieldError("identity_method", "required")])
    with db.action(actor, "subject_request.identity", "subject_request", request_id) as s:
        row = _row(s, request_id)
        row.identity_checked, row.identity_method = True, method
        row.identity_checked_by = actor.full_name or actor.username
        row.identity_checked_at = db.clock()
    return get(db, actor, request_id)


def answer(db: Database, actor: Actor, request_id: str, outcome: str, note: str) -> RegisterRow:
    """The manager's answer; refused before the identity check and once answered."""
    require(db, actor, "subject_request.close")
    problems = []
    if outcome not in rules.OUTCOMES:
        problems.append(FieldError("outcome", "required"))
    if outcome in ("partly_granted", "refused") and not note.strip():
        problems.append(FieldError("outcome_note", "required"))  # a refusal gives its reason
    if problems:
        raise ValidationFailed(problems)
    with db.action(actor, "subject_request.answer", "subject_request", request_id) as s:
        row = _row(s, request_id)
        if row.status != rules.OPEN:
            raise ValidationFailed([FieldError("", "already_closed")])
        if not row.identity_checked:
            raise ValidationFailed([FieldError("", "identity_not_checked")])
        row.status, row.outcome, row.outcome_note = rules.ANSWERED, outcome, note.strip()
        row.closed_on = db.clock().date()
    return get(db, actor, request_id)


def _row(session, request_id: str) -> SubjectRequest:  # noqa: ANN001
    row = session.get(SubjectRequest, request_id)
    if row is None:
        raise ValidationFailed([FieldError("", "not_found")])
    return row


def register(db: Database, actor: Actor, *, open_only: bool = False) -> list[RegisterRow]:
    """Every request, the open ones first by due date (overdue at the top)."""
    require(db, actor, "subject_request.record")
    today = db.clock().date()
    stmt = select(SubjectRequest, Beneficiary.file_number).outerjoin(
        Beneficiary, Beneficiary.id == SubjectRequest.beneficiary_id)
    if open_only:
        stmt = stmt.where(SubjectRequest.status == rules.OPEN)
    with db.read() as s:
        rows = [_out(r, f or "", today) for r, f in s.execute(stmt)]
    rows.sort(key=lambda r: (r.status != rules.OPEN, r.due_on, r.number))
    return rows


def get(db: Database, actor: Actor, request_id: str) -> RegisterRow:
    require(db, actor, "subject_request.record")
    with db.read() as s:
        row = _row(s, request_id)
        file_number = ""
        if row.beneficiary_id:
            file_number = s.scalar(select(Beneficiary.file_number)
                                   .where(Beneficiary.id == row.beneficiary_id)) or ""
        return _out(row, file_number, db.clock().date())


def _out(r: SubjectRequest, file_number: str, today: date) -> RegisterRow:
    return RegisterRow(r.id, r.number, r.kind, r.requester_name, r.beneficiary_id, file_number,
                       r.received_on, r.due_on, rules.days_left(r.due_on, today),
                       r.identity_checked, r.identity_method, r.status, r.outcome,
                       r.outcome_note, r.closed_on, r.details)


def person_name(db: Database, beneficiary_id: str) -> str:
    with db.read() as s:
        b = s.get(Beneficiary, beneficiary_id)
        return full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name) if b \
            else ""
