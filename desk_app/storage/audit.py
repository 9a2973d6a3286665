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


#: Per mapped class: (attribute, redacted?) of each column, in the mapper's order. Worked out
#: once per class instead of per row and flush (the mapper never changes after start-up).
_PLANS: dict[type, tuple[tuple[str, bool], ...]] = {}


def _plan(obj: Any) -> tuple[tuple[str, bool], ...]:
    plan = _PLANS.get(type(obj))
    if plan is None:
        plan = _PLANS[type(obj)] = tuple((p.key, p.columns[0].info.get("audit") == "redact")
                                         for p in _columns(obj))
    return plan


def _snapshot(obj: Any) -> dict[str, Any]:
    # A redacted value is not even read: a deferred one (a branch's key) would be loaded from
    # a row this very flush may have deleted.
    return {key: REDACTED if redact else _plain(getattr(obj, key)) for key, redact in _plan(obj)}


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


def listen_flushes(session: Session, capture: Any) -> None:
    """Have ``capture._after_flush`` called after each flush of ``session`` until
    :func:`stop_listening`. One listener on the Session class serves every capture: adding
    and removing an event listener on each action's session cost more than the capture."""
    session.info.setdefault(_CAPTURES, []).append(capture)


def stop_listening(session: Session, capture: Any) -> None:
    captures = session.info.get(_CAPTURES, [])
    if capture in captures:
        captures.remove(capture)


_CAPTURES = "flush_captures"


def captures(session: Session) -> list[Any]:
    """The captures listening to ``session`` (storage/direct_insert tells them its rows)."""
    return list(session.info.get(_CAPTURES, ()))


@event.listens_for(Session, "after_flush")
def _after_any_flush(session: Session, ctx: Any) -> None:
    for capture in session.info.get(_CAPTURES, ()):
        capture._after_flush(session, ctx)


class AuditCapture:
    """Collects changes of one session until :meth:`write_event`."""

    def __init__(self, session: Session):
        self.session = session
        self.changes: list[dict[str, Any]] = []
        listen_flushes(session, self)

    def record_new(self, objs: Any) -> None:
        """Rows inserted, as a flush lists them (also told by storage/direct_insert)."""
        for obj in objs:
            if isinstance(obj, AuditEvent):
                continue
            self.changes.append(
                {"table": obj.__tablename__, "id": _pk(obj), "op": "insert", "after": _snapshot(obj)}
            )

    def _after_flush(self, session: Session, _ctx: Any) -> None:
        self.record_new(session.new)
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
        """The one event for this action, sealed (the caller writes it); an action that changed
        nothing records nothing, unless the action itself must be on record
        (``session.info["audit_always"]``: a sign-in, an export)."""
        if not self.changes and not self.session.info.get("audit_always"):
            return None
        ev = AuditEvent(
            at=at, actor_id=actor.id, actor_name=actor.username, action=action,
            target_type=target_type, target_id=target_id or "", changes=list(self.changes),
        )
        seal(self.session, ev)
        return ev

    def detach(self) -> None:
        stop_listening(self.session, self)


def _pk(obj: Any) -> str:
    identity = inspect(obj).identity
    if identity:
        return "/".join(str(v) for v in identity)
    return str(getattr(obj, "id", getattr(obj, "key", getattr(obj, "name", ""))))
