"""Survey queries: questionnaire versions, campaigns with their counts, responses for results."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.storage.surveys_tables import (
    SurveyCampaign,
    SurveyInvitation,
    SurveyQuestionnaire,
    SurveyResponse,
)


def latest_version(session: Session, key: str) -> SurveyQuestionnaire | None:
    return session.scalar(select(SurveyQuestionnaire).where(SurveyQuestionnaire.key == key)
                          .order_by(SurveyQuestionnaire.version.desc()).limit(1))


def versions(session: Session, key: str | None = None) -> list[SurveyQuestionnaire]:
    q = select(SurveyQuestionnaire).order_by(SurveyQuestionnaire.key,
                                             SurveyQuestionnaire.version.desc())
    if key is not None:
        q = q.where(SurveyQuestionnaire.key == key)
    return list(session.scalars(q))


def responses_per_questionnaire(session: Session) -> dict[str, int]:
    rows = session.execute(select(SurveyResponse.questionnaire_id, func.count())
                           .group_by(SurveyResponse.questionnaire_id))
    return {qid: n for qid, n in rows}


def responses_per_campaign(session: Session) -> dict[str, int]:
    rows = session.execute(select(SurveyResponse.campaign_id, func.count())
                           .group_by(SurveyResponse.campaign_id))
    return {cid: n for cid, n in rows}


def campaigns(session: Session, open_only: bool = False) -> list[SurveyCampaign]:
    q = select(SurveyCampaign).order_by(SurveyCampaign.starts_on.desc(), SurveyCampaign.name_ar)
    if open_only:
        q = q.where(SurveyCampaign.open)
    return list(session.scalars(q))


def responses(
    session: Session, *, questionnaire_ids: Sequence[str], campaign_id: str | None = None,
    date_from: date | None = None, date_to: date | None = None, branch: str | None = None,
) -> list[tuple]:
    """``(answered_on, channel, branch, service, campaign_id, answers)`` per response.

    Never selects who answered (``beneficiary_id``): results have no use for it.
    """
    r = SurveyResponse
    q = select(r.answered_on, r.channel_code, r.branch_code, r.service_code, r.campaign_id,
               r.answers).where(SurveyResponse.questionnaire_id.in_(questionnaire_ids))
    if campaign_id:
        q = q.where(SurveyResponse.campaign_id == campaign_id)
    if date_from:
        q = q.where(SurveyResponse.answered_on >= date_from)
    if date_to:
        q = q.where(SurveyResponse.answered_on <= date_to)
    if branch:
        q = q.where(SurveyResponse.branch_code == branch)
    return [tuple(row) for row in session.execute(q.order_by(SurveyResponse.answered_on))]


def invited(session: Session, campaign_id: str) -> set[tuple[str, str]]:
    """``(beneficiary_id, subject_ref)`` already asked (or who declined) in a campaign."""
    rows = session.execute(select(SurveyInvitation.beneficiary_id, SurveyInvitation.subject_ref)
                           .where(SurveyInvitation.campaign_id == campaign_id))
    return {(b, s) for b, s in rows}


def branches(session: Session) -> list[str]:
    return list(session.scalars(select(SurveyResponse.branch_code).distinct()
                                .order_by(SurveyResponse.branch_code)))
