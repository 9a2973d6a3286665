"""The archive of issued documents (R-DEC-4): every printed PDF, byte for byte, and its code.

Subjects (beneficiary, request, complaint) are plain id strings, not foreign keys: documents
outlive edits to those records, and a printed paper must stay verifiable whatever happens to them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class ArchivedDocument(Base):
    """One issued document: what it is, about whom, the exact PDF bytes, and who issued it."""

    __tablename__ = "issued_documents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    serial: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. "RYD-D-2026-000042"
    kind: Mapped[str] = mapped_column(String(32), index=True)  # declaration, receipt, …
    number: Mapped[str] = mapped_column(String(40), default="", index=True)  # request/letter no.
    title: Mapped[str] = mapped_column(String(200), default="")
    subject_name: Mapped[str] = mapped_column(String(300), default="")  # as printed
    beneficiary_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    complaint_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    code: Mapped[str] = mapped_column(String(11), unique=True)
    content_digest: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    size: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    issued_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    issued_by_name: Mapped[str] = mapped_column(String(200), default="")
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    last_reprinted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
