"""Tamper evidence for the audit trail: every event carries the hash of the one before.

An event's hash covers its position, time, actor, action, target and changes together with the
previous event's hash, so changing, deleting or reordering a row in the database file breaks the
chain from that row on; :func:`verify` names the first broken link. (Someone able to rewrite the
whole file can recompute every hash: the chain shows edits, it cannot prevent a full rewrite.
Backups taken earlier keep the old hashes to compare with.)
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


def seal(session: Session, event: AuditEvent) -> None:
    """Give a new event its place at the end of the chain (inside the writing transaction,
    which holds the database's write lock, so two desks never take the same place)."""
    last = session.execute(select(AuditEvent.seq, AuditEvent.hash)
                           .where(AuditEvent.seq.is_not(None))
                           .order_by(AuditEvent.seq.desc()).limit(1)).first()
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


def verify(session: Session) -> ChainReport:
    """Walk the chain in order; stop at the first event whose hash or link does not hold."""
    prev, expected, count = "", 1, 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for ev in rows:
        count += 1
        if ev.seq != expected:
            return ChainReport(count, expected, ev.id, "missing")
        if ev.prev_hash != prev:
            return ChainReport(count, ev.seq, ev.id, "relinked")
        if link(prev, {name: getattr(ev, name) for name in FIELDS}) != ev.hash:
            return ChainReport(count, ev.seq, ev.id, "altered")
        prev, expected = ev.hash, expected + 1
    return ChainReport(count)
