"""Two desks editing the same record: the second save is refused and told what changed, by whom.

Records that people edit in a form (beneficiaries, requests, complaints) carry a ``version``
column. A form remembers the version it showed; saving checks it inside the write transaction
(which holds the write lock on both engines, so nobody can slip in between the check and the
update). When it differs, :class:`ConflictError` names every field the other desks changed
since, with who and when, read back from the audit trail: each update's audit entry records the
version it produced (see :mod:`desk_app.storage.audit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.storage.db import StorageError
from desk_app.storage.tables import AuditEvent, Staff

# Bookkeeping columns a person never typed: not worth naming in a conflict.
_NOT_NAMED = frozenset({"updated_at", "created_at", "seq", "name_key", "id", "version",
                        "data_reviewed_on"})


@dataclass(frozen=True)
class Change:
    """One field another desk saved after this form was opened."""

    field: str
    before: Any
    after: Any
    by: str
    at: datetime


class ConflictError(StorageError):
    """Someone else saved the record since the form was opened; nothing was written.

    ``changes`` lists what they changed (oldest first); ``by`` and ``at`` name the latest save.
    The form keeps what was typed: the desk can look, then save again on the new version.
    """

    def __init__(self, table: str, record_id: str, expected: int, current: int,
                 changes: tuple[Change, ...], latest: tuple[str, datetime | None] = ("", None)):
        self.table, self.record_id = table, record_id
        self.expected_version, self.current_version = expected, current
        self.changes = changes
        # Who saved last: from the named changes, else from the save itself (a change under the
        # record, such as a request's checklist tick, names no field of the record).
        self.by = changes[-1].by if changes else latest[0]
        self.at = changes[-1].at if changes else latest[1]
        fields = ", ".join(dict.fromkeys(c.field for c in changes)) or "?"
        super().__init__("conflict", f"{table} {record_id}: version {expected} → {current} "
                                     f"by {self.by or '?'} ({fields})")

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.field for c in self.changes))


def changes_since(session: Session, table: str, record_id: str, version: int) -> tuple[Change, ...]:
    """Every field change the audit trail holds for the record after ``version``."""
    return _since(session, table, record_id, version)[0]


def _since(session: Session, table: str, record_id: str, version: int
           ) -> tuple[tuple[Change, ...], tuple[str, datetime | None]]:
    """The named field changes after ``version``, and who saved the record last (and when)."""
    events = session.scalars(select(AuditEvent).where(AuditEvent.target_id == record_id)
                             .order_by(AuditEvent.at))
    found: list[tuple[int, Change]] = []
    latest: tuple[str, datetime | None] = ("", None)
    for ev in events:
        who = _who(session, ev)
        for ch in ev.changes:
            produced = ch.get("version")
            if ch.get("table") != table or ch.get("id") != record_id or produced is None:
                continue
            if produced <= version:
                continue
            latest = (who, ev.at)
            before, after = ch.get("before", {}), ch.get("after", {})
            for key in sorted(set(before) | set(after)):
                if key not in _NOT_NAMED:
                    found.append((produced, Change(key, before.get(key), after.get(key),
                                                   who, ev.at)))
    return tuple(c for _, c in sorted(found, key=lambda pair: pair[0])), latest


def _who(session: Session, ev: AuditEvent) -> str:
    person = session.get(Staff, ev.actor_id) if ev.actor_id else None
    return person.full_name if person and person.full_name else ev.actor_name


def check_version(session: Session, row: Any, expected: int) -> None:
    """Raise :class:`ConflictError` unless ``row`` (loaded in the action) is still ``expected``."""
    if row.version == expected:
        return
    changes, latest = _since(session, row.__tablename__, row.id, expected)
    raise ConflictError(row.__tablename__, row.id, expected, row.version, changes, latest)
