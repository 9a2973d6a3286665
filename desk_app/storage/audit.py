"""Audit capture: every row an action inserts, updates or deletes, with before/after values.

Listens to the session's flushes, so no service can forget to record a change; the action runner
in :mod:`desk_app.storage.db` then writes one :class:`AuditEvent` for the whole action.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desk_app.domain.entities import Actor
from desk_app.storage.audit_chain import seal
from desk_app.storage.tables import AuditEvent

REDACTED = "***"



def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _columns(obj: Any):
    return inspect(obj).mapper.column_attrs


def _value(prop: Any, value: Any) -> Any:
    column = prop.columns[0]
    if column.info.get("audit") == "redact":
        return REDACTED
    return _plain(value)


def _snapshot(obj: Any) -> dict[str, Any]:
    # A redacted value is not even read: a deferred one (a branch's key) would be loaded from
    # a row this very flush may have deleted.
    return {p.key: REDACTED if p.columns[0].info.get("audit") == "redact"
            else _value(p, getattr(obj, p.key)) for p in _columns(obj)}


def _diff(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for prop in _columns(obj):
        hist = state.attrs[prop.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old == new:
            continue
        before[prop.key] = _value(prop, old)
        after[prop.key] = _value(prop, new)
    return before, after


def deleted_in_flush(session: Session, flush_context: Any) -> list[Any]:
    """Every object this flush deleted: those given to ``session.delete`` and those the
    delete-orphan cascade removed (a checklist item, household member or attendee taken out of
    its list), which ``session.deleted`` does not hold — the unit of work marks them deleted."""
    gone = list(session.deleted)
    seen = {id(o) for o in gone}
    for state, (is_delete, list_only) in getattr(flush_context, "states", {}).items():
        obj = state.obj()
        if is_delete and not list_only and obj is not None and id(obj) not in seen:
            gone.append(obj)
            seen.add(id(obj))
    return gone


class AuditCapture:
    """Collects changes of one session until :meth:`write_event`."""

    def __init__(self, session: Session):
        self.session = session
        self.changes: list[dict[str, Any]] = []
        event.listen(session, "after_flush", self._after_flush)

    def _after_flush(self, session: Session, _ctx: Any) -> None:
        for obj in session.new:
            if isinstance(obj, AuditEvent):
                continue
            self.changes.append(
                {"table": obj.__tablename__, "id": _pk(obj), "op": "insert", "after": _snapshot(obj)}
            )
        for obj in session.dirty:
            if isinstance(obj, AuditEvent) or not session.is_modified(obj):
                continue
            before, after = _diff(obj)
            after.pop("version", None), before.pop("version", None)
            if after:
                change = {"table": obj.__tablename__, "id": _pk(obj), "op": "update",
                          "before": before, "after": after}
                # The version this update produced: a later conflict names what came after the
                # version a form was opened at (storage/conflicts.py).
                version = getattr(obj, "version", None) if hasattr(obj, "version") else None
                if isinstance(version, int):
                    change["version"] = version
                self.changes.append(change)
        for obj in deleted_in_flush(session, _ctx):
            self.changes.append(
                {"table": obj.__tablename__, "id": _pk(obj), "op": "delete", "before": _snapshot(obj)}
            )

    def write_event(
        self, actor: Actor, action: str, target_type: str, target_id: str, at: datetime
    ) -> AuditEvent | None:
        """Add the one event for this action; an action that changed nothing records nothing,
        unless the action itself must be on record (``session.info["audit_always"]``: a
        sign-in, an export)."""
        if not self.changes and not self.session.info.get("audit_always"):
            return None
        ev = AuditEvent(
            at=at, actor_id=actor.id, actor_name=actor.username, action=action,
            target_type=target_type, target_id=target_id or "", changes=list(self.changes),
        )
        seal(self.session, ev)
        self.session.add(ev)  # written by the commit's flush, with the change-log row
        return ev

    def detach(self) -> None:
        if event.contains(self.session, "after_flush", self._after_flush):
            event.remove(self.session, "after_flush", self._after_flush)


def _pk(obj: Any) -> str:
    identity = inspect(obj).identity
    if identity:
        return "/".join(str(v) for v in identity)
    return str(getattr(obj, "id", getattr(obj, "key", getattr(obj, "name", ""))))
