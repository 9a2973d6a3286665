"""The outbox: messages to beneficiaries, queued until they are sent (R-COM-2)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class OutboxMessage(Base):
    """One message to one person on one channel, and where it is on its way.

    ``status``: queued → sending → sent; a temporary failure goes back to queued with
    ``next_attempt_at``; a permanent one is failed; a send cut off mid-way is uncertain until a
    person resends it or marks it sent. ``claim`` names the sending attempt that holds it.
    """

    __tablename__ = "outbox_messages"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    beneficiary_id: Mapped[str | None] = mapped_column(
        ForeignKey("beneficiaries.id", ondelete="SET NULL"), nullable=True, index=True)
    request_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_requests.id", ondelete="SET NULL"), nullable=True, index=True)
    complaint_id: Mapped[str | None] = mapped_column(
        ForeignKey("complaints.id", ondelete="SET NULL"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(12), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    claim: Mapped[str] = mapped_column(String(36), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    provider_ref: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),)
