"""The social researcher's study of a request (issue 20): one row per request, edited in a form
(so versioned: two desks never overwrite each other's study silently).

Amounts are whole halalas in JSON objects (source/item code → halalas), so the audit trail keeps
them exactly; household members are copied with the situation the researcher wrote, so a later
edit of the household does not change what the committee was shown.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base, new_id


class SocialStudy(Base):
    __tablename__ = "social_studies"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # One study per request: a second desk creating it at the same time is refused.
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), unique=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    researcher_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    researcher_name: Mapped[str] = mapped_column(String(200), default="")
    visit_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    visit_kind: Mapped[str] = mapped_column(String(16), default="")
    housing_kind: Mapped[str] = mapped_column(String(20), default="")
    housing: Mapped[str] = mapped_column(Text, default="")
    income: Mapped[dict] = mapped_column(JSON, default=dict)
    expenses: Mapped[dict] = mapped_column(JSON, default=dict)
    health: Mapped[str] = mapped_column(Text, default="")
    # [{"member_id", "name", "relation", "situation"}] in the household's order
    members: Mapped[list] = mapped_column(JSON, default=list)
    needs: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
