"""Committee meetings (issue 20): the meeting, the members present (each with their approval of
the minutes) and the decisions taken on its agenda.

A decision to accept or reject is also the request's own :class:`Decision` row (written by the
request service in the same transaction); the meeting's item keeps what the minutes print,
postponements included, in agenda order.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.storage.tables import Base, new_id


class Meeting(Base):
    __tablename__ = "committee_meetings"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    committee_code: Mapped[str] = mapped_column(String(40))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    mode: Mapped[str] = mapped_column(String(12))
    place: Mapped[str] = mapped_column(String(200), default="")
    # The committee as it stood at the meeting: its members then, and the quorum they needed
    members_total: Mapped[int] = mapped_column(Integer)
    quorum_needed: Mapped[int] = mapped_column(Integer)
    approvals_needed: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), index=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    attendees: Mapped[list[Attendee]] = relationship(
        order_by="Attendee.seq", cascade="all, delete-orphan", lazy="selectin")
    items: Mapped[list[MeetingItem]] = relationship(
        order_by="MeetingItem.seq", cascade="all, delete-orphan", lazy="selectin")


class Attendee(Base):
    """A member present; ``approved_at`` is set when they approve the minutes with their own
    password."""

    __tablename__ = "committee_meeting_attendees"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("committee_meetings.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    __table_args__ = (UniqueConstraint("meeting_id", "staff_id"),)


class MeetingItem(Base):
    """One request decided (or postponed) in the meeting."""

    __tablename__ = "committee_meeting_items"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("committee_meetings.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
