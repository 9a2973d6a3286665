"""Inviting the person to the satisfaction survey once they were served (R-SAT-1, issue 21).

Every seed asks the association to measure satisfaction (000 §4, 001–004 «قياس رضا المستفيد»;
003 surveys direct beneficiaries after their programme). The invitation is the outbox's
``survey_invitation`` template, queued like any other message: after a request was served or
closed, or a complaint was resolved. One invitation per request or complaint: a second press
is refused rather than writing to the person twice (a failed one is resent from the outbox).
"""

from __future__ import annotations

from sqlalchemy import func, select

from desk_app.domain import messaging as rules
from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import outbox
from desk_app.storage.complaints_tables import Complaint
from desk_app.storage.db import Database
from desk_app.storage.messaging_tables import OutboxMessage
from desk_app.storage.requests_tables import ServiceRequest

EVENT = "survey_invitation"
AFTER_REQUEST = (wf.SERVED, wf.CLOSED)
AFTER_COMPLAINT = (wf.C_RESOLVED_AMICABLY, wf.C_RESOLVED_ACTION, wf.C_CLOSED)


def _check(db: Database, row_type: type, row_id: str, allowed: tuple[str, ...]) -> None:
    """Refuse before anything is queued: unknown, not yet served, or already invited."""
    column = OutboxMessage.request_id if row_type is ServiceRequest else \
        OutboxMessage.complaint_id
    with db.read() as s:
        row = s.get(row_type, row_id)
        sent = s.scalar(select(func.count()).select_from(OutboxMessage).where(
            column == row_id, OutboxMessage.event == EVENT))
    if row is None:
        raise ValidationFailed([FieldError("event", "not_found")])
    if row.status not in allowed:
        raise ValidationFailed([FieldError("event", "survey_not_yet")])
    if sent:
        raise ValidationFailed([FieldError("event", "survey_already_invited")])


def invite_for_request(db: Database, actor: Actor, request_id: str, *, channel: str,
                       profile: OrgProfile) -> str:
    """Queue the survey invitation to the person of a served or closed request."""
    _check(db, ServiceRequest, request_id, AFTER_REQUEST)
    return outbox.queue_for_request(db, actor, request_id, EVENT, channel=channel,
                                    profile=profile)


def invite_for_complaint(db: Database, actor: Actor, complaint_id: str, *, channel: str,
                         profile: OrgProfile) -> str:
    """Queue the survey invitation to the complainant once the complaint was resolved."""
    _check(db, Complaint, complaint_id, AFTER_COMPLAINT)
    return outbox.queue_for_complaint(db, actor, complaint_id, EVENT, channel=channel,
                                      profile=profile)


__all__ = ["AFTER_COMPLAINT", "AFTER_REQUEST", "EVENT", "invite_for_complaint",
           "invite_for_request", "rules"]
