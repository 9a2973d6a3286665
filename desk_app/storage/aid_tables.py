"""Aid given against an approved request (issue 20): each delivery, the household's ID numbers
as they stood when it was given, and the signed handover receipt scanned back.

The household's IDs are copied onto each delivery (``aid_household_ids``) so that "has this
household already received this kind of aid?" is one indexed look-up by ID number, and stays
true to what the household was then, whatever is later edited on the files.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from desk_app.storage.tables import Base, new_id


class AidRecord(Base):
    """One delivery: what, under which programme, against which decision, to whom."""

    __tablename__ = "aid_records"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. RYD-A-2026-000001
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    # The approving decision; None only for a service note kept from before aid records.
    decision_id: Mapped[str | None] = mapped_column(
        ForeignKey("request_decisions.id", ondelete="SET NULL"), nullable=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    programme_code: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(12))  # cash, in_kind, service
    amount_halalas: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    payment_method: Mapped[str] = mapped_column(String(12), default="")  # iban, cheque, cash
    iban: Mapped[str] = mapped_column(String(34), default="")
    cheque_number: Mapped[str] = mapped_column(String(40), default="")
    items: Mapped[list] = mapped_column(JSON, default=list)  # [{name, quantity, unit}]
    details: Mapped[str] = mapped_column(Text, default="")
    delivered_on: Mapped[date] = mapped_column(Date)
    # A repeat within the profile's period was shown and the employee went on: why, and which
    # earlier deliveries (numbers) were shown.
    note: Mapped[str] = mapped_column(Text, default="")
    repeat_of: Mapped[list] = mapped_column(JSON, default=list)
    legacy: Mapped[bool] = mapped_column(Boolean, default=False)  # a free-text note of old
    receipt_document_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    household: Mapped[list[AidHouseholdId]] = relationship(
        back_populates="aid", cascade="all, delete-orphan")

    __table_args__ = (Index("ix_aid_records_kind_delivered_on", "kind", "delivered_on"),)
    __mapper_args__ = {"version_id_col": version}


class AidHouseholdId(Base):
    """One ID number of the household a delivery went to (holder or member)."""

    __tablename__ = "aid_household_ids"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    aid_id: Mapped[str] = mapped_column(ForeignKey("aid_records.id", ondelete="CASCADE"),
                                        index=True)
    id_number: Mapped[str] = mapped_column(String(32), index=True)
    aid: Mapped[AidRecord] = relationship(back_populates="household")


class AidSignedCopy(Base):
    """The handover receipt as the beneficiary signed it, scanned (image or PDF)."""

    __tablename__ = "aid_signed_copies"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    aid_id: Mapped[str] = mapped_column(ForeignKey("aid_records.id", ondelete="CASCADE"),
                                        index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
