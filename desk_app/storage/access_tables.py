"""Access control: permission tables (versioned) and the access log (kept apart from the audit).

The audit trail records what changed; the access log records who *looked*: a beneficiary's file
opened, a scan viewed or exported, a document printed or reprinted, and every refusal.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class PermissionVersion(Base):
    """Every saved permission table; the highest version is in force."""

    __tablename__ = "permission_versions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    data: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class AccessEntry(Base):
    """One look at personal data (or one refused attempt): who, when, from which desk, what."""

    __tablename__ = "access_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    actor_name: Mapped[str] = mapped_column(String(64))
    desk: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(64))
    allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    beneficiary_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    target_type: Mapped[str] = mapped_column(String(40), default="")
    target_id: Mapped[str] = mapped_column(String(64), default="")
