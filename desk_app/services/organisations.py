"""Associations and organisations served as beneficiaries: register, edit, open, and the look-ups
the registry search makes beside people."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.domain import organisations as rules
from desk_app.domain.entities import Actor
from desk_app.domain.organisations import OrganisationData, OrganisationForm
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.conflicts import check_version
from desk_app.storage.db import Database
from desk_app.storage.partners_tables import Organisation
from desk_app.storage.repositories import counters, settings

# Organisations' own numbers, apart from people's file numbers and carrying the branch code like
# them, so that numbers made at two sites of one association never meet: ORG-RYD-00001.
NUMBER_PREFIX = "ORG"


@dataclass(frozen=True)
class OrganisationInfo:
    id: str
    number: str
    name: str
    licence_no: str
    regulator: str
    region: str
    city: str
    field_of_activity: str
    contact_person: str
    mobile: str
    email: str
    iban: str
    version: int
    created_at: datetime


def _info(o: Organisation) -> OrganisationInfo:
    return OrganisationInfo(o.id, o.number, o.name, o.licence_no, o.regulator, o.region, o.city,
                            o.field_of_activity, o.contact_person, o.mobile, o.email, o.iban,
                            o.version, o.created_at)


def to_form(o: OrganisationInfo) -> OrganisationForm:
    mobile = "0" + o.mobile[4:] if o.mobile.startswith("+9665") else o.mobile
    return OrganisationForm(o.name, o.licence_no, o.regulator, o.region, o.city,
                            o.field_of_activity, o.contact_person, mobile, o.email, o.iban)


def validate(form: OrganisationForm) -> OrganisationData:
    data, errors = rules.validate(form)
    if errors:
        raise ValidationFailed(errors)
    assert data is not None
    return data


def _licence_taken(s: Session, licence_no: str, own_id: str = "") -> bool:
    stmt = select(Organisation.id).where(Organisation.licence_no == licence_no)
    if own_id:
        stmt = stmt.where(Organisation.id != own_id)
    return s.scalar(stmt) is not None


def _apply(o: Organisation, data: OrganisationData) -> None:
    for name in rules.DATA_FIELDS:
        setattr(o, name, getattr(data, name))
    o.name_key = data.name_key


def register(db: Database, actor: Actor, form: OrganisationForm) -> OrganisationInfo:
    """Create an organisation; the same licence number twice is refused beside the field
    (checked under the action's write lock, so two desks cannot both register it)."""
    require(db, actor, "organisation.register")
    data = validate(form)
    now = db.clock()
    with db.action(actor, "organisation.create") as s:
        if _licence_taken(s, data.licence_no):
            raise ValidationFailed([FieldError("licence_no", "licence_taken")])
        branch = _branch(s)
        n = counters.next_value(s, f"organisation:{branch}")
        o = Organisation(number=f"{NUMBER_PREFIX}-{branch}-{n:05d}", branch_code=branch,
                         created_at=now, updated_at=now)
        _apply(o, data)
        s.add(o)
        s.flush()
        s.info["audit_target"] = ("organisation", o.id)
        return _info(o)


def _branch(s: Session) -> str:
    return settings.get(s, "branch_code") or ""


def update(db: Database, actor: Actor, org_id: str, form: OrganisationForm, *,
           expected_version: int) -> OrganisationInfo:
    require(db, actor, "organisation.register")
    data = validate(form)
    with db.action(actor, "organisation.update", "organisation", org_id) as s:
        if _licence_taken(s, data.licence_no, org_id):
            raise ValidationFailed([FieldError("licence_no", "licence_taken")])
        o = s.get(Organisation, org_id)
        if o is None:
            raise KeyError(org_id)
        check_version(s, o, expected_version)
        _apply(o, data)
        o.updated_at = db.clock()
        s.flush()
        return _info(o)


def get(db: Database, actor: Actor, org_id: str) -> OrganisationInfo:
    require(db, actor, "partner.view")
    with db.read() as s:
        o = s.get(Organisation, org_id)
        if o is None:
            raise KeyError(org_id)
        return _info(o)


def listing(db: Database, actor: Actor) -> list[OrganisationInfo]:
    """Every organisation by name (a few hundred at most: a picker's list)."""
    require(db, actor, "partner.view")
    with db.read() as s:
        return [_info(o) for o in s.scalars(select(Organisation).order_by(Organisation.name))]


# -- the registry search's look-ups (inside its read session) ----------------------------------

def matching_by_name(s: Session, tokens: Sequence[str], limit: int) -> list[Organisation]:
    """Organisations whose name has every token as the start of one of its words."""
    stmt = select(Organisation)
    for t in tokens:
        stmt = stmt.where(or_(Organisation.name_key.startswith(t, autoescape=True),
                              Organisation.name_key.contains(" " + t, autoescape=True)))
    return list(s.scalars(stmt.order_by(Organisation.number).limit(limit)))


def matching_by_number(s: Session, digits: str, mobile: str | None, number: str | None,
                       limit: int) -> list[Organisation]:
    """By licence-number prefix, exact mobile, or exact organisation number."""
    conds = [Organisation.licence_no.startswith(digits, autoescape=True)] if digits else []
    if mobile:
        conds.append(Organisation.mobile == mobile)
    if number:
        conds.append(Organisation.number == number)
    if not conds:
        return []
    return list(s.scalars(select(Organisation).where(or_(*conds)).order_by(Organisation.number)
                          .limit(limit)))
