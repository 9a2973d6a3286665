"""The change exchange both ways of travelling use (a file, or the head office's server).

A site sends every action in its log after the position the peer last acknowledged; the peer
applies them in order, in batches, each batch one transaction that also moves its "received up
to" position. A sync cut anywhere (power, link, kill -9) resumes from that position: nothing is
applied twice (positions at or below it are skipped) and nothing acknowledged is lost (the
sender only forgets what the receiver has committed). The head office also keeps what it
received, under the branch's code, to pass it on to the other branches.

A new branch is first seeded with a copy of every travelling table (the registry, the profile,
staff…), then follows the log from the position the copy was taken at.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, exists, func, select
from sqlalchemy.exc import DBAPIError, OperationalError

from desk_app.domain.entities import Actor
from desk_app.storage import sync_audit, sync_seed
from desk_app.storage.db import Database, classify
from desk_app.storage.repositories import settings
from desk_app.storage.schema import metadata
from desk_app.storage.sync_apply import Applier, Incoming, Outcome
from desk_app.storage.sync_log import DOWN_ONLY, columns, encode, travels, waits
from desk_app.storage.sync_tables import SyncChange, SyncPeer

BATCH = 200  # actions per transaction when applying
SNAPSHOT_BATCH = 5000  # rows per transaction when seeding


@dataclass
class Outgoing:
    """What a site sends: its actions after the peer's acknowledged position, and ``upto``,
    the last position looked at (the receiver may move past actions it was not sent)."""

    entries: list[dict[str, Any]]
    upto: int


@dataclass
class Received:
    applied: int = 0
    conflicts: int = 0
    newcomers: list[str] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.applied += o.applied
        self.conflicts += o.conflicts
        self.newcomers += o.newcomers


def site(s) -> tuple[str, str]:  # noqa: ANN001
    """This site's branch code and sync role (``head``, ``branch`` or empty)."""
    return settings.get(s, "branch_code") or "", settings.get(s, "sync.role") or ""


def peer(s, code: str) -> SyncPeer:  # noqa: ANN001
    row = s.get(SyncPeer, code)
    if row is None:
        raise LookupError(code)
    return row


def outgoing(db: Database, to: str) -> Outgoing:
    with db.read() as s:
        me, role = site(s)
        acked = peer(s, to).acked
        upto = s.scalar(select(func.coalesce(func.max(SyncChange.pos), 0))) or 0
        rows = s.scalars(select(SyncChange).where(SyncChange.pos > acked, SyncChange.pos <= upto,
                                                  SyncChange.origin != to)
                         .order_by(SyncChange.pos))
        entries = []
        for row in rows:
            changes = row.changes
            if role != "head":  # the head office keeps the profile, staff and permissions
                changes = [c for c in changes if c["t"] not in DOWN_ONLY]
            if changes:
                entries.append({"pos": row.pos, "origin": row.origin or me,
                                "origin_pos": row.origin_pos or row.pos,
                                "at": row.at.isoformat(), "actor": row.actor,
                                "action": row.action, "changes": changes})
        return Outgoing(entries, max(upto, acked))


def _incoming(e: dict[str, Any]) -> Incoming:
    return Incoming(e["pos"], e["origin"], e["origin_pos"], datetime.fromisoformat(e["at"]),
                    e["actor"], e["action"], e["changes"])


def receive(db: Database, actor: Actor, sender: str, out: Outgoing, ack: int) -> Received:
    """Apply ``out`` from ``sender`` in batches; ``ack``: the sender's "received up to" of our
    own log, which lets us forget what it already holds."""
    total = Received()
    pending = list(out.entries)
    while pending:
        batch, pending = pending[:BATCH], pending[BATCH:]
        total.add(_receive_batch(db, actor, sender, batch))
    with db.action(actor, "sync.received", "sync", sender) as s:
        p = peer(s, sender)
        p.received = max(p.received, out.upto)
        p.acked = max(p.acked, ack)
        p.last_sync_at, p.last_error = db.clock(), ""
    return total


def _receive_batch(db: Database, actor: Actor, sender: str,
                   batch: list[dict[str, Any]]) -> Outcome:
    with db.action(actor, "sync.receive", "sync", sender) as s:
        s.info["audit_always"] = True
        arbiter = site(s)[1] == "head"
        p = peer(s, sender)
        applier = Applier(s, arbiter=arbiter, now=db.clock())
        for e in batch:
            if e["pos"] <= p.received:
                continue  # applied by an earlier, interrupted run
            inc = _incoming(e)
            kept = applier.apply(inc)
            applier.outcome.applied += 1
            if arbiter:
                sync_audit.record(s, inc)  # the branch's action in the head office's audit
            if arbiter and kept:  # passed on to the other branches as the head office took it
                s.add(SyncChange(origin=inc.origin, origin_pos=inc.origin_pos, at=inc.at,
                                 actor=inc.actor, action=inc.action, changes=kept,
                                 waits=waits(kept)))
            p.received = e["pos"]
        if applier.undo:  # the head office's own change: reaches the branch that sent them
            s.add(SyncChange(origin="", origin_pos=0, at=db.clock(), actor=actor.username,
                             action="sync.undo", changes=applier.undo, waits="both"))
        return applier.outcome


