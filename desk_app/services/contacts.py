"""Enquiries and contacts (shared seeds 000 §2, §7, §8): the quick entry at the desk, a
person's contact history, the day's list for the manager, and answering what was passed on.

Rules are in :mod:`desk_app.domain.contacts`; each public function that writes is one action
(one transaction, one audit event), checked against the permission table with the acting user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select

from desk_app.domain import contacts as rules
from desk_app.domain.contacts import ContactForm
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import Contact, ServiceRequest
from desk_app.storage.tables import Beneficiary, Staff

__all__ = ["ContactRow", "answer", "day_list", "history", "log", "open_for", "staff_choices"]


@dataclass(frozen=True)
class ContactRow:
    """One contact as the lists show it; ``who`` is the file's name or the name given."""

    id: str
    at: datetime
    kind: str
    channel_code: str
    summary: str
    beneficiary_id: str | None
    file_number: str
    who: str
    phone: str
    outcome: str
    answer: str
    passed_to: str
    answered_at: datetime | None
    recorded_by: str
    request_number: str

    @property
    def open(self) -> bool:
        return self.outcome == rules.PASSED and self.answered_at is None


def _who(actor: Actor) -> str:
    return actor.full_name or actor.username


def log(db: Database, actor: Actor, form: ContactForm, profile: OrgProfile) -> str:
    """Write one contact down; returns its id.

    Raises:
        ValidationFailed: what is missing or wrong, per field.
    """
    require(db, actor, "beneficiary.log_contact")
    form = rules.clean(form)
    errors = rules.validate(form, profile)
    if errors:
        raise ValidationFailed(errors)
    passed_name = form.passed_to if form.outcome == rules.PASSED else ""
    now = db.clock()
    target = ("beneficiary", form.beneficiary_id) if form.beneficiary_id else ("contact", "")
    with db.action(actor, "contact.log", *target) as s:
        if form.beneficiary_id and s.get(Beneficiary, form.beneficiary_id) is None:
            raise ValidationFailed([FieldError("beneficiary_id", "not_found")])
        if form.outcome == rules.PASSED and form.passed_to_id:
            colleague = s.get(Staff, form.passed_to_id)
            if colleague is None:
                raise ValidationFailed([FieldError("passed_to", "invalid_choice")])
            passed_name = colleague.full_name or colleague.username
        c = Contact(beneficiary_id=form.beneficiary_id or None, channel_code=form.channel_code,
                    kind=rules.ENQUIRY, summary=form.summary, at=now, recorded_by=_who(actor),
                    person_name="" if form.beneficiary_id else form.person_name,
                    person_phone="" if form.beneficiary_id else form.person_phone,
                    outcome=form.outcome, answer=form.answer,
                    passed_to_id=(form.passed_to_id or None) if passed_name else None,
                    passed_to=passed_name,
                    answered_at=now if form.outcome == rules.ANSWERED else None,
                    answered_by=_who(actor) if form.outcome == rules.ANSWERED else "")
        s.add(c)
        s.flush()
        if not form.beneficiary_id:
            s.info["audit_target"] = ("contact", c.id)
        return c.id


def answer(db: Database, actor: Actor, contact_id: str, text: str) -> None:
    """The colleague an enquiry was passed to answered it: it leaves the open lists."""
    require(db, actor, "enquiry.answer")
    errors = rules.validate_answer(text)
    if errors:
        raise ValidationFailed(errors)
    clean = rules.clean(ContactForm("", "", answer=text)).answer
    with db.action(actor, "contact.answer", "contact", contact_id) as s:
        c = s.get(Contact, contact_id, with_for_update=True)
        if c is None:
            raise ValidationFailed([FieldError("contact", "not_found")])
        if c.answered_at is not None:
            raise ValidationFailed([FieldError("contact", "already_answered")])
        c.outcome, c.answer, c.answered_at, c.answered_by = (
            rules.ANSWERED, clean, db.clock(), _who(actor))


def _rows(s, query) -> list[ContactRow]:  # noqa: ANN001
    q = (query.add_columns(Beneficiary.file_number, Beneficiary.first_name,
                           Beneficiary.family_name, Beneficiary.mobile, ServiceRequest.number)
         .outerjoin(Beneficiary, Beneficiary.id == Contact.beneficiary_id)
         .outerjoin(ServiceRequest, ServiceRequest.id == Contact.request_id))
    out = []
    for c, file_no, first, family, mobile, req_no in s.execute(q):
        who = f"{first or ''} {family or ''}".strip() if c.beneficiary_id else c.person_name
        out.append(ContactRow(c.id, c.at, c.kind, c.channel_code, c.summary, c.beneficiary_id,
                              file_no or "", who, (mobile if c.beneficiary_id else
                                                   c.person_phone) or "",
                              c.outcome, c.answer, c.passed_to, c.answered_at, c.recorded_by,
                              req_no or ""))
    return out


def history(db: Database, beneficiary_id: str, limit: int = 500) -> list[ContactRow]:
    """A person's contacts, newest first (shown on the file, opened under beneficiary.open)."""
    with db.read() as s:
        return _rows(s, select(Contact).where(Contact.beneficiary_id == beneficiary_id)
                     .order_by(Contact.at.desc(), Contact.id).limit(limit))


def day_list(db: Database, actor: Actor, day: date, *, open_only: bool = False,
             limit: int = 2000) -> list[ContactRow]:
    """The enquiries, calls and visits of ``day`` (000 §8), or every one still open."""
    require(db, actor, "enquiry.follow_up")
    q = select(Contact).where(Contact.kind.in_(rules.FOLLOWED_KINDS))
    if open_only:
        q = q.where(Contact.outcome == rules.PASSED, Contact.answered_at.is_(None))
    else:
        start = datetime.combine(day, time.min)
        q = q.where(Contact.at >= start, Contact.at < start + timedelta(days=1))
    with db.read() as s:
        return _rows(s, q.order_by(Contact.at, Contact.id).limit(limit))


def open_for(db: Database, staff_id: str, categories: tuple[str, ...] = (),
             limit: int = 500) -> list[ContactRow]:
    """Open enquiries passed to ``staff_id`` or from people of ``categories`` (an officer's
    queue)."""
    who = [Contact.passed_to_id == staff_id]
    if categories:
        who.append(Contact.beneficiary_id.in_(
            select(Beneficiary.id).where(Beneficiary.category_code.in_(categories))))
    q = (select(Contact).where(Contact.outcome == rules.PASSED, Contact.answered_at.is_(None),
                               or_(*who))
         .order_by(Contact.at, Contact.id).limit(limit))
    with db.read() as s:
        return _rows(s, q)


def staff_choices(db: Database) -> list[tuple[str, str]]:
    """Active colleagues an enquiry may be passed to: (id, name)."""
    with db.read() as s:
        rows = s.execute(select(Staff.id, Staff.full_name, Staff.username)
                         .where(Staff.active.is_(True)).order_by(Staff.full_name))
        return [(i, name or user) for i, name, user in rows]
