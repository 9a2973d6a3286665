"""Satisfaction surveys: questionnaire versions, campaigns, kiosk sessions, responses, invitations.

Privacy by construction: a response row holds a beneficiary id only when the respondent chose to
give their name (``beneficiary_id`` NULL otherwise), and nothing else in it points at a person.
Whether someone was *asked* (end-of-programme surveys) is kept apart, in
``survey_invitations``, written by a different action, so an anonymous answer cannot be joined
back to whoever was invited.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class SurveyQuestionnaire(Base):
    """One version of a questionnaire. Insert-only: a new wording is a new row."""

    __tablename__ = "survey_questionnaires"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)

    __table_args__ = (UniqueConstraint("key", "version"),)


class SurveyCampaign(Base):
    """A survey run: periodic, end of programme, field survey, supervisory visit, interview."""

    __tablename__ = "survey_campaigns"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(24))
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    questionnaire_id: Mapped[str] = mapped_column(ForeignKey("survey_questionnaires.id"),
                                                  index=True)
    service_code: Mapped[str] = mapped_column(String(40), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    open: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SurveyKioskSession(Base):
    """A stretch of kiosk mode: started by a staff member, answered by anonymous visitors."""

    __tablename__ = "survey_kiosk_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("survey_campaigns.id"), index=True)
    branch_code: Mapped[str] = mapped_column(String(8))
    started_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SurveyResponse(Base):
    """One filled-in questionnaire, tied to the version asked."""

    __tablename__ = "survey_responses"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("survey_campaigns.id"), index=True)
    questionnaire_id: Mapped[str] = mapped_column(ForeignKey("survey_questionnaires.id"),
                                                  index=True)
    mode: Mapped[str] = mapped_column(String(12))
    channel_code: Mapped[str] = mapped_column(String(40), default="")
    branch_code: Mapped[str] = mapped_column(String(8))
    service_code: Mapped[str] = mapped_column(String(40), default="")
    # A day, not a moment: the time of day would help match an anonymous answer to a visit.
    answered_on: Mapped[date] = mapped_column(Date, index=True)
    beneficiary_id: Mapped[str | None] = mapped_column(
        ForeignKey("beneficiaries.id", ondelete="SET NULL"), nullable=True, index=True)
    answers: Mapped[dict] = mapped_column(JSON)
    # a questionnaire's answers in a period (reports, results): one index range
    __table_args__ = (Index("ix_survey_responses_questionnaire_answered", "questionnaire_id",
                            "answered_on"),)


class SurveyInvitation(Base):
    """A direct beneficiary asked to answer (end of programme); says nothing of the answer."""

    __tablename__ = "survey_invitations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("survey_campaigns.id"), index=True)
    beneficiary_id: Mapped[str] = mapped_column(
        ForeignKey("beneficiaries.id", ondelete="CASCADE"), index=True)
    subject_ref: Mapped[str] = mapped_column(String(36), default="")  # e.g. the request id
    outcome: Mapped[str] = mapped_column(String(12))  # asked | declined
    asked_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("campaign_id", "beneficiary_id", "subject_ref"),)


@event.listens_for(SurveyQuestionnaire, "before_update")
def _versions_are_never_changed(_mapper, _conn, target: SurveyQuestionnaire) -> None:  # noqa: ANN001
    raise ValueError(f"questionnaire {target.key} v{target.version} is stored; save a new version")
