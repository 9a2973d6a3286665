"""Applying changes that came from another site, field by field, inside one write transaction.

The head office is the arbiter. For each field a branch changed it compares its own current value
with the value the branch started from: the same → the branch's value is taken; different (the
field was also changed here, or by another branch that arrived first) → the head office keeps its
value and a :class:`SyncConflict` holds both, with who and when. What the head office took is
what it passes on to the other branches, so every branch ends with the head office's values.

A branch applies what comes from the head office as it comes: the head office has already
decided. Its own edits the head office has not seen yet are still in its log and reach the head
office later, where they meet the same comparison — so a value overwritten here is in the
conflict list there, not lost.

Applying is idempotent: the caller skips changes at or below the position already received, and
an insert of a row that exists becomes an update to the same values.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.arabic import normalize_name
from desk_app.domain.beneficiary import full_name, member_key
from desk_app.storage import sync_rules, sync_seed
from desk_app.storage.repositories import bulk
from desk_app.storage.sync_log import (
    DOWN_ONLY,
    LATEST_WINS,
    VERSIONED,
    columns,
    decode,
    encode,
    key_text,
    row_key,
    table,
    travels,
)
from desk_app.storage.sync_seed import Chunk, local_defaults
from desk_app.storage.sync_tables import SyncConflict
from desk_app.storage.tables import AuditEvent

NAME_PARTS = ("first_name", "father_name", "grandfather_name", "family_name")
_BY_KEY: dict[str, Any] = {}


def _by_key(t: Any) -> Any:
    """One compiled "this row" select per table (the key as parameters)."""
    if t.name not in _BY_KEY:
        _BY_KEY[t.name] = select(t).where(
            and_(*(c == bindparam(f"k_{c.name}") for c in t.primary_key.columns)))
    return _BY_KEY[t.name]


@dataclass
class Incoming:
    """One action from the peer: its position in the sender's log, where it was made, when,
    by whom, and its row changes (see :mod:`desk_app.storage.sync_log`)."""

    pos: int
    origin: str
    origin_pos: int
    at: datetime
    actor: str
    action: str
    changes: list[dict[str, Any]]


@dataclass
class Outcome:
    applied: int = 0
    conflicts: int = 0
    newcomers: list[str] = field(default_factory=list)


def _encoded(row: dict[str, Any]) -> dict[str, Any]:
    return {k: encode(v) for k, v in row.items()}


def _name_index(s: Session, t: Any) -> Any:
    """New beneficiaries' name index filled once per chunk: SQLite's trigger row by row under
    ``executemany`` costs four times the rest of the copy (bench/RESULTS.md)."""
    return bulk.name_index_deferred(s) if t.name == "beneficiaries" else nullcontext()


def _same(row: dict[str, Any]) -> dict[str, Any]:
    return row


class Applier:
    """Applies incoming actions in one session; ``arbiter``: this site is the head office."""

    def __init__(self, s: Session, *, arbiter: bool, now: datetime):
        self.s, self.arbiter, self.now = s, arbiter, now
        self.outcome = Outcome()
        self._seq: int | None = None
        #: Rows the head office refused that the sending branch holds: removed there too (sent
        #: down as the head office's own change), so every site shows the head office's copy.
        self.undo: list[dict[str, Any]] = []

    def apply(self, inc: Incoming) -> list[dict[str, Any]]:
        """Apply one action (all of it, or change by change when a row is refused); returns
        the changes as taken here, which the head office passes on."""
        if self.arbiter and (step := sync_rules.refused_step(self.s, inc.changes)):
            self._refused_step(inc, *step)
            return []
        conflicts, newcomers = self.outcome.conflicts, len(self.outcome.newcomers)
        undone = len(self.undo)
        try:
            with self.s.begin_nested():
                return self._all(inc)
        except IntegrityError:  # what the savepoint undid is counted again below
            self._seq = None
            self.outcome.conflicts = conflicts
            del self.outcome.newcomers[newcomers:]
            del self.undo[undone:]
            kept: list[dict[str, Any]] = []
            for ch in inc.changes:
                try:
                    with self.s.begin_nested():
                        kept += self._one(ch, inc)
                except IntegrityError:
                    self._refused(ch, inc)
            return kept

    def _all(self, inc: Incoming) -> list[dict[str, Any]]:
        kept: list[dict[str, Any]] = []
        for ch in inc.changes:
            kept += self._one(ch, inc)
        return kept

    def _one(self, ch: dict[str, Any], inc: Incoming) -> list[dict[str, Any]]:
        name = ch["t"]
        if not travels(name) or (self.arbiter and name in DOWN_ONLY):
            return []
        t = table(name)
        where = and_(*(t.c[k] == decode(t.c[k], v) for k, v in ch["k"].items()))
        row = self.s.execute(_by_key(t), {f"k_{k}": decode(t.c[k], v)
                                          for k, v in ch["k"].items()}).mappings().first()
        if ch["op"] == "d":
            if row is None:
                return []
            if self.arbiter and sync_rules.changed_since(t, row, ch.get("b")):
                self._kept(t, row, ch, inc)  # changed here since the branch saw it
                return []
            self.s.execute(delete(t).where(where))
            return [ch]
        if ch["op"] == "i" and row is None:
            if self.arbiter and name == "household_members" and self._in_household(t, ch):
                self._refused(ch, inc)  # the same person added at both ends: one stays
                self.undo.append({"t": name, "k": ch["k"], "op": "d"})
                return []
            self._insert(t, ch)
            return [ch]
        if row is None:  # changed at the branch, deleted here meanwhile
            if self.arbiter:
                self._deleted(name, ch, inc)
            return []
        return self._update(t, where, row, ch, inc)

    def _in_household(self, t: Any, ch: dict[str, Any]) -> bool:
        """A member the head office's copy of the household already holds (the same ID, or
        the same name without one): added at the branch and here since they last met."""
        v = ch["v"]
        held = self.s.execute(select(t.c.name, t.c.id_number).where(
            t.c.beneficiary_id == v.get("beneficiary_id")))
        mine = member_key(v.get("name") or "", v.get("id_number") or "")
        return any(member_key(n, i or "") == mine for n, i in held)

    def _insert(self, t: Any, ch: dict[str, Any]) -> None:
        names = {c.name: c for c in columns(t)}
        values = {k: decode(names[k], v) for k, v in ch["v"].items() if k in names}
        if t.name == "beneficiaries":
            values["seq"] = self._next_seq()
            self.outcome.newcomers.append(values["id"])
        if not self.arbiter and t.name in DOWN_ONLY:
            self._make_room(t, values)
        self.s.execute(t.insert(), [values])  # parameters apart: one compiled statement

    def _update(self, t: Any, where: Any, row: Any, ch: dict[str, Any],
                inc: Incoming) -> list[dict[str, Any]]:
        names = {c.name for c in columns(t)}
        before = ch.get("b")  # None: an insert of a row that exists here already
        take: dict[str, Any] = {}
        for name, new in ch["v"].items():
            if name not in names or name == "name_key":
                continue
            current = encode(row[name])
            if current == new:
                continue
            if name in LATEST_WINS:
                if new is not None and (current is None or str(new) > str(current)):
                    take[name] = new
            elif not self.arbiter or (before is not None and before.get(name) == current):
                take[name] = new
            else:
                self._conflict("field", t.name, ch, name, current, new, inc)
        if not take:
            return []
        values = {k: decode(t.c[k], v) for k, v in take.items()}
        if (t.name, "version") in VERSIONED:
            values["version"] = t.c.version + 1
        if t.name == "beneficiaries" and set(take) & set(NAME_PARTS):
            merged = {k: values.get(k, row[k]) for k in NAME_PARTS}
            values["name_key"] = normalize_name(full_name(*(merged[k] for k in NAME_PARTS)))
        self.s.execute(update(t).where(where).values(values))
        return [{"t": t.name, "k": ch["k"], "op": "u", "v": take,
                 "b": {k: encode(row[k]) for k in take}}]

    def seed(self, t: Any, rows: list[dict[str, Any]], typed: bool = False) -> None:
        """A new branch's copy of table ``t``: rows it lacks inserted in one batch, rows it has
        already brought to the same values (a seed cut and run again). ``rows`` hold encoded
        values (an exchange file) or, with ``typed``, the values a database gave (direct)."""
        enc = _encoded if typed else _same
        if t.name in DOWN_ONLY:
            self._seed_each(t, [enc(r) for r in rows])
            return
        key = [c.name for c in t.primary_key.columns]
        have = self._existing(t, key, rows)  # keys are text: the same typed or encoded
        fresh = [r for r in rows if tuple(r[k] for k in key) not in have]
        names = {c.name: c for c in columns(t)}
        new = ([{k: v for k, v in r.items() if k in names} for r in fresh] if typed else
               [{k: decode(names[k], v) for k, v in r.items() if k in names} for r in fresh])
        seq, arrived = self._seq, len(self.outcome.newcomers)
        if t.name == "beneficiaries":  # the local search key, handed out here
            for values in new:
                values["seq"] = self._next_seq()
                self.outcome.newcomers.append(values["id"])
        try:
            with self.s.begin_nested():
                if new:
                    self.s.execute(t.insert(), new)
        except IntegrityError:
            self._seq = seq
            del self.outcome.newcomers[arrived:]
            self._seed_each(t, [enc(r) for r in fresh])
        self._seed_each(t, [enc(r) for r in rows if tuple(r[k] for k in key) in have])

    def seed_chunk(self, ch: Chunk, check: bool) -> None:
        """A chunk of the head office's rows for a SQLite branch (:mod:`sync_seed`): the rows
        it lacks inserted with one ``executemany`` as they came; ``check``: the table held rows
        before this seed reached it (a seed run again), so those are looked for and merged."""
        t = ch.table
        if t.name in DOWN_ONLY:
            self._seed_each(t, [ch.encoded(r) for r in ch.rows])
            return
        key = [c.name for c in t.primary_key.columns]
        at = [ch.names.index(k) for k in key]
        have = self._existing(t, key, [dict(zip(key, (r[i] for i in at), strict=True))
                                       for r in ch.rows]) if check else set()
        fresh = [r for r in ch.rows if tuple(r[i] for i in at) not in have]
        local = local_defaults(t)  # the columns that stay here start as a new row's do
        names = [*ch.names, *local]
        tail = tuple(local.values())
        rows = [r + tail for r in fresh]
        seq, arrived = self._seq, len(self.outcome.newcomers)
        if t.name == "beneficiaries":  # the local search key, handed out here
            names, rows = [*names, "seq"], [(*r, self._next_seq()) for r in rows]
            self.outcome.newcomers += [r[at[0]] for r in fresh]
        try:
            with self.s.begin_nested(), bulk.large_page_cache(self.s), _name_index(self.s, t):
                sync_seed.insert(self.s, t, names, rows)
        except IntegrityError:
            self._seq = seq
            del self.outcome.newcomers[arrived:]
            self._seed_each(t, [ch.encoded(r) for r in fresh])
        self._seed_each(t, [ch.encoded(r) for r in ch.rows if tuple(r[i] for i in at) in have])

    def _seed_each(self, t: Any, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.apply(Incoming(0, "", 0, self.now, "", "seed",
                                [{"t": t.name, "k": row_key(t, r), "op": "i", "v": r}
                                 for r in rows]))

    def _existing(self, t: Any, key: list[str], rows: list[dict[str, Any]]) -> set[tuple]:
        if len(key) != 1:
            return {tuple(r[k] for k in key) for r in rows
                    if self.s.execute(_by_key(t), {f"k_{k}": r[k] for k in key}).first()}
        col = t.c[key[0]]
        found: set[tuple] = set()
        values = [r[key[0]] for r in rows]
        for i in range(0, len(values), 500):
            found |= {(v,) for v in self.s.scalars(select(col).where(
                col.in_(values[i:i + 500])))}
        return found

    def _next_seq(self) -> int:
        if self._seq is None:
            self._seq = self.s.scalar(select(func.coalesce(func.max(table("beneficiaries").c.seq),
                                                           0)))
        self._seq += 1
        return self._seq

    def _make_room(self, t: Any, values: dict[str, Any]) -> None:
        """The head office's staff account, profile or permission version replaces a branch's
        own row that holds the same user name or version number (the head office keeps them)."""
        key = [c.name for c in t.primary_key.columns]
        for col in t.columns:
            if col.unique and col.name in values:
                self.s.execute(delete(t).where(t.c[col.name] == values[col.name],
                                               *(t.c[k] != values[k] for k in key)))

    def _refused(self, ch: dict[str, Any], inc: Incoming) -> None:
        """A row that cannot be stored as it came (a number taken here): kept in full in the
        conflict list so a person can act on it."""
        self._conflict("refused", ch["t"], ch, "", None, ch.get("v"), inc)

    def _refused_step(self, inc: Incoming, request_id: str, head: str, branch: str) -> None:
        """A request's step the workflow does not allow from the head office's status: none of
        the action is taken; the branch gets the head office's rows back; the whole action waits
        in the conflict list (a person may take it when the workflow allows)."""
        self.undo += sync_rules.inverse(self.s, inc.changes)
        self._conflict("rule", "service_requests", {"k": {"id": request_id}}, "status", head,
                       branch, inc, whole={"action": inc.action, "changes": inc.changes})

    def _kept(self, t: Any, row: Any, ch: dict[str, Any], inc: Incoming) -> None:
        """Deleted at the branch, changed here: kept, and sent back to the branch."""
        mine = sync_rules.whole(t, row)
        self.undo.append({"t": t.name, "k": ch["k"], "op": "i", "v": mine})
        self._conflict("removed", t.name, ch, "", mine, None, inc)

    def _deleted(self, name: str, ch: dict[str, Any], inc: Incoming) -> None:
        """Changed at the branch, deleted here: the row as deleted with the branch's changes on
        it, one conflict per row (a later edit of it joins the open one)."""
        row_id = key_text(ch["k"])
        c = self.s.scalar(select(SyncConflict).where(
            SyncConflict.kind == "deleted", SyncConflict.table_name == name,
            SyncConflict.row_id == row_id, SyncConflict.status == "open"))
        if c is None:
            gone = sync_rules.deleted_row(self.s, name, ch["k"])
            whole = None if gone is None else {**gone, **ch["v"]}
            self._conflict("deleted", name, ch, "", None, ch.get("v"), inc, whole=whole)
            return
        c.branch_value = {"v": {**(c.branch_value.get("v") or {}), **ch["v"]}}
        c.whole = None if c.whole is None else {**c.whole, **ch["v"]}
        c.branch, c.branch_actor, c.branch_at = inc.origin, inc.actor, inc.at

    def _conflict(self, kind: str, name: str, ch: dict[str, Any], fld: str, head: Any,
                  branch: Any, inc: Incoming, whole: Any = None) -> None:
        row_id = key_text(ch["k"])
        last = self.s.execute(select(AuditEvent.actor_name, AuditEvent.at)
                              .where(AuditEvent.target_id == row_id,
                                     AuditEvent.target_type != "sync")  # not a branch's
                              .order_by(AuditEvent.at.desc()).limit(1)).first()
        self.s.add(SyncConflict(
            kind=kind, table_name=name, row_id=row_id, field=fld, head_value={"v": head},
            branch_value={"v": branch}, whole=whole, branch=inc.origin, branch_actor=inc.actor,
            branch_at=inc.at, head_actor=last[0] if last else "",
            head_at=last[1] if last else None, found_at=self.now))
        self.s.flush()
        self.outcome.conflicts += 1
