"""The outbox (R-COM-2): messages to beneficiaries are queued, sent when the desk is online,
retried, and never lost or sent twice.

Queueing is a user action (one transaction, one audit event). Sending is done by
:func:`send_due`, run in the background: each message is first *claimed* in its own committed
transaction (status ``sending``), then handed to its transport outside any transaction (the
network may take seconds; nobody waits for the database lock meanwhile), then its outcome is
committed. A desk killed between the claim and the outcome leaves the message ``sending``; the
next run finds it stale and marks it ``uncertain`` — it may have left — so it is never sent a
second time by itself: a person resends it or marks it sent. A message tied to a request is
recorded as the request's notification, with its text, once it is sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain import messaging as rules
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import request_views
from desk_app.services.permissions import require
from desk_app.services.transports import (
    OutgoingMessage,
    PermanentFailure,
    TemporaryFailure,
    Transport,
)
from desk_app.storage.complaints_tables import Complaint
from desk_app.storage.db import Database
from desk_app.storage.messaging_tables import OutboxMessage
from desk_app.storage.requests_tables import Contact, Notification, ServiceRequest
from desk_app.storage.tables import Beneficiary

__all__ = ["OutboxRow", "SendReport", "counts", "listing", "mark_sent", "queue",
           "queue_for_complaint", "queue_for_request", "resend", "send_due", "send_now"]

SENDER = Actor(None, "outbox", "system", "صندوق الرسائل")


@dataclass(frozen=True)
class OutboxRow:
    id: str
    event: str
    channel: str
    recipient: str
    subject: str
    body: str
    status: str
    attempts: int
    last_error: str
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    request_id: str | None


@dataclass
class SendReport:
    sent: int = 0
    retry_later: int = 0
    failed: int = 0
    uncertain: int = 0
    skipped_no_transport: int = 0


def _row(m: OutboxMessage) -> OutboxRow:
    return OutboxRow(m.id, m.event, m.channel, m.recipient, m.subject, m.body, m.status,
                     m.attempts, m.last_error, m.created_at, m.next_attempt_at, m.sent_at,
                     m.request_id)


def _who(actor: Actor) -> str:
    return actor.full_name or actor.username


def queue(db: Database, actor: Actor, *, event: str, channel: str, recipient: str,
          values: Mapping[str, object], lang: str = "ar", gender: str = "",
          beneficiary_id: str | None = None, request_id: str | None = None,
          complaint_id: str | None = None) -> str:
    """Write the message from its template and queue it; returns its id.

    Raises:
        ValidationFailed: unknown event, or a recipient the channel cannot use.
    """
    require(db, actor, "outbox.queue")
    errors: list[FieldError] = []
    if event not in rules.EVENTS:
        errors.append(FieldError("event", "invalid_choice"))
    address, bad = rules.check_recipient(channel, recipient)
    errors.extend(bad)
    if errors:
        raise ValidationFailed(errors)
    subject, body = rules.render(event, dict(values), lang="en" if lang == "en" else "ar",
                                 gender=gender)
    now = db.clock()
    with db.action(actor, "outbox.queue", "outbox") as s:
        m = OutboxMessage(event=event, channel=channel, recipient=address, subject=subject,
                          body=body, beneficiary_id=beneficiary_id, request_id=request_id,
                          complaint_id=complaint_id, status=rules.QUEUED, attempts=0,
                          next_attempt_at=now, last_error="", claim="", provider_ref="",
                          created_at=now, created_by=_who(actor))
        s.add(m)
        s.flush()
        s.info["audit_target"] = ("outbox", m.id)
        return m.id


def queue_for_request(db: Database, actor: Actor, request_id: str, event: str, *,
                      channel: str, profile: OrgProfile,
                      extra: Mapping[str, object] | None = None) -> str:
    """Queue ``event`` to the person of a request, on ``channel`` (their mobile or e-mail)."""
    with db.read() as s:
        r = s.get(ServiceRequest, request_id)
        if r is None:
            raise ValidationFailed([FieldError("request", "not_found")])
        b = s.get(Beneficiary, r.beneficiary_id)
        number, beneficiary_id = r.number, r.beneficiary_id
        name = f"{b.first_name} {b.family_name}".strip()
        gender, recipient = b.gender, (b.mobile if channel == "sms" else b.email)
    if not recipient:  # said in the person's terms: the file has no mobile / no e-mail
        raise ValidationFailed([FieldError("recipient",
                                           "no_mobile" if channel == "sms" else "no_email")])
    values: dict[str, object] = {"name": name, "number": number,
                                 "association": profile.name_ar}
    if event in ("documents_missing", "decision"):
        values.update(_request_facts(db, request_id))
    values.update(extra or {})
    return queue(db, actor, event=event, channel=channel, recipient=recipient or "",
                 values=values, gender=gender if gender in ("male", "female") else "",
                 beneficiary_id=beneficiary_id, request_id=request_id)


def queue_for_complaint(db: Database, actor: Actor, complaint_id: str, event: str, *,
                        channel: str, profile: OrgProfile) -> str:
    """Queue ``event`` (complaint received / handled) to the complainant: the file's mobile or
    e-mail, else the contact they gave; an anonymous complaint has nobody to write to."""
    with db.read() as s:
        c = s.get(Complaint, complaint_id)
        if c is None:
            raise ValidationFailed([FieldError("complaint", "not_found")])
        b = s.get(Beneficiary, c.beneficiary_id) if c.beneficiary_id else None
        if c.anonymous and b is None:
            raise ValidationFailed([FieldError("recipient", "anonymous_complaint")])
        name = f"{b.first_name} {b.family_name}".strip() if b else c.complainant_name
        given = c.complainant_contact.strip()
        recipient = ((b.mobile if channel == "sms" else b.email) if b else
                     (given if ("@" in given) == (channel == "email") else ""))
        number, gender = c.number, (b.gender if b else "")
    if not recipient:
        raise ValidationFailed([FieldError("recipient",
                                           "no_mobile" if channel == "sms" else "no_email")])
    return queue(db, actor, event=event, channel=channel, recipient=recipient,
                 values={"name": name, "number": number, "association": profile.name_ar},
                 gender=gender if gender in ("male", "female") else "",
                 beneficiary_id=b.id if b else None, complaint_id=complaint_id)


_DECISION_WORDS = {"accepted": "مقبول", "rejected": "مرفوض", "referred": "محال"}


def _request_facts(db: Database, request_id: str) -> dict[str, str]:
    """What the documents-missing and decision messages name: the missing documents and the
    latest decision, in the glossary's words."""
    detail = request_views.get(db, request_id)
    facts = {"missing": "، ".join(row.name_ar for row in detail.missing)}
    if detail.decisions:
        last = detail.decisions[-1].decision
        facts["decision"] = _DECISION_WORDS.get(last, last)
    return facts


