"""Partner requests through the five steps of seed 003, each one action (one transaction, one
audit event, one dated step) by the role the profile's partnership section names.

Request → needs study → decision → agreement (MoU, printed and archived; signed copy scanned)
→ impact reports on a schedule → closing evaluation. Read-side views (the ranked priority list,
a request's detail, overdue reports) are in :mod:`desk_app.services.partner_views`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain import partners as rules
from desk_app.domain.entities import Actor
from desk_app.domain.permissions import SYSTEM, PermissionDenied
from desk_app.domain.profile import OrgProfile
from desk_app.domain.profile.partnership import PartnershipPolicy
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.conflicts import check_version
from desk_app.storage.db import Database
from desk_app.storage.partners_tables import (
    ImpactReport,
    Organisation,
    PartnerFile,
    PartnerRequest,
    PartnerStep,
)
from desk_app.storage.repositories import counters, settings

MAX_FILE_MB = 20
TEXT_MAX = 4000

# The permission-table action behind each step.
STEP_ACTIONS = {"request": "partner.request", "study": "partner.study",
                "decision": "partner.decide", "agreement": "partner.agreement",
                "reports": "partner.reports", "evaluation": "partner.evaluate"}


class NoPartnership(Exception):
    """This association's profile has no partnership section: it serves no partner bodies."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes


def policy(profile: OrgProfile) -> PartnershipPolicy:
    if profile.partnership is None:
        raise NoPartnership(profile.key)
    return profile.partnership


def require_step(db: Database, actor: Actor, profile: OrgProfile, step: str) -> str:
    """The permission table's check, then the profile's: the step is done by the role the
    profile names (the administrator stands in for any). Returns that role."""
    action = STEP_ACTIONS[step]
    require(db, actor, action)
    role = policy(profile).role_for(step)
    if actor.role not in (role, "admin", SYSTEM):
        raise PermissionDenied(action, actor.role, actor.username)
    return role


def _file_errors(field: str, files: Sequence[Attachment]) -> list[FieldError]:
    errors = []
    for f in files:
        if not f.content:
            errors.append(FieldError(field, "scan_empty"))
        elif len(f.content) > MAX_FILE_MB * 1024 * 1024:
            errors.append(FieldError(field, "scan_too_large", {"max_mb": MAX_FILE_MB}))
    return errors


def _text(field: str, value: str, required: bool = True) -> tuple[str, list[FieldError]]:
    value = (value or "").strip()
    if required and not value:
        return value, [FieldError(field, "required")]
    if len(value) > TEXT_MAX:
        return value, [FieldError(field, "too_long", {"max": TEXT_MAX})]
    return value, []


def _step(s: Session, db: Database, actor: Actor, req: PartnerRequest, step: str, role: str,
          outcome: str = "", note: str = "") -> None:
    position = (s.scalar(select(func.max(PartnerStep.position))
                         .where(PartnerStep.request_id == req.id)) or 0) + 1
    s.add(PartnerStep(request_id=req.id, position=position, step=step, at=db.clock(),
                      actor_id=actor.id, actor_name=actor.full_name or actor.username,
                      role=role, outcome=outcome, note=note))
    req.updated_at = db.clock()


def _files(s: Session, db: Database, actor: Actor, req_id: str, kind: str,
           files: Sequence[Attachment]) -> list[str]:
    ids = []
    for f in files:
        row = PartnerFile(request_id=req_id, kind=kind, filename=f.filename[-255:],
                          size=len(f.content), content=f.content, added_at=db.clock(),
                          added_by=actor.id)
        s.add(row)
        s.flush()
        ids.append(row.id)
    return ids


def _load(s: Session, request_id: str, step: str, expected_version: int | None
          ) -> PartnerRequest:
    req = s.get(PartnerRequest, request_id)
    if req is None:
        raise KeyError(request_id)
    if expected_version is not None:
        check_version(s, req, expected_version)
    if step != "request" and not rules.step_allowed(step, req.status):
        raise ValidationFailed([FieldError("", "transition_not_allowed")])
    return req