SNAPSHOT_FILE_BATCH = 20  # rows carrying scans or archived PDFs (up to 20 MB each)


def _log_end(conn: Connection) -> int:
    return conn.scalar(select(func.coalesce(func.max(SyncChange.pos), 0))) or 0


@contextmanager
def _one_moment(db: Database) -> Iterator[Connection]:
    """One read transaction for a whole copy: the log position and every row as of one moment
    (REPEATABLE READ on the server, whose reading sessions otherwise commit each statement),
    and the transaction a server-side cursor needs."""
    try:
        with db.read_engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn
    except (OperationalError, DBAPIError) as exc:
        raise classify(exc) from exc


def _stream(conn: Connection) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
    """Every travelling table, parents before children, in chunks read through a server-side
    cursor (``yield_per``): at most one chunk of rows is in memory, whatever the registry's size.
    Values are as the database gives them (dates, bytes), not encoded."""
    for t in metadata.sorted_tables:
        if not travels(t.name):
            continue
        cols = columns(t)
        names = [c.name for c in cols]
        size = (SNAPSHOT_FILE_BATCH if any(isinstance(c.type, LargeBinary) for c in cols)
                else SNAPSHOT_BATCH)
        result = conn.execution_options(yield_per=size).execute(select(*cols))
        for part in result.partitions():
            yield t, [dict(zip(names, r, strict=True)) for r in part]


def snapshot(db: Database) -> dict[str, Any]:
    """Every travelling row, encoded for an exchange file, and the log position it was taken
    at (read first: rows changed meanwhile arrive again through the log, harmlessly). The file
    is sealed as one piece, so this one is whole; a direct sync streams (:func:`seed_from`)."""
    with _one_moment(db) as conn:
        upto = _log_end(conn)
        tables: list[list[Any]] = []
        for t, rows in _stream(conn):
            if not tables or tables[-1][0] != t.name:
                tables.append([t.name, []])
            tables[-1][1].extend({k: encode(v) for k, v in r.items()} for r in rows)
        return {"upto": upto, "tables": tables}


def _seed_chunk(db: Database, actor: Actor, sender: str, t: Table,
                rows: list[dict[str, Any]], typed: bool) -> Outcome:
    with db.action(actor, "sync.seed", "sync", sender) as s:
        s.info["audit_always"] = True
        applier = Applier(s, arbiter=False, now=db.clock())
        applier.seed(t, rows, typed=typed)
        applier.outcome.applied += len(rows)
        return applier.outcome


def _seeded(db: Database, actor: Actor, sender: str, upto: int) -> None:
    with db.action(actor, "sync.seeded", "sync", sender) as s:
        p = peer(s, sender)
        p.received = max(p.received, upto)
        p.seeded = True


def receive_snapshot(db: Database, actor: Actor, sender: str, snap: dict[str, Any]) -> Received:
    """Seed from an exchange file's snapshot, one transaction per chunk."""
    total = Received()
    for name, rows in snap["tables"]:
        t = metadata.tables[name]
        for i in range(0, len(rows), SNAPSHOT_BATCH):
            total.add(_seed_chunk(db, actor, sender, t, rows[i:i + SNAPSHOT_BATCH], False))
    _seeded(db, actor, sender, snap["upto"])
    return total


def seed_from(db: Database, head_db: Database, actor: Actor, sender: str) -> Received:
    """Seed a new branch straight from the head office's database: table by table, chunk by
    chunk, from one read transaction at the head office (its log position read first), each
    chunk one transaction here. Memory holds one chunk; a seed cut anywhere runs again (rows
    already here are brought to the head office's values, not duplicated)."""
    total = Received()
    with _one_moment(head_db) as conn:
        upto = _log_end(conn)
        if db.write_engine.dialect.name != "sqlite":  # a branch on a server: typed rows
            for t, rows in _stream(conn):
                total.add(_seed_chunk(db, actor, sender, t, rows, True))
        else:
            held: dict[str, bool] = {}  # a table held rows when the seed reached it
            for chunk in sync_seed.stream(conn, db.write_engine.dialect):
                total.add(_seed_raw(db, actor, sender, chunk, held))
    _seeded(db, actor, sender, upto)
    return total


def _seed_raw(db: Database, actor: Actor, sender: str, chunk: sync_seed.Chunk,
              held: dict[str, bool]) -> Outcome:
    """One chunk, one transaction. Rows are looked for only in a table that held rows before
    the seed reached it (a seed run again); the seed's own chunks never overlap."""
    with db.action(actor, "sync.seed", "sync", sender) as s:
        s.info["audit_always"] = True
        t = chunk.table
        if t.name not in held:
            held[t.name] = bool(s.scalar(select(exists().select_from(t))))
        applier = Applier(s, arbiter=False, now=db.clock())
        applier.seed_chunk(chunk, check=held[t.name])
        applier.outcome.applied += len(chunk.rows)
        return applier.outcome
