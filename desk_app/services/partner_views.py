"""What the partner screens show: the ranked priority list (its scores explained), one request
with its steps, files and reports, and the impact reports that are overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import partners as rules
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services.partners import policy, served_before
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.partners_tables import (
    ImpactReport,
    Organisation,
    PartnerFile,
    PartnerRequest,
    PartnerStep,
)

# The states a priority list ranks: requests still competing for the service.
COMPETING = (rules.REQUESTED, rules.STUDIED)


@dataclass(frozen=True)
class Ranked:
    """One line of the priority list. ``priority`` is None until the study scores it."""

    rank: int
    request_id: str
    number: str
    organisation: str
    region: str
    expected_beneficiaries: int
    status: str
    received_on: date
    priority: rules.Priority | None
    not_served_before: bool


@dataclass(frozen=True)
class StepLine:
    step: str
    at: datetime
    actor_name: str
    role: str
    outcome: str
    note: str


@dataclass(frozen=True)
class ReportLine:
    id: str
    position: int
    due_on: date
    received_on: date | None
    reached: int | None
    note: str
    overdue: bool


@dataclass(frozen=True)
class FileLine:
    id: str
    kind: str
    filename: str
    size: int


@dataclass(frozen=True)
class PartnerDetail:
    id: str
    number: str
    version: int
    organisation_id: str
    organisation: str
    licence_no: str
    region: str
    service_code: str
    expected_beneficiaries: int
    goals: str
    received_on: date
    status: str
    study: dict
    impact: int | None
    regional_need: int | None
    priority: rules.Priority | None
    not_served_before: bool
    decision_note: str
    starts_on: date | None
    ends_on: date | None
    our_duties: str
    partner_duties: str
    agreement_document_id: str | None
    evaluation_rating: int | None
    evaluation_text: str
    steps: tuple[StepLine, ...]
    files: tuple[FileLine, ...]
    reports: tuple[ReportLine, ...]


def _priority(s: Session, req: PartnerRequest, weights: dict[str, float]
              ) -> tuple[rules.Priority | None, bool]:
    fresh = not served_before(s, req)
    if req.impact is None or req.regional_need is None:
        return None, fresh
    return rules.priority(req.impact, req.regional_need, fresh, weights), fresh


def priority_list(db: Database, actor: Actor, profile: OrgProfile, service_code: str,
                  ) -> list[Ranked]:
    """Requests competing for ``service_code``, highest priority first (studied before not
    yet studied; equal scores by the earlier request). Scores use the profile's weights now
    and whether the organisation has been served meanwhile."""
    require(db, actor, "partner.view")
    weights = policy(profile).weight_map
    with db.read() as s:
        rows = s.execute(select(PartnerRequest, Organisation).join(
            Organisation, Organisation.id == PartnerRequest.organisation_id).where(
            PartnerRequest.service_code == service_code,
            PartnerRequest.status.in_(COMPETING))).all()
        scored = [(req, org, *_priority(s, req, weights)) for req, org in rows]
    scored.sort(key=lambda t: (t[2] is None, -(t[2].score if t[2] else 0), t[0].received_on,
                               t[0].number))
    return [Ranked(i, req.id, req.number, org.name, org.region, req.expected_beneficiaries,
                   req.status, req.received_on, p, fresh)
            for i, (req, org, p, fresh) in enumerate(scored, start=1)]


def detail(db: Database, actor: Actor, profile: OrgProfile, request_id: str,
           today: date) -> PartnerDetail:
    require(db, actor, "partner.view")
    weights = policy(profile).weight_map
    with db.read() as s:
        req = s.get(PartnerRequest, request_id)
        if req is None:
            raise KeyError(request_id)
        org = s.get(Organisation, req.organisation_id)
        assert org is not None
        p, fresh = _priority(s, req, weights)
        steps = tuple(StepLine(x.step, x.at, x.actor_name, x.role, x.outcome, x.note)
                      for x in s.scalars(select(PartnerStep).where(
                          PartnerStep.request_id == req.id).order_by(PartnerStep.position)))
        files = tuple(FileLine(f.id, f.kind, f.filename, f.size) for f in s.execute(
            select(PartnerFile.id, PartnerFile.kind, PartnerFile.filename, PartnerFile.size)
            .where(PartnerFile.request_id == req.id).order_by(PartnerFile.added_at)))
        reports = tuple(_report_line(r, today) for r in s.scalars(select(ImpactReport).where(
            ImpactReport.request_id == req.id).order_by(ImpactReport.position)))
        return PartnerDetail(
            req.id, req.number, req.version, org.id, org.name, org.licence_no, org.region,
            req.service_code, req.expected_beneficiaries, req.goals, req.received_on,
            req.status, dict(req.study or {}), req.impact, req.regional_need, p,
            fresh, req.decision_note, req.starts_on, req.ends_on, req.our_duties, req.partner_duties,
            req.agreement_document_id, req.evaluation_rating, req.evaluation_text, steps, files,
            reports)


def _report_line(r: ImpactReport, today: date) -> ReportLine:
    return ReportLine(r.id, r.position, r.due_on, r.received_on, r.beneficiaries_reached,
                      r.figures_note, r.received_on is None and r.due_on < today)


@dataclass(frozen=True)
class OverdueReport:
    report_id: str
    request_id: str
    number: str
    organisation: str
    position: int
    due_on: date
    days_late: int


def overdue_reports(db: Database, actor: Actor, today: date) -> list[OverdueReport]:
    """Impact reports past their due date and not received, the longest overdue first."""
    require(db, actor, "partner.view")
    with db.read() as s:
        rows = s.execute(select(ImpactReport, PartnerRequest.number, Organisation.name).join(
            PartnerRequest, PartnerRequest.id == ImpactReport.request_id).join(
            Organisation, Organisation.id == PartnerRequest.organisation_id).where(
            ImpactReport.received_on.is_(None), ImpactReport.due_on < today,
            PartnerRequest.status == rules.AGREED).order_by(ImpactReport.due_on)).all()
    return [OverdueReport(r.id, r.request_id, number, name, r.position, r.due_on,
                          (today - r.due_on).days) for r, number, name in rows]


def file_content(db: Database, actor: Actor, file_id: str) -> tuple[str, bytes]:
    require(db, actor, "partner.view")
    with db.read() as s:
        f = s.get(PartnerFile, file_id)
        if f is None:
            raise KeyError(file_id)
        return f.filename, f.content