def listing(db: Database, actor: Actor, status: str | None = None,
            limit: int = 500) -> list[OutboxRow]:
    """The outbox, newest first (what waits or went wrong first when filtered)."""
    require(db, actor, "outbox.view")
    with db.read() as s:
        q = select(OutboxMessage).order_by(OutboxMessage.created_at.desc(),
                                            OutboxMessage.id).limit(limit)
        if status:
            q = q.where(OutboxMessage.status == status)
        return [_row(m) for m in s.scalars(q)]


def counts(db: Database, actor: Actor) -> dict[str, int]:
    """Messages per status (every status present, zero when none)."""
    require(db, actor, "outbox.view")
    with db.read() as s:
        got = dict(s.execute(select(OutboxMessage.status, func.count())
                             .group_by(OutboxMessage.status)).all())
    return {status: int(got.get(status, 0)) for status in rules.STATUSES}


# --- sending ----------------------------------------------------------------------------------

def _mark_stale(db: Database, now: datetime) -> int:
    """Messages left ``sending`` by a desk that stopped mid-send become ``uncertain``."""
    with db.read() as s:
        stale = list(s.scalars(select(OutboxMessage.id).where(
            OutboxMessage.status == rules.SENDING,
            OutboxMessage.claimed_at <= now - rules.STALE_AFTER)))
    for message_id in stale:
        with db.action(SENDER, "outbox.uncertain", "outbox", message_id) as s:
            m = s.get(OutboxMessage, message_id, with_for_update=True)
            if m is not None and m.status == rules.SENDING:
                m.status = rules.UNCERTAIN
                m.last_error = "interrupted"  # it may have left: a person checks
    return len(stale)


def _claim(db: Database, channels: set[str], now: datetime
           ) -> tuple[str, OutgoingMessage, str] | None:
    """Take the next due message for one of ``channels`` (committed before anything is sent).

    Looked for first without writing (an empty outbox writes nothing, audit included), then
    taken under the write lock only if it is still queued: two desks never take the same one.
    """
    due = (OutboxMessage.status == rules.QUEUED, OutboxMessage.next_attempt_at <= now,
           OutboxMessage.channel.in_(channels))
    order = (OutboxMessage.next_attempt_at, OutboxMessage.created_at, OutboxMessage.id)
    while True:
        with db.read() as s:
            message_id = s.scalar(select(OutboxMessage.id).where(*due).order_by(*order).limit(1))
        if message_id is None:
            return None
        token = str(uuid.uuid4())
        with db.action(SENDER, "outbox.claim", "outbox", message_id) as s:
            # a row lock on PostgreSQL; SQLite's write lock is already the whole file's
            m = s.get(OutboxMessage, message_id, with_for_update=True)
            if m is not None and m.status == rules.QUEUED:
                m.status, m.claim, m.claimed_at = rules.SENDING, token, now
                m.attempts += 1
                return token, OutgoingMessage(m.id, m.recipient, m.subject, m.body), m.channel
        # another desk took it between the look and the claim: look again


