"""The social researcher's study of a request under study (issue 20): read it, save it.

One study per request. Saving is one transaction with one audit event (``study.save``, every
field before and after), allowed to whom the permission table lets study (``request.study``:
the researcher) and only while the request is under study; reading it (``study.view``: the
researcher, the committee, the manager) is logged as a look at personal data. A study saved
from a form carries the version the form showed: another desk's save in between is refused with
what it changed and by whom (:class:`~desk_app.storage.conflicts.ConflictError`).

The printed report is :func:`desk_app.services.study_report.issue_study_report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import study as rules
from desk_app.domain import workflows as wf
from desk_app.domain.beneficiary import full_name
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.study import Member, StudyInput
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.casework_study_tables import SocialStudy
from desk_app.storage.conflicts import Change, ConflictError, check_version
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import Beneficiary

__all__ = ["Member", "StudyInput", "StudyView", "get", "save"]


@dataclass(frozen=True)
class StudyView:
    """A request's study as the form and the committee see it. ``version`` is None while no
    study is saved (the household then comes from the registry, situations blank);
    ``editable``: the request is under study, so a researcher may still change it."""

    request_id: str
    request_number: str
    request_status: str
    service_code: str
    assigned_unit: str
    beneficiary_id: str
    beneficiary_name: str
    file_number: str
    version: int | None
    editable: bool
    visit_on: date | None = None
    visit_kind: str = ""
    housing_kind: str = ""
    housing: str = ""
    income: dict[str, int] | None = None
    expenses: dict[str, int] | None = None
    health: str = ""
    members: tuple[Member, ...] = ()
    needs: str = ""
    recommendation: str = ""
    researcher_name: str = ""
    updated_at: datetime | None = None

    @property
    def exists(self) -> bool:
        return self.version is not None

    @property
    def income_total(self) -> int:
        return sum((self.income or {}).values())

    @property
    def expenses_total(self) -> int:
        return sum((self.expenses or {}).values())

    @property
    def balance(self) -> int:
        return self.income_total - self.expenses_total


def _who(actor: Actor) -> str:
    return actor.full_name or actor.username


def _request(s: Session, request_id: str) -> ServiceRequest:
    r = s.get(ServiceRequest, request_id)
    if r is None:
        raise KeyError(request_id)
    return r


def _study(s: Session, request_id: str) -> SocialStudy | None:
    return s.scalars(select(SocialStudy).where(SocialStudy.request_id == request_id)).first()


def _household(b: Beneficiary) -> tuple[Member, ...]:
    return tuple(Member(m.id, m.name, m.relation) for m in b.household)


def _view(s: Session, r: ServiceRequest, row: SocialStudy | None) -> StudyView:
    b = s.get(Beneficiary, r.beneficiary_id)
    assert b is not None
    head = dict(
        request_id=r.id, request_number=r.number, request_status=r.status,
        service_code=r.service_code, assigned_unit=r.assigned_unit, beneficiary_id=b.id,
        beneficiary_name=full_name(b.first_name, b.father_name, b.grandfather_name,
                                   b.family_name),
        file_number=b.file_number, editable=r.status == wf.STUDY)
    if row is None:
        return StudyView(**head, version=None, members=_household(b), income={}, expenses={})
    return StudyView(
        **head, version=row.version, visit_on=row.visit_on, visit_kind=row.visit_kind,
        housing_kind=row.housing_kind, housing=row.housing, income=dict(row.income),
        expenses=dict(row.expenses), health=row.health,
        members=tuple(Member(m["member_id"], m["name"], m["relation"], m.get("situation", ""))
                      for m in row.members),
        needs=row.needs, recommendation=row.recommendation,
        researcher_name=row.researcher_name, updated_at=row.updated_at)


def get(db: Database, actor: Actor, request_id: str) -> StudyView:
    """The request's study, or a blank one with the household as the registry holds it."""
    with db.read() as s:
        r = _request(s, request_id)
        bid = r.beneficiary_id
    require(db, actor, "study.view", beneficiary_id=bid, target=("request", request_id))
    with db.read() as s:
        r = _request(s, request_id)
        return _view(s, r, _study(s, request_id))


def _members(b: Beneficiary, typed: tuple[Member, ...]) -> list[dict[str, str]]:
    """The household as the registry holds it now, each with the situation typed for it (a
    member the form did not show gets none): names are never taken from the form."""
    situations = {m.member_id: m.situation for m in typed}
    return [{"member_id": m.member_id, "name": m.name, "relation": m.relation,
             "situation": situations.get(m.member_id, "")} for m in _household(b)]


_FIELDS = ("visit_on", "visit_kind", "housing_kind", "housing", "income", "expenses", "health",
           "members", "needs", "recommendation")


def _created_meanwhile(row: SocialStudy) -> ConflictError:
    """The form started from a blank study, but another desk saved one first: named like any
    conflict (who, when, the parts they filled), so nothing is overwritten unseen."""
    by, at = row.researcher_name, row.updated_at
    changes = tuple(Change(f, None, getattr(row, f), by, at) for f in _FIELDS
                    if getattr(row, f) not in (None, "", {}, []))
    return ConflictError(row.__tablename__, row.id, 0, row.version, changes, (by, at))


def save(db: Database, actor: Actor, request_id: str, form: StudyInput, *,
         profile: OrgProfile, expected_version: int | None = None) -> StudyView:
    """Write the study of a request under study. ``expected_version``: the version the form
    showed (None for a study not saved before); refused when another desk saved since."""
    require(db, actor, "request.study", target=("request", request_id))
    now = db.clock()
    data, errors = rules.validate(form, profile.study_form, now.date())
    if errors:
        raise ValidationFailed(errors)
    assert data is not None
    with db.action(actor, "study.save", "request", request_id) as s:
        r = _request(s, request_id)
        if r.status != wf.STUDY:
            raise ValidationFailed([FieldError("status", "study_closed")])
        b = s.get(Beneficiary, r.beneficiary_id)
        assert b is not None
        members = _members(b, data.members)  # the household loaded before the row is touched
        row = _study(s, request_id)
        if row is None and expected_version is not None:
            raise KeyError(request_id)  # the form showed a study that is no longer there
        if row is not None and expected_version is None:
            raise _created_meanwhile(row)
        if row is not None:
            check_version(s, row, expected_version)
        else:
            # The study's id is its request's: its saves are the request's audit events, so the
            # request's trail lists them and a conflict names what the other desk changed.
            row = SocialStudy(id=r.id, request_id=r.id, beneficiary_id=r.beneficiary_id,
                              created_at=now)
        row.researcher_id, row.researcher_name = actor.id, _who(actor)
        row.visit_on, row.visit_kind = data.visit_on, data.visit_kind
        row.housing_kind, row.housing = data.housing_kind, data.housing
        row.income, row.expenses = dict(data.income), dict(data.expenses)
        row.health, row.members = data.health, members
        row.needs, row.recommendation = data.needs, data.recommendation
        row.updated_at = now
        s.add(row)  # a new one is added whole: one insert, version 1
        s.flush()
        return _view(s, r, row)
