"""Withdrawing consent to the processing of one's data (Personal Data Protection Law): recorded
beside the consents given (a consent row that grants nothing, naming the text version it
withdraws), and its effect on the person's open requests carried out in the same action: those
that can still be withdrawn are withdrawn; one already before the committee stays for the
committee to close, and is named in the result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import profile as profile_service
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import Consent, RequestEvent, ServiceRequest
from desk_app.storage.tables import Beneficiary

WITHDRAWN_PREFIX = "withdrawn:"
REASON = "سحب المستفيد موافقته على معالجة بياناته الشخصية"


@dataclass(frozen=True)
class Withdrawal:
    at: datetime
    text_version: str
    withdrawn_requests: list[str]  # request numbers withdrawn by it
    still_open: list[str]  # before the committee: left for the committee to close


def withdraw(db: Database, actor: Actor, beneficiary_id: str, note: str = "") -> Withdrawal:
    require(db, actor, "request.withdraw", beneficiary_id=beneficiary_id)
    profile = profile_service.current(db)
    version = profile.texts.consent_version if profile else ""
    now = db.clock()
    with db.action(actor, "consent.withdraw", "beneficiary", beneficiary_id) as s:
        if s.get(Beneficiary, beneficiary_id) is None:
            raise ValidationFailed([FieldError("", "not_found")])
        withdrawn, still_open = [], []
        for r in s.scalars(select(ServiceRequest).where(
                ServiceRequest.beneficiary_id == beneficiary_id,
                ServiceRequest.status.in_(wf.OPEN_STATES)).order_by(ServiceRequest.number)):
            if not wf.REQUEST.can(r.status, wf.WITHDRAWN):
                still_open.append(r.number)
                continue
            s.add(RequestEvent(request_id=r.id, from_status=r.status, to_status=wf.WITHDRAWN,
                               at=now, actor_name=actor.full_name or actor.username,
                               note=REASON))
            r.status, r.closed_at, r.updated_at = wf.WITHDRAWN, now, now
            withdrawn.append(r.number)
        s.add(Consent(beneficiary_id=beneficiary_id, request_id=None, programme_terms=False,
                      data_processing=False, text_version=f"{WITHDRAWN_PREFIX}{version}",
                      given_at=now, recorded_by=" — ".join(
                          p for p in (actor.full_name or actor.username, note.strip()) if p)))
    return Withdrawal(now, version, withdrawn, still_open)


def withdrawn_at(db: Database, beneficiary_id: str) -> datetime | None:
    """When the person last withdrew consent, unless they consented again later (a
    withdrawal in the same instant as a consent comes after it: it is recorded after)."""
    with db.read() as s:
        rows = s.execute(select(Consent.given_at, Consent.text_version)
                         .where(Consent.beneficiary_id == beneficiary_id)).all()
    withdrawals = [at for at, v in rows if v.startswith(WITHDRAWN_PREFIX)]
    grants = [at for at, v in rows if not v.startswith(WITHDRAWN_PREFIX)]
    if not withdrawals or (grants and max(grants) > max(withdrawals)):
        return None
    return max(withdrawals)
