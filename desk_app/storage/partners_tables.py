"""Organisations served as beneficiaries, their partner requests through the five steps of seed 003,
the files attached on the way, and the impact reports due under an agreement."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import REDACT, Base, new_id


class Organisation(Base):
    """An association or non-profit body served by the programmes; found by the registry
    search beside people. One record per licence number (its duplicate rule)."""

    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    branch_code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    licence_no: Mapped[str] = mapped_column(String(30), unique=True)
    regulator: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(40))
    city: Mapped[str] = mapped_column(String(120))
    field_of_activity: Mapped[str] = mapped_column(String(200))
    contact_person: Mapped[str] = mapped_column(String(120))
    mobile: Mapped[str] = mapped_column(String(20), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(34), default="", info=REDACT)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class PartnerRequest(Base):
    """A partner association's formal request for a service, and where its steps stand."""

    __tablename__ = "partner_requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    service_code: Mapped[str] = mapped_column(String(40), index=True)
    expected_beneficiaries: Mapped[int] = mapped_column(Integer)
    goals: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), index=True)
    # The needs study: criterion → {"score": 1–5, "note": text}; the two judged factors of
    # the priority (1–5); the score and its terms as computed with the profile's weights then.
    study: Mapped[dict] = mapped_column(JSON, default=dict)
    impact: Mapped[int | None] = mapped_column(Integer, nullable=True)
    regional_need: Mapped[int | None] = mapped_column(Integer, nullable=True)
    priority: Mapped[float | None] = mapped_column(Float, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    # The agreement (MoU / implementation agreement)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    our_duties: Mapped[str] = mapped_column(Text, default="")
    partner_duties: Mapped[str] = mapped_column(Text, default="")
    agreement_document_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # The closing evaluation
    evaluation_rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evaluation_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class PartnerStep(Base):
    """One dated step on a request, by whom and in which role (the profile names the role)."""

    __tablename__ = "partner_steps"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("partner_requests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("request_id", "position"),)


class PartnerFile(Base):
    """A file on a request: the formal request's attachments, the scanned signed agreement, an
    impact report's file."""

    __tablename__ = "partner_files"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("partner_requests.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ImpactReport(Base):
    """A periodic impact report due from the partner; received with its figures and file."""

    __tablename__ = "partner_impact_reports"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("partner_requests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    beneficiaries_reached: Mapped[int | None] = mapped_column(Integer, nullable=True)
    figures_note: Mapped[str] = mapped_column(Text, default="")
    file_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    __table_args__ = (UniqueConstraint("request_id", "position"),)


class ReachFigure(Base):
    """Indirect beneficiaries, counted not registered (seed 003 §2-2): how many a content item
    reached on a channel in a period, typed in or imported from a platform's export."""

    __tablename__ = "reach_figures"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    channel_code: Mapped[str] = mapped_column(String(40), index=True)
    content_item: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[date] = mapped_column(Date, index=True)
    period_end: Mapped[date] = mapped_column(Date)
    reached: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(120), default="")  # "typed" or the file's name
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    entered_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    __table_args__ = (UniqueConstraint("channel_code", "content_item", "period_start",
                                       "period_end", name="uq_reach_figures_item_period"),)
