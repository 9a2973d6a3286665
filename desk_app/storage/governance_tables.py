"""Data protection and the policy's governance: staff acknowledgements of the policy, the register
of data-subject requests (access, correction, destruction, objection) and the breach register."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class PolicyAcknowledgement(Base):
    """A staff member affirmed one version of the policy (the text's SHA-256 says which words)."""

    __tablename__ = "policy_acknowledgements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    policy_number: Mapped[int] = mapped_column(Integer)
    text_sha256: Mapped[str] = mapped_column(String(64))
    statement: Mapped[str] = mapped_column(Text)
    acknowledged_at: Mapped[datetime] = mapped_column(DateTime)
    desk: Mapped[str] = mapped_column(String(120), default="")
    __table_args__ = (UniqueConstraint("staff_id", "policy_number", "text_sha256"),)


class SubjectRequest(Base):
    """A person's request about the data held on them, answered within 30 days."""

    __tablename__ = "subject_requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    beneficiary_id: Mapped[str | None] = mapped_column(
        ForeignKey("beneficiaries.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    requester_name: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    identity_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    identity_method: Mapped[str] = mapped_column(String(40), default="")
    identity_checked_by: Mapped[str] = mapped_column(String(200), default="")
    identity_checked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    outcome: Mapped[str] = mapped_column(String(16), default="")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Breach(Base):
    """A personal-data breach: found when, what and whom it touched, the regulator told when."""

    __tablename__ = "data_breaches"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    discovered_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    description: Mapped[str] = mapped_column(Text)
    data_kinds: Mapped[str] = mapped_column(Text)
    people_affected: Mapped[int] = mapped_column(Integer)
    notified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    notified_to: Mapped[str] = mapped_column(String(200), default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
