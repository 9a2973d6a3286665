"""Tamper evidence for the audit trail: every event carries the hash of the one before.

An event's hash covers its position, time, actor, action, target and changes together with the
previous event's hash, so changing, deleting or reordering a row in the database file breaks the
chain from that row on; :func:`verify` names the first broken link. (Someone able to rewrite the
whole file can recompute every hash: the chain shows edits, it cannot prevent a full rewrite.
Backups taken earlier keep the old hashes to compare with.)

Redaction (personal data leaving the trail at the end of its retention period): a retention run
replaces the values in an event's ``changes`` by a skeleton (which tables, rows and columns
changed, no values) and sets ``redacted_at``. The event keeps its stored hash, and the next
event still carries it as ``prev_hash``, so the links hold; only the redacted event's content
can no longer be recomputed. The run's own event, chained after it, lists every event it
redacted with that event's hash (``{"op": "redact", "events": {seq: hash}}``): :func:`verify`
accepts a redacted event only when such a later event names it with the hash it has. An event
marked redacted without that record is reported ``redacted_without_record``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.storage import action_connection
from desk_app.storage.tables import AuditEvent

FIELDS = ("seq", "at", "actor_id", "actor_name", "action", "target_type", "target_id", "changes")


def _plain(value: Any) -> Any:
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value


def link(prev_hash: str, row: Mapping[str, Any]) -> str:
    """The hash of one event given the previous event's hash."""
    body = {name: _plain(row[name]) for name in FIELDS}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(f"{prev_hash}\n{text}".encode()).hexdigest()


_EVENTS = AuditEvent.__table__
#: Built once: a statement kept whole keeps its cache key, so each action skips working it out
#: again; run on the action's connection (the flush has written everything before it).
_LAST = (select(_EVENTS.c.seq, _EVENTS.c.hash).where(_EVENTS.c.seq.is_not(None))
         .order_by(_EVENTS.c.seq.desc()).limit(1))


def seal(session: Session, event: AuditEvent) -> None:
    """Give a new event its place at the end of the chain (inside the writing transaction,
    which holds the database's write lock, so two desks never take the same place)."""
    session.flush()  # an event added before this one takes its place first (as autoflush did)
    last = action_connection.of(session).execute(_LAST).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, "")
    event.seq, event.prev_hash = seq, prev
    event.hash = link(prev, {name: getattr(event, name) for name in FIELDS})


@dataclass(frozen=True)
class ChainReport:
    """``broken_at``: the position of the first event that does not match (None: intact)."""

    events: int
    broken_at: int | None = None
    event_id: str = ""
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


REDACT_OP = "redact"


def redaction_records(session: Session) -> dict[int, tuple[int, str]]:
    """Redacted position → (position of the run that redacted it, the hash it had)."""
    out: dict[int, tuple[int, str]] = {}
    rows = session.execute(select(AuditEvent.seq, AuditEvent.changes)
                           .where(AuditEvent.action == "retention.run"))
    for seq, changes in rows:
        for change in changes or ():
            if isinstance(change, dict) and change.get("op") == REDACT_OP:
                out.update({int(k): (seq, v) for k, v in change.get("events", {}).items()})
    return out


def verify(session: Session) -> ChainReport:
    """Walk the chain in order; stop at the first event whose hash or link does not hold."""
    prev, expected, count = "", 1, 0
    redacted = redaction_records(session)
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for ev in rows:
        count += 1
        if ev.seq != expected:
            return ChainReport(count, expected, ev.id, "missing")
        if ev.prev_hash != prev:
            return ChainReport(count, ev.seq, ev.id, "relinked")
        if ev.redacted_at is not None:
            record = redacted.get(ev.seq)
            if record is None or record[0] <= ev.seq or record[1] != ev.hash:
                return ChainReport(count, ev.seq, ev.id, "redacted_without_record")
        elif link(prev, {name: getattr(ev, name) for name in FIELDS}) != ev.hash:
            return ChainReport(count, ev.seq, ev.id, "altered")
        prev, expected = ev.hash, expected + 1
    return ChainReport(count)
