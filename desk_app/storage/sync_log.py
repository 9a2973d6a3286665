"""The change log written in every action's transaction, and what travels between sites.

:class:`SyncCapture` listens to the action's flushes (as the audit capture does, so no service
can forget it) and, just before the commit, writes one :class:`SyncChange` row with every
travelling row the action inserted, changed or deleted — real values, not the audit's redacted
ones: a scan's bytes and a password hash must arrive as they were.

Values are stored as JSON: dates and times as ISO text, bytes as base64; :func:`decode` turns
them back by the column's type. Comparing two values (was this field changed at both ends?) is
done on the encoded form, so both engines compare alike.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Date, DateTime, LargeBinary, Table, inspect
from sqlalchemy.orm import Session

from desk_app.storage.audit import deleted_in_flush, listen_flushes, stop_listening
from desk_app.storage.schema import metadata
from desk_app.storage.sync_tables import SyncChange
from desk_app.storage.tables import Base

#: Tables that stay at their site: installation facts, number counters, this machinery, the
#: access log (looks at one desk), messages to beneficiaries (sent once, by the site that queued
#: them) and the audit chain (each site's chain of hashes is its own).
LOCAL_TABLES = frozenset({
    "app_settings", "counters", "alembic_version", "access_log", "outbox_messages",
    "audit_events", "sync_changes", "sync_peers", "sync_files_seen",
    # A site's own queue of web-form rows (its fingerprints are unique per site); what a person
    # makes of a row — a request, a complaint, a registration — travels as usual.
    "online_arrivals",
    # Figures counted from the rows by each site's own triggers (report_counts_tables).
    "report_day_counts", "registry_counts",
})
#: Tables the head office keeps: a branch receives them and never sends its own edits up (the
#: head office's version replaces a branch's own version of the same number). Staff accounts
#: travel both ways: an account another site already has under the same user name is listed as
#: a conflict for a person, never replaced (a desk's signed-in account must not vanish).
DOWN_ONLY = frozenset({"profile_versions", "permission_versions",
                       "contact_officers"})  # officers are the association's, set centrally
#: Rows that travel but that nobody waits for: the record of a sync itself (the head office
#: sees each branch's history through them).
BOOKKEEPING = frozenset({"sync_runs"})
#: Columns that stay at their site: the full-text row key, the optimistic-lock counter, and a
#: desk's own sign-in bookkeeping.
LOCAL_COLUMNS = frozenset({
    ("beneficiaries", "seq"), ("staff", "failed_sign_ins"), ("staff", "last_failed_at"),
    ("staff", "last_sign_in_at"),
})
#: Bookkeeping columns both ends change with any edit: never a conflict, the later one stays.
LATEST_WINS = frozenset({"updated_at", "data_reviewed_on", "name_key"})


#: Optimistic-lock counters (storage/conflicts.py): each site counts its own edits.
VERSIONED = frozenset((m.local_table.name, m.version_id_col.name)
                      for m in Base.registry.mappers if m.version_id_col is not None)


def travels(table: str) -> bool:
    return table not in LOCAL_TABLES and table in metadata.tables


def waits(changes: list[dict[str, Any]]) -> str:
    """Whose wait an action is, for the "waiting" counts: ``both`` — a change a branch sends up
    and the head office passes on; ``down`` — only the head office's own settings, which a
    branch never sends up; ``""`` — only the record of a sync."""
    tables = {c["t"] for c in changes}
    if tables - DOWN_ONLY - BOOKKEEPING:
        return "both"
    return "down" if tables & DOWN_ONLY else ""


def table(name: str) -> Table:
    return metadata.tables[name]


def columns(t: Table) -> list[Column]:
    """The columns of ``t`` that travel."""
    return [c for c in t.columns
            if (t.name, c.name) not in LOCAL_COLUMNS and (t.name, c.name) not in VERSIONED]


def encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decode(column: Column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    return value


def row_key(t: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {c.name: values[c.name] for c in t.primary_key.columns}


def key_text(key: dict[str, Any]) -> str:
    return "/".join(str(v) for v in key.values())


_ORDER = {t.name: i for i, t in enumerate(metadata.sorted_tables)}


#: Per mapped class: (attribute, column) of each travelling column, in the mapper's order —
#: worked out once per class, not once per row and flush.
_TRAVELLING: dict[type, tuple[tuple[str, str], ...]] = {}


def _obj_values(obj: Any) -> dict[str, Any]:
    plan = _TRAVELLING.get(type(obj))
    if plan is None:
        mapper = inspect(obj).mapper
        names = {c.name for c in columns(mapper.local_table)}
        plan = _TRAVELLING[type(obj)] = tuple(
            (prop.key, prop.columns[0].name) for prop in mapper.column_attrs
            if prop.columns[0].name in names)
    return {name: encode(getattr(obj, key)) for key, name in plan}


def _loaded_values(obj: Any) -> dict[str, Any]:
    """A deleted row as it was: what the head office needs to tell whether the other end
    changed it meanwhile, and to restore it (sync_apply). Only what is loaded: the row is gone,
    so a deferred column (a scan's bytes) cannot be read any more."""
    state = inspect(obj)
    names = {c.name for c in columns(state.mapper.local_table)}
    return {prop.columns[0].name: encode(state.dict[prop.key])
            for prop in state.mapper.column_attrs
            if prop.columns[0].name in names and prop.key in state.dict}


def _obj_diff(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    names = {c.name for c in columns(state.mapper.local_table)}
    before, after = {}, {}
    for prop in state.mapper.column_attrs:
        col = prop.columns[0]
        if col.name not in names:
            continue
        hist = state.attrs[prop.key].history
        if not hist.has_changes():
            continue
        old = encode(hist.deleted[0]) if hist.deleted else None
        new = encode(hist.added[0]) if hist.added else None
        if old != new:
            before[col.name], after[col.name] = old, new
    return before, after


_TABLES: dict[type, str] = {}


def _table_of(obj: Any) -> str:
    name = _TABLES.get(type(obj))
    if name is None:
        name = _TABLES[type(obj)] = inspect(obj).mapper.local_table.name
    return name


class SyncCapture:
    """Collects the travelling changes of one action; :meth:`write` adds its log row."""

    def __init__(self, session: Session):
        self.session = session
        self.changes: list[dict[str, Any]] = []
        listen_flushes(session, self)

    def record_new(self, objs: Any) -> None:
        """Rows inserted by one flush (or storage/direct_insert), parents first."""
        new = [o for o in objs if travels(_table_of(o))]
        for obj in sorted(new, key=lambda o: _ORDER[_table_of(o)]):
            values = _obj_values(obj)
            t = table(_table_of(obj))
            self.changes.append({"t": t.name, "k": row_key(t, values), "op": "i", "v": values})

    def _after_flush(self, session: Session, _ctx: Any) -> None:
        self.record_new(session.new)
        for obj in session.dirty:
            name = _table_of(obj)
            if not travels(name) or not session.is_modified(obj):
                continue
            before, after = _obj_diff(obj)
            if after:
                key = {c.name: encode(getattr(obj, c.key)) for c in
                       inspect(obj).mapper.primary_key}
                self.changes.append({"t": name, "k": key, "op": "u", "v": after, "b": before})
        gone = [o for o in deleted_in_flush(session, _ctx) if travels(_table_of(o))]
        for obj in sorted(gone, key=lambda o: -_ORDER[_table_of(o)]):
            key = {c.name: encode(getattr(obj, c.key)) for c in inspect(obj).mapper.primary_key}
            self.changes.append({"t": _table_of(obj), "k": key, "op": "d",
                                 "b": _loaded_values(obj)})

    def write(self, at: datetime, actor: str, action: str) -> SyncChange | None:
        """The action's log row, for the caller to write in its transaction (None when nothing
        travelling changed)."""
        if not self.changes:
            return None
        return SyncChange(origin="", origin_pos=0, at=at, actor=actor, action=action,
                          changes=list(self.changes), waits=waits(self.changes))

    def detach(self) -> None:
        stop_listening(self.session, self)
