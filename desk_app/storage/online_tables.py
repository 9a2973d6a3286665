"""Submissions that arrived online (web-form exports, a watched folder) waiting for review, and
the contact officers who answer for a category of beneficiaries or a field of work."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class OnlineArrival(Base):
    """One submitted form, as read from the export, and what the review made of it.

    ``values`` are the answers by field (registration fields and the extras of
    :mod:`desk_app.domain.online_forms`); ``problems`` the registration rules' objections
    (``[field, code]``); ``match`` the registry lookup (new, matched, likely, duplicate,
    invalid) with ``beneficiary_id`` the file it matched and ``candidates`` the likely ones;
    ``status`` waiting → converting → converted (``result_*``: the request or complaint made),
    or dismissed. ``fingerprint`` keeps a submission read again out of the queue.
    """

    __tablename__ = "online_arrivals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(255))
    row_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    values: Mapped[dict] = mapped_column(JSON, default=dict)
    problems: Mapped[list] = mapped_column(JSON, default=list)
    match: Mapped[str] = mapped_column(String(12))
    beneficiary_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    candidates: Mapped[list] = mapped_column(JSON, default=list)
    duplicate_of_row: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(12))
    result_type: Mapped[str] = mapped_column(String(12), default="")
    result_id: Mapped[str] = mapped_column(String(36), default="")
    result_number: Mapped[str] = mapped_column(String(32), default="")
    reviewed_by: Mapped[str] = mapped_column(String(200), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_online_arrivals_status_imported", "status", "imported_at"),)


class ContactOfficer(Base):
    """The staff account that is the contact officer (ضابط الاتصال, seed 000 §7) for one
    beneficiary category or one field of the association's work (a service of the profile)."""

    __tablename__ = "contact_officers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    scope: Mapped[str] = mapped_column(String(12))  # category / service
    code: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[str] = mapped_column(String(36), index=True)
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    assigned_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (UniqueConstraint("scope", "code", name="uq_contact_officers_scope_code"),)