def submit_request(db: Database, actor: Actor, profile: OrgProfile, *, organisation_id: str,
                   service_code: str, expected_beneficiaries: int, goals: str,
                   attachments: Sequence[Attachment] = ()) -> str:
    """Step 1: the partner's formal request. Returns the new request's id."""
    role = require_step(db, actor, profile, "request")
    goals, errors = _text("goals", goals)
    if service_code not in policy(profile).service_codes:
        errors.append(FieldError("service_code", "invalid_choice"))
    if isinstance(expected_beneficiaries, bool) or not isinstance(expected_beneficiaries, int) \
            or expected_beneficiaries < 1:
        errors.append(FieldError("expected_beneficiaries", "invalid_count"))
    errors += _file_errors("attachments", attachments)
    if errors:
        raise ValidationFailed(errors)
    now = db.clock()
    with db.action(actor, "partner.request") as s:
        if s.get(Organisation, organisation_id) is None:
            raise ValidationFailed([FieldError("organisation", "not_found")])
        branch = settings.get(s, "branch_code") or ""
        n = counters.next_value(s, f"partner:{branch}:{now.year}")
        req = PartnerRequest(number=f"P-{branch}-{now.year}-{n:04d}",
                             organisation_id=organisation_id,
                             service_code=service_code,
                             expected_beneficiaries=expected_beneficiaries, goals=goals,
                             received_on=now.date(), status=rules.REQUESTED, study={},
                             created_at=now, updated_at=now)
        s.add(req)
        s.flush()
        s.info["audit_target"] = ("partner_request", req.id)
        _files(s, db, actor, req.id, "request", attachments)
        _step(s, db, actor, req, "request", role)
        return req.id


def record_study(db: Database, actor: Actor, profile: OrgProfile, request_id: str, *,
                 criteria: Mapping[str, tuple[int, str]], impact: int, regional_need: int,
                 note: str = "", expected_version: int | None = None) -> None:
    """Step 2: the needs study — the four criteria scored 1–5 with notes, and the two judged
    factors of the priority (impact, regional need). May be revised until the decision."""
    role = require_step(db, actor, profile, "study")
    errors: list[FieldError] = []
    study: dict[str, dict[str, object]] = {}
    for code in rules.STUDY_CRITERIA:
        score, text = criteria.get(code, (0, ""))
        if (e := rules.score_error(f"criteria.{code}", score)) is not None:
            errors.append(e)
        text, errs = _text(f"criteria.{code}.note", text, required=False)
        errors += errs
        study[code] = {"score": score, "note": text}
    for field, value in (("impact", impact), ("regional_need", regional_need)):
        if (e := rules.score_error(field, value)) is not None:
            errors.append(e)
    note, errs = _text("note", note, required=False)
    if errors or errs:
        raise ValidationFailed(errors + errs)
    with db.action(actor, "partner.study", "partner_request", request_id) as s:
        req = _load(s, request_id, "study", expected_version)
        req.study, req.impact, req.regional_need = study, impact, regional_need
        p = rules.priority(impact, regional_need, not served_before(s, req),
                           policy(profile).weight_map)
        req.priority = p.score
        req.status = rules.STUDIED
        _step(s, db, actor, req, "study", role, note=note)


def served_before(s: Session, req: PartnerRequest) -> bool:
    """Whether the organisation was already served: another of its requests was approved."""
    return s.scalar(select(func.count()).select_from(PartnerRequest).where(
        PartnerRequest.organisation_id == req.organisation_id, PartnerRequest.id != req.id,
        PartnerRequest.status.in_((rules.APPROVED, rules.AGREED, rules.CLOSED)))) > 0


def decide(db: Database, actor: Actor, profile: OrgProfile, request_id: str, *, approve: bool,
           note: str, expected_version: int | None = None) -> None:
    """Step 3: the decision, with its reason (required, a refusal must say why)."""
    role = require_step(db, actor, profile, "decision")
    note, errors = _text("decision_note", note)
    if errors:
        raise ValidationFailed(errors)
    with db.action(actor, "partner.decide", "partner_request", request_id) as s:
        req = _load(s, request_id, "decision", expected_version)
        req.status = rules.APPROVED if approve else rules.REJECTED
        req.decision_note = note
        _step(s, db, actor, req, "decision", role, req.status, note)


