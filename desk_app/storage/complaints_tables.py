"""Complaints, their timeline, investigation minutes and approvals, negotiation, compensation.

Amounts are whole halalas (integers) so the audit trail stores them exactly.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class Complaint(Base):
    __tablename__ = "complaints"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    branch_code: Mapped[str] = mapped_column(String(8), index=True)
    # One per opened intake form, so a double click cannot file the same complaint twice.
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)
    beneficiary_id: Mapped[str | None] = mapped_column(
        ForeignKey("beneficiaries.id"), nullable=True, index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    complainant_contact: Mapped[str] = mapped_column(String(120), default="")
    channel_code: Mapped[str] = mapped_column(String(40), index=True)
    category_code: Mapped[str] = mapped_column(String(40), index=True)
    request_ref: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    limit_days: Mapped[int] = mapped_column(Integer)
    clock_started_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    settled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    committee_code: Mapped[str] = mapped_column(String(40), default="")
    outcome_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class ComplaintEvent(Base):
    """One line of a complaint's timeline: a status change or something recorded on it."""

    __tablename__ = "complaint_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    complaint_id: Mapped[str] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str] = mapped_column(String(24), default="")
    to_status: Mapped[str] = mapped_column(String(24), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("complaint_id", "position"),)


class ComplaintAttachment(Base):
    __tablename__ = "complaint_attachments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    complaint_id: Mapped[str] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Investigation(Base):
    """The investigation file of an escalated complaint: committee minutes and/or a ruling."""

    __tablename__ = "complaint_investigations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    complaint_id: Mapped[str] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), unique=True)
    committee_code: Mapped[str] = mapped_column(String(40), default="")
    minutes_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    member_ids: Mapped[list] = mapped_column(JSON, default=list)
    harm: Mapped[str] = mapped_column(Text, default="")
    harm_size: Mapped[str] = mapped_column(Text, default="")
    causes: Mapped[str] = mapped_column(Text, default="")
    association_at_fault: Mapped[bool] = mapped_column(Boolean, default=False)
    ruling_authority: Mapped[str] = mapped_column(String(200), default="")
    ruling_reference: Mapped[str] = mapped_column(String(100), default="")
    ruling_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    ruling_in_favour: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class MinutesApproval(Base):
    """One member's approval of the minutes, made by that member signed in as themself."""

    __tablename__ = "complaint_minutes_approvals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    investigation_id: Mapped[str] = mapped_column(
        ForeignKey("complaint_investigations.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("investigation_id", "staff_id"),)


class Negotiation(Base):
    """One round of negotiation with the beneficiary about resolving and compensating."""

    __tablename__ = "complaint_negotiations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    complaint_id: Mapped[str] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    offer_halalas: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Compensation(Base):
    __tablename__ = "complaint_compensations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    complaint_id: Mapped[str] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_halalas: Mapped[int] = mapped_column(Integer)
    settled_on: Mapped[date] = mapped_column(Date)
    beneficiary_accepted: Mapped[bool] = mapped_column(Boolean)
    grounds: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
