"""Service requests (R-INT-3…7, R-VER-1…5): requests, checklist, scans, contacts, decisions,
notifications, referrals, consents, and the status history.

Scans are stored in the database (BLOB with SHA-256, type and size) so that a backup and its
restore carry them with everything else. Names of required documents are copied onto the
checklist when the request is opened, so a later edit of the service catalogue does not change
what the beneficiary was asked for.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from desk_app.domain.workflows import OPEN_STATES
from desk_app.storage.tables import Base, new_id

#: Open requests, as the partial indexes of the waiting list state it (migration 0018 writes
#: the same text; a query must repeat it for the index to be usable).
OPEN_SQL = "status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATES) + ")"


class ServiceRequest(Base):
    __tablename__ = "service_requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    branch_code: Mapped[str] = mapped_column(String(8))
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    service_code: Mapped[str] = mapped_column(String(40))
    channel_code: Mapped[str] = mapped_column(String(40))
    # The channel agreed with the person for telling the outcome (blank: none was known).
    agreed_channel_code: Mapped[str] = mapped_column(String(40), default="")
    committee_code: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    due_rule: Mapped[str] = mapped_column(String(32), default="")
    holiday_table_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Eligibility as last evaluated: None = not yet; failed criteria as reason dicts.
    eligible: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    failed_criteria: Mapped[list] = mapped_column(JSON, default=list)
    service_given: Mapped[str] = mapped_column(Text, default="")
    programme_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    programme_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # Who the request waits with after an internal referral: a staff member (None: anyone of
    # the unit) and the profile's referral target code (the researcher, a department).
    assignee_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    assigned_unit: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="ChecklistItem.position")

    __table_args__ = (Index("ix_service_requests_status_due_on", "status", "due_on"),
                      # reports: a period's requests, counted by branch and service
                      Index("ix_service_requests_received_at", "received_at", "branch_code",
                            "service_code"),
                      # the waiting list and worklists (repositories/worklists.py)
                      Index("ix_service_requests_open_due", "due_on", "received_at", "status",
                            "service_code", "branch_code", "assignee_id",
                            sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL)),
                      Index("ix_service_requests_open_status", "status", "service_code",
                            "branch_code", "assignee_id", "due_on",
                            sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL)))
    __mapper_args__ = {"version_id_col": version}


class ChecklistItem(Base):
    """One required document of one request (R-VER-2)."""

    __tablename__ = "request_checklist"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    document_code: Mapped[str] = mapped_column(String(40))
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    seen: Mapped[bool] = mapped_column(Boolean, default=False)
    matches: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    verified_by: Mapped[str] = mapped_column(String(200), default="")
    verified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    request: Mapped[ServiceRequest] = relationship(back_populates="checklist")


class Scan(Base):
    """A scanned document (image or PDF) attached to a checklist item."""

    __tablename__ = "request_scans"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    checklist_item_id: Mapped[str] = mapped_column(
        ForeignKey("request_checklist.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)


class Contact(Base):
    """Any contact and its channel (R-INT-3): enquiry, call, visit, request, notification.

    An enquiry from someone not in the registry has no ``beneficiary_id``: ``person_name`` and
    ``person_phone`` say who it was. ``outcome`` (enquiries): ``answered`` there and then, or
    ``passed`` to ``passed_to`` — open until ``answered_at`` (domain/contacts.py).
    """

    __tablename__ = "contacts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    beneficiary_id: Mapped[str | None] = mapped_column(
        ForeignKey("beneficiaries.id"), nullable=True, index=True)
    request_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_requests.id", ondelete="SET NULL"), nullable=True, index=True)
    channel_code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    person_name: Mapped[str] = mapped_column(String(200), default="")
    person_phone: Mapped[str] = mapped_column(String(40), default="")
    outcome: Mapped[str] = mapped_column(String(12), default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    passed_to_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    passed_to: Mapped[str] = mapped_column(String(200), default="")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    answered_by: Mapped[str] = mapped_column(String(200), default="")


class Decision(Base):
    """The committee's decision on a request (R-VER-4)."""

    __tablename__ = "request_decisions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    committee_code: Mapped[str] = mapped_column(String(40))
    decided_on: Mapped[date] = mapped_column(Date, index=True)
    referral_to: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class Notification(Base):
    """The beneficiary was told (channel, date, text) — nothing promised and forgotten."""

    __tablename__ = "request_notifications"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    channel_code: Mapped[str] = mapped_column(String(40))
    sent_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class Referral(Base):
    """A referral at intake (R-INT-6) or by the committee: where to and why."""

    __tablename__ = "request_referrals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(16))
    target_kind: Mapped[str] = mapped_column(String(20))
    target_code: Mapped[str] = mapped_column(String(40), default="")
    target_name: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class Consent(Base):
    """Consent to the programme terms and to data processing, with the text version (R-INT-7)."""

    __tablename__ = "consents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_requests.id", ondelete="SET NULL"), nullable=True, index=True)
    programme_terms: Mapped[bool] = mapped_column(Boolean)
    data_processing: Mapped[bool] = mapped_column(Boolean)
    text_version: Mapped[str] = mapped_column(String(40))
    given_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class RequestEvent(Base):
    """Every status change of a request, in order (also in the audit trail)."""

    __tablename__ = "request_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_request_events_to_status_at", "to_status", "at"),)
