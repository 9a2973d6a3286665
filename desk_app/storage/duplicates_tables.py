"""Cross-branch duplicates: the review list of possible pairs, and merged files' links.

A merged file is never deleted: its row stays in ``beneficiaries`` (so its file number is still
found, and a branch that synchronises later still recognises it) and ``beneficiary_merges`` says
which file it now lives in. Two rows may carry one national ID until a person merges them (a
newcomer from another branch); the desk's own registration still refuses a taken ID.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class DuplicatePair(Base):
    """Two files that may be one person; ``first_id`` < ``second_id`` so a pair has one row.

    ``status``: open (waiting for a person) → merged (``kept_id`` says which file stayed) or
    different (``note`` says why; never proposed again).
    """

    __tablename__ = "duplicate_pairs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    first_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    second_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    strength: Mapped[str] = mapped_column(String(10))  # definite | likely
    reasons: Mapped[str] = mapped_column(String(200))  # codes of domain.beneficiary, comma-joined
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    found_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    kept_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("first_id", "second_id"),)


class BeneficiaryMerge(Base):
    """``merged_id`` was merged into ``kept_id``: look-ups of the first lead to the second."""

    __tablename__ = "beneficiary_merges"
    merged_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), primary_key=True)
    kept_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"))
    merged_at: Mapped[datetime] = mapped_column(DateTime)
    merged_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_beneficiary_merges_kept_id", "kept_id"),)
