"""Satisfaction surveys: questionnaire versions, campaigns, kiosk sessions, responses (R-SAT).

Each public function is one user action (one transaction, one audit event) or a read.

Anonymity: an anonymous response is saved by its own action whose actor is the kiosk session
(or the staff member who typed a paper form in), with no beneficiary id in the row and so none
in the audit event, which records the row as written. Marking that a beneficiary was *asked*
(:func:`record_invitation`) is a separate action.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desk_app.domain import survey_defaults
from desk_app.domain.entities import Actor
from desk_app.domain.surveys import CAMPAIGN_KINDS, MODES, Questionnaire, clean_answers
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.repositories import surveys as repo
from desk_app.storage.surveys_tables import (
    SurveyCampaign,
    SurveyInvitation,
    SurveyKioskSession,
    SurveyQuestionnaire,
    SurveyResponse,
)
from desk_app.storage.tables import Beneficiary

EDITOR_ROLES = ("admin", "manager")
KIOSK_ROLE = "kiosk"


@dataclass(frozen=True)
class QuestionnaireInfo:
    id: str
    key: str
    version: int
    title_ar: str
    title_en: str
    responses: int


@dataclass(frozen=True)
class CampaignInfo:
    id: str
    kind: str
    name_ar: str
    name_en: str
    questionnaire_id: str
    questionnaire_key: str
    questionnaire_version: int
    service_code: str
    starts_on: date
    ends_on: date | None
    open: bool
    responses: int


@dataclass(frozen=True)
class KioskSession:
    """A kiosk stretch; ``actor`` is who the audit names for the answers given in it."""

    id: str
    campaign_id: str
    branch_code: str
    actor: Actor


def _refuse(*errors: FieldError) -> None:
    raise ValidationFailed(errors)


# --- questionnaires ----------------------------------------------------------------------------

def ensure_defaults(db: Database, actor: Actor) -> int:
    """Store version 1 of each shipped questionnaire not stored yet; returns how many."""
    with db.read() as s:
        missing = [q for q in survey_defaults.DEFAULTS if repo.latest_version(s, q.key) is None]
    if not missing:
        return 0
    with db.action(actor, "survey.defaults", "questionnaire") as s:
        for q in missing:
            if repo.latest_version(s, q.key) is None:
                s.add(SurveyQuestionnaire(key=q.key, version=1, data=q.to_dict(),
                                          note="default", created_at=db.clock(),
                                          created_by=actor.id))
    return len(missing)


def save_questionnaire(db: Database, actor: Actor, data: Mapping[str, Any] | Questionnaire,
                       note: str = "") -> QuestionnaireInfo:
    """Store the wording as the next version of its key (a stored version is never changed).

    Saving the same content as the latest version stores nothing and returns that version.
    """
    require(db, actor, "survey.edit")
    raw = data.to_dict() if isinstance(data, Questionnaire) else dict(data)
    q = Questionnaire.from_dict({**raw, "version": 1})
    with db.action(actor, "survey.questionnaire_version", "questionnaire") as s:
        latest = repo.latest_version(s, q.key)
        if latest is not None and Questionnaire.from_dict(latest.data).content() == q.content():
            return _q_info(latest, 0)
        version = (latest.version if latest else 0) + 1
        data_v = {**q.to_dict(), "version": version}
        row = SurveyQuestionnaire(key=q.key, version=version, data=data_v, note=note,
                                  created_at=db.clock(), created_by=actor.id)
        s.add(row)
        s.flush()
        s.info["audit_target"] = ("questionnaire", row.id)
        return _q_info(row, 0)


def _q_info(row: SurveyQuestionnaire, responses: int) -> QuestionnaireInfo:
    return QuestionnaireInfo(row.id, row.key, row.version, row.data.get("title_ar", ""),
                             row.data.get("title_en", ""), responses)


def questionnaires(db: Database, key: str | None = None) -> list[QuestionnaireInfo]:
    """Every stored version (newest first per key) with how many responses answered it."""
    with db.read() as s:
        counts = repo.responses_per_questionnaire(s)
        return [_q_info(r, counts.get(r.id, 0)) for r in repo.versions(s, key)]


def questionnaire(db: Database, questionnaire_id: str) -> Questionnaire:
    with db.read() as s:
        row = s.get(SurveyQuestionnaire, questionnaire_id)
        if row is None:
            raise KeyError(questionnaire_id)
        return Questionnaire.from_dict(row.data)


def all_versions(db: Database, key: str) -> list[tuple[str, Questionnaire]]:
    """``(id, questionnaire)`` for every version of ``key``, newest first."""
    with db.read() as s:
        return [(r.id, Questionnaire.from_dict(r.data)) for r in repo.versions(s, key)]


# --- campaigns ---------------------------------------------------------------------------------

def create_campaign(
    db: Database, actor: Actor, *, kind: str, name_ar: str, starts_on: date,
    ends_on: date | None = None, questionnaire_key: str | None = None, service_code: str = "",
    name_en: str = "",
) -> CampaignInfo:
    """Open a campaign on the latest version of its questionnaire (pinned from now on)."""
    require(db, actor, "survey.edit")
    errors = []
    if kind not in CAMPAIGN_KINDS:
        errors.append(FieldError("kind", "invalid_choice"))
    if not name_ar.strip():
        errors.append(FieldError("name_ar", "required"))
    if ends_on is not None and ends_on < starts_on:
        errors.append(FieldError("ends_on", "ends_before_start"))
    if errors:
        raise ValidationFailed(errors)
    ensure_defaults(db, actor)
    key = questionnaire_key or survey_defaults.DEFAULT_FOR_KIND[kind]
    with db.action(actor, "survey.campaign_create", "survey_campaign") as s:
        q = repo.latest_version(s, key)
        if q is None:
            _refuse(FieldError("questionnaire", "invalid_choice"))
        row = SurveyCampaign(kind=kind, name_ar=name_ar.strip(), name_en=name_en.strip(),
                             questionnaire_id=q.id, service_code=service_code,
                             starts_on=starts_on, ends_on=ends_on, open=True,
                             created_at=db.clock(), created_by=actor.id)
        s.add(row)
        s.flush()
        s.info["audit_target"] = ("survey_campaign", row.id)
        return _c_info(row, q, 0)


def _c_info(row: SurveyCampaign, q: SurveyQuestionnaire, n: int) -> CampaignInfo:
    return CampaignInfo(row.id, row.kind, row.name_ar, row.name_en, q.id, q.key, q.version,
                        row.service_code, row.starts_on, row.ends_on, row.open, n)


def campaigns(db: Database, open_only: bool = False) -> list[CampaignInfo]:
    with db.read() as s:
        counts = repo.responses_per_campaign(s)
        return [_c_info(c, s.get(SurveyQuestionnaire, c.questionnaire_id), counts.get(c.id, 0))
                for c in repo.campaigns(s, open_only)]


def campaign(db: Database, campaign_id: str) -> CampaignInfo:
    with db.read() as s:
        row = s.get(SurveyCampaign, campaign_id)
        if row is None:
            raise KeyError(campaign_id)
        n = repo.responses_per_campaign(s).get(campaign_id, 0)
        return _c_info(row, s.get(SurveyQuestionnaire, row.questionnaire_id), n)


def branches(db: Database) -> list[str]:
    """Branch codes that have responses (for the results filter)."""
    with db.read() as s:
        return repo.branches(s)


def set_open(db: Database, actor: Actor, campaign_id: str, is_open: bool) -> None:
    require(db, actor, "survey.edit")
    with db.action(actor, "survey.campaign_open" if is_open else "survey.campaign_close",
                   "survey_campaign", campaign_id) as s:
        row = s.get(SurveyCampaign, campaign_id)
        if row is None:
            raise KeyError(campaign_id)
        row.open = is_open


# --- kiosk and responses -----------------------------------------------------------------------

def start_kiosk(db: Database, staff: Actor, campaign_id: str, branch_code: str) -> KioskSession:
    """A staff member hands the screen over; answers given meanwhile are the session's."""
    require(db, staff, "survey.respond")
    if staff.role == KIOSK_ROLE or staff.id is None:
        _refuse(FieldError("", "not_allowed"))
    _open_campaign(db, campaign_id)
    with db.action(staff, "survey.kiosk_start", "kiosk_session") as s:
        row = SurveyKioskSession(campaign_id=campaign_id, branch_code=branch_code,
                                 started_by=staff.id, started_at=db.clock())
        s.add(row)
        s.flush()
        s.info["audit_target"] = ("kiosk_session", row.id)
    return KioskSession(row.id, campaign_id, branch_code,
                        Actor(None, f"kiosk:{row.id[:8]}", KIOSK_ROLE, row.id))