def _contact_channel(profile: OrgProfile | None, channel: str) -> str:
    codes = {c.code for c in profile.channels} if profile else set()
    if channel == "email":
        return "email" if "email" in codes or not codes else "letters"
    return "phone"


def _finish(db: Database, message_id: str, token: str, *, outcome: str, detail: str,
            profile: OrgProfile | None) -> None:
    now = db.clock()
    with db.action(SENDER, f"outbox.{outcome}", "outbox", message_id) as s:
        m = s.get(OutboxMessage, message_id, with_for_update=True)
        if m is None or m.claim != token or m.status != rules.SENDING:
            return  # marked uncertain meanwhile, or taken by a person: theirs to decide
        m.claim = ""
        if outcome == "sent":
            m.status, m.sent_at, m.provider_ref, m.last_error = rules.SENT, now, detail[:120], ""
            _record_notification(s, m, now, profile)
        elif outcome == "retry":
            later = rules.next_attempt(m.attempts, now)
            m.last_error = detail
            if later is None:
                m.status = rules.FAILED
            else:
                m.status, m.next_attempt_at = rules.QUEUED, later
        else:
            m.status, m.last_error = rules.FAILED, detail


def _record_notification(s, m: OutboxMessage, now: datetime,  # noqa: ANN001
                         profile: OrgProfile | None) -> None:
    channel = _contact_channel(profile, m.channel)
    if m.request_id:
        s.add(Notification(request_id=m.request_id, channel_code=channel, sent_on=now.date(),
                           text=m.body, recorded_by=SENDER.full_name, recorded_at=now))
    if m.beneficiary_id:
        s.add(Contact(beneficiary_id=m.beneficiary_id, request_id=m.request_id,
                      channel_code=channel, kind="notification", summary=m.body, at=now,
                      recorded_by=SENDER.full_name))


def send_due(db: Database, transports: Mapping[str, Transport], *, limit: int = 50,
             profile: OrgProfile | None = None) -> SendReport:
    """Send what is due on the channels that have a transport; returns what happened."""
    report = SendReport()
    report.uncertain = _mark_stale(db, db.clock())
    channels = {c for c in transports if c in rules.CHANNELS}
    for _ in range(limit):
        claimed = _claim(db, channels, db.clock()) if channels else None
        if claimed is None:
            break
        token, message, channel = claimed
        try:
            ref = transports[channel].send(message)
        except TemporaryFailure as exc:
            _finish(db, message.id, token, outcome="retry", detail=str(exc), profile=profile)
            report.retry_later += 1
            channels.discard(channel)  # its server is away: the rest of it waits for next run
        except PermanentFailure as exc:
            _finish(db, message.id, token, outcome="failed", detail=str(exc), profile=profile)
            report.failed += 1
        else:
            _finish(db, message.id, token, outcome="sent", detail=ref, profile=profile)
            report.sent += 1
    return report


def send_now(db: Database, actor: Actor, transports: Mapping[str, Transport], *,
             profile: OrgProfile | None = None) -> SendReport:
    """A person asked to send what is due now (the background sender uses :func:`send_due`)."""
    require(db, actor, "outbox.send")
    return send_due(db, transports, profile=profile)


# --- a person decides -------------------------------------------------------------------------

def _check_status(db: Database, message_id: str, allowed: tuple[str, ...]) -> None:
    with db.read() as s:
        status = s.scalar(select(OutboxMessage.status).where(OutboxMessage.id == message_id))
    if status is None:
        raise ValidationFailed([FieldError("message", "not_found")])
    if status not in allowed:
        raise ValidationFailed([FieldError("message", "message_state")])


def resend(db: Database, actor: Actor, message_id: str) -> None:
    """Queue a failed or uncertain message again (a person checked it did not arrive)."""
    require(db, actor, "outbox.send")
    _check_status(db, message_id, (rules.FAILED, rules.UNCERTAIN))
    now = db.clock()
    with db.action(actor, "outbox.resend", "outbox", message_id) as s:
        m = s.get(OutboxMessage, message_id)
        m.status, m.next_attempt_at, m.attempts, m.claim = rules.QUEUED, now, 0, ""
        m.last_error = ""


def mark_sent(db: Database, actor: Actor, message_id: str, note: str = "") -> None:
    """An uncertain message did arrive (the person confirmed it): record it as sent."""
    require(db, actor, "outbox.send")
    _check_status(db, message_id, (rules.UNCERTAIN,))
    now = db.clock()
    with db.action(actor, "outbox.mark_sent", "outbox", message_id) as s:
        m = s.get(OutboxMessage, message_id)
        m.status, m.sent_at, m.claim = rules.SENT, now, ""
        m.last_error = note.strip()
        _record_notification(s, m, now, None)