def record_agreement(db: Database, actor: Actor, profile: OrgProfile, request_id: str, *,
                     starts_on: date | None, ends_on: date | None, our_duties: str,
                     partner_duties: str, expected_version: int | None = None) -> None:
    """Step 4: the MoU / implementation agreement: dates and both sides' duties. The impact
    reports fall due on the profile's schedule from its start to its end."""
    role = require_step(db, actor, profile, "agreement")
    our, e1 = _text("our_duties", our_duties, required=False)
    theirs, e2 = _text("partner_duties", partner_duties, required=False)
    errors = rules.agreement_errors(starts_on, ends_on, our, theirs) + e1 + e2
    if errors:
        raise ValidationFailed(errors)
    assert starts_on is not None and ends_on is not None
    with db.action(actor, "partner.agreement", "partner_request", request_id) as s:
        req = _load(s, request_id, "agreement", expected_version)
        req.starts_on, req.ends_on = starts_on, ends_on
        req.our_duties, req.partner_duties = our, theirs
        req.status = rules.AGREED
        every = policy(profile).report_every_months
        for i, due in enumerate(rules.report_due_dates(starts_on, ends_on, every), start=1):
            s.add(ImpactReport(request_id=req.id, position=i, due_on=due))
        _step(s, db, actor, req, "agreement", role)


def attach_signed_agreement(db: Database, actor: Actor, profile: OrgProfile, request_id: str,
                            scan: Attachment) -> None:
    """The signed copy of the agreement, scanned (after printing and signing)."""
    role = require_step(db, actor, profile, "agreement")
    errors = _file_errors("signed_copy", [scan])
    if errors:
        raise ValidationFailed(errors)
    with db.action(actor, "partner.signed_copy", "partner_request", request_id) as s:
        req = _load(s, request_id, "reports", None)  # only once the agreement is recorded
        _files(s, db, actor, req.id, "signed_agreement", [scan])
        _step(s, db, actor, req, "agreement", role, "signed_copy", scan.filename)


def receive_report(db: Database, actor: Actor, profile: OrgProfile, report_id: str, *,
                   reached: int, note: str = "", file: Attachment | None = None) -> None:
    """Step 5a: an impact report received, with its figures and file, dated today."""
    role = require_step(db, actor, profile, "reports")
    note, errors = _text("figures_note", note, required=False)
    if isinstance(reached, bool) or not isinstance(reached, int) or reached < 0:
        errors.append(FieldError("reached", "invalid_count"))
    errors += _file_errors("report_file", [file] if file else [])
    if errors:
        raise ValidationFailed(errors)
    with db.action(actor, "partner.report", "partner_impact_report", report_id) as s:
        rep = s.get(ImpactReport, report_id)
        if rep is None:
            raise KeyError(report_id)
        req = _load(s, rep.request_id, "reports", None)
        if rep.received_on is not None:
            raise ValidationFailed([FieldError("", "report_already_received")])
        rep.received_on, rep.beneficiaries_reached, rep.figures_note = (
            db.clock().date(), reached, note)
        if file:
            rep.file_id = _files(s, db, actor, req.id, "impact_report", [file])[0]
        _step(s, db, actor, req, "reports", role, "received", f"{rep.position}")


def evaluate(db: Database, actor: Actor, profile: OrgProfile, request_id: str, *, rating: int,
             text: str, expected_version: int | None = None) -> None:
    """Step 5b: the partnership's evaluation when the service ends; closes the request."""
    role = require_step(db, actor, profile, "evaluation")
    text, errors = _text("evaluation_text", text)
    if (e := rules.score_error("evaluation_rating", rating)) is not None:
        errors.append(e)
    if errors:
        raise ValidationFailed(errors)
    with db.action(actor, "partner.evaluate", "partner_request", request_id) as s:
        req = _load(s, request_id, "evaluation", expected_version)
        req.evaluation_rating, req.evaluation_text = rating, text
        req.status = rules.CLOSED
        _step(s, db, actor, req, "evaluation", role, str(rating), text)
