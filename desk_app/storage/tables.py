"""Typed SQLAlchemy 2.x models.

Keys are UUID strings so that branch databases can be merged later without collisions; people
see readable numbers (file number, request number) that carry the branch code. Columns marked
``info={"audit": "redact"}`` are recorded in the audit trail as changed, never with their value.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REDACT = {"audit": "redact"}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AppSetting(Base):
    """Installation facts: branch code, document-signing secret, chosen preset."""

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, info=REDACT)


class Counter(Base):
    """Sequences behind readable numbers, e.g. ``file:RYD`` → 123 → ``RYD-000123``."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ProfileVersion(Base):
    """Every saved organisation profile; the highest version is in force."""

    __tablename__ = "profile_versions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    data: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200), info=REDACT)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Sign-in protection: failures in a row, when the last one was, a lock only an
    # administrator lifts, and a password the administrator set that must be replaced.
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Beneficiary(Base):
    __tablename__ = "beneficiaries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # Local integer key for the full-text index (FTS5 rowid); not carried across a merge.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    file_number: Mapped[str] = mapped_column(String(32), unique=True)
    branch_code: Mapped[str] = mapped_column(String(8))
    first_name: Mapped[str] = mapped_column(String(80))
    father_name: Mapped[str] = mapped_column(String(80), default="")
    grandfather_name: Mapped[str] = mapped_column(String(80), default="")
    family_name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(400), index=True)
    id_type: Mapped[str] = mapped_column(String(16))
    id_number: Mapped[str] = mapped_column(String(32))
    id_country: Mapped[str] = mapped_column(String(2))
    nationality: Mapped[str] = mapped_column(String(2))
    gender: Mapped[str] = mapped_column(String(8))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_calendar: Mapped[str] = mapped_column(String(10), default="gregorian")
    mobile: Mapped[str] = mapped_column(String(20), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    building_no: Mapped[str] = mapped_column(String(4), default="")
    street: Mapped[str] = mapped_column(String(120), default="")
    district: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    additional_no: Mapped[str] = mapped_column(String(4), default="")
    short_address: Mapped[str] = mapped_column(String(8), default="")
    category_code: Mapped[str] = mapped_column(String(40), default="")
    beneficiary_type: Mapped[str] = mapped_column(String(10), default="direct")
    contact_channel_code: Mapped[str] = mapped_column(String(40), default="")
    qualification: Mapped[str] = mapped_column(String(20), default="")
    employment_status: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    data_reviewed_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    household: Mapped[list[HouseholdMember]] = relationship(
        back_populates="beneficiary", cascade="all, delete-orphan", order_by="HouseholdMember.position"
    )

    __table_args__ = (
        # Not unique: a newcomer from another branch may carry an ID already registered here
        # until a person merges the two files (services/duplicates.py); the desk's own
        # registration refuses a taken ID under the write lock (services/registry.py).
        Index("ix_beneficiaries_identity", "id_type", "id_country", "id_number"),
        Index("ix_beneficiaries_id_number", "id_number"),
        Index("ix_beneficiaries_created_at", "created_at"),  # reports: new in a period
        Index("ix_beneficiaries_data_reviewed_on", "data_reviewed_on"),  # review backlog
        # registry report: everyone by category, type and city, read from the index alone
        Index("ix_beneficiaries_category_type_city", "category_code", "beneficiary_type", "city"),
    )
    __mapper_args__ = {"version_id_col": version}


class HouseholdMember(Base):
    __tablename__ = "household_members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    beneficiary_id: Mapped[str] = mapped_column(
        ForeignKey("beneficiaries.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(40))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # indexed: a member's national ID / iqama finds the household (registry search)
    id_number: Mapped[str] = mapped_column(String(32), default="", index=True)
    beneficiary: Mapped[Beneficiary] = relationship(back_populates="household")


class AuditEvent(Base):
    """One user action: who, when, what, and every record it changed (before/after)."""

    __tablename__ = "audit_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(40), default="")
    target_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    changes: Mapped[list] = mapped_column(JSON)
    # Tamper evidence: events in a chain (position, the hash of the one before, its own hash);
    # see storage/audit_chain.py.
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
    # Set when a retention run replaced the personal values in ``changes`` by a skeleton; the
    # run's own (chained) event names this event and its hash (storage/audit_chain.py).
    redacted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