def end_kiosk(db: Database, staff: Actor, session: KioskSession) -> None:
    with db.action(staff, "survey.kiosk_end", "kiosk_session", session.id) as s:
        row = s.get(SurveyKioskSession, session.id)
        if row is not None and row.ended_at is None:
            row.ended_at = db.clock()


def _open_campaign(db: Database, campaign_id: str) -> tuple[SurveyCampaign, Questionnaire]:
    with db.read() as s:
        c = s.get(SurveyCampaign, campaign_id)
        if c is None:
            _refuse(FieldError("campaign", "invalid_choice"))
        if not c.open:
            _refuse(FieldError("campaign", "campaign_closed"))
        return c, Questionnaire.from_dict(s.get(SurveyQuestionnaire, c.questionnaire_id).data)


def submit(
    db: Database, actor: Actor, campaign_id: str, answers: Mapping[str, Any], *, mode: str,
    channel_code: str, branch_code: str, service_code: str | None = None,
    beneficiary_id: str | None = None, answered_on: date | None = None,
) -> str:
    """Save one response to the campaign's questionnaire version; returns its id.

    ``beneficiary_id`` None means anonymous. In kiosk mode (``actor`` a kiosk session) the day
    is today; typed-in paper answers may carry the day they were written.
    """
    require(db, actor, "survey.respond")
    c, q = _open_campaign(db, campaign_id)
    today = db.clock().date()
    day = today if actor.role == KIOSK_ROLE or answered_on is None else answered_on
    errors = []
    if mode not in MODES:
        errors.append(FieldError("mode", "invalid_choice"))
    if day > today:
        errors.append(FieldError("answered_on", "in_future"))
    try:
        cleaned = clean_answers(q, answers)
    except ValidationFailed as exc:
        errors += exc.errors
    if errors:
        raise ValidationFailed(errors)
    name = "survey.kiosk_response" if actor.role == KIOSK_ROLE else "survey.response"
    target = ("kiosk_session", actor.full_name) if actor.role == KIOSK_ROLE else ("", "")
    with db.action(actor, name, *target) as s:
        if beneficiary_id is not None and s.get(Beneficiary, beneficiary_id) is None:
            _refuse(FieldError("beneficiary", "invalid_choice"))
        row = SurveyResponse(campaign_id=c.id, questionnaire_id=c.questionnaire_id, mode=mode,
                             channel_code=channel_code, branch_code=branch_code,
                             service_code=c.service_code if service_code is None else service_code,
                             answered_on=day, beneficiary_id=beneficiary_id, answers=cleaned)
        s.add(row)
        s.flush()
        if actor.role != KIOSK_ROLE:
            s.info["audit_target"] = ("survey_response", row.id)
        return row.id


def record_invitation(db: Database, staff: Actor, campaign_id: str, beneficiary_id: str, *,
                      subject_ref: str = "", outcome: str = "asked") -> None:
    """Note that a beneficiary was asked (or declined), so the due list can drop them."""
    require(db, staff, "survey.respond")
    if outcome not in ("asked", "declined"):
        _refuse(FieldError("outcome", "invalid_choice"))
    with db.action(staff, "survey.invitation", "beneficiary", beneficiary_id) as s:
        if (beneficiary_id, subject_ref) in repo.invited(s, campaign_id):
            return
        s.add(SurveyInvitation(campaign_id=campaign_id, beneficiary_id=beneficiary_id,
                               subject_ref=subject_ref, outcome=outcome, asked_on=db.clock().date()))
