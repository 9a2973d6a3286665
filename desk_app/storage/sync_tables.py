"""Branch synchronisation (issue 14): the change log, the peers, the conflicts and the history.

``sync_changes`` is the outbox: one row per action, written in the action's own transaction
(:mod:`desk_app.storage.sync_log`), listing every travelling row it inserted, changed or deleted
with the values before and after. ``pos`` is this site's log position; writes are serialised on
both engines (SQLite's write lock, the PostgreSQL advisory lock), so positions are handed out in
commit order and "everything after position N" never misses a row committed later.

A row made here has ``origin`` empty; the head office also keeps, under their branch's code, the
changes it received from branches, to pass them on to the other branches.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import REDACT, Base, new_id


class SyncChange(Base):
    __tablename__ = "sync_changes"
    pos: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(String(8), default="")  # "" = made at this site
    origin_pos: Mapped[int] = mapped_column(Integer, default=0)  # its position at its origin
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(64), default="")
    # [{"t": table, "k": {pk}, "op": "i"|"u"|"d", "v": {after}, "b": {before}}]; a deletion's
    # "b" is the whole row as it was (what a conflict over it needs to restore it)
    changes: Mapped[list] = mapped_column(JSON)
    # Whose wait it is (sync_log.waits): "both" (goes up from a branch and on from the head
    # office), "down" (the head office's own settings), "" (the record of a sync itself).
    waits: Mapped[str] = mapped_column(String(5), default="both")

    __table_args__ = (Index("ix_sync_changes_origin_pos", "origin", "origin_pos"),)


class SyncPeer(Base):
    """A site this one exchanges with: the head office (at a branch) or a branch (at the head
    office). ``acked``: our last log position the peer has applied; ``received``: the peer's last
    log position we have applied. ``key``: the AES-256 key of this branch's exchange files."""

    __tablename__ = "sync_peers"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    role: Mapped[str] = mapped_column(String(8))  # "head" | "branch"
    # Loaded only when used: a branch's login on the head office's server may not read it
    # (storage/postgres_logins.py).
    key: Mapped[bytes] = mapped_column(LargeBinary, deferred=True, info=REDACT)
    acked: Mapped[int] = mapped_column(Integer, default=0)
    received: Mapped[int] = mapped_column(Integer, default=0)
    seeded: Mapped[bool] = mapped_column(Boolean, default=False)  # registry copied once (snapshot)
    files_out: Mapped[int] = mapped_column(Integer, default=0)  # exchange files written to it
    files_in: Mapped[int] = mapped_column(Integer, default=0)  # last file number applied from it
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(String(40), default="")
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)


class SyncConflict(Base):
    """The same record changed at both ends since they last met. Until a person resolves it the
    record keeps the head office's value; the branch's value waits here (nothing is lost).
    ``kind``: ``field`` (same field), ``deleted`` (changed at the branch, deleted at the head
    office: ``whole`` is the row with the branch's changes, to restore it), ``removed`` (deleted
    at the branch, changed at the head office, which keeps it), ``rule`` (a branch's step the
    request workflow refuses from the head office's status: ``whole`` is the branch's action)
    or ``refused`` (a record that could not be stored as it came: its values in
    ``branch_value``)."""

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(10), default="field")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(80), index=True)
    field: Mapped[str] = mapped_column(String(64), default="")
    head_value: Mapped[dict] = mapped_column(JSON)  # {"v": value} so None survives JSON
    branch_value: Mapped[dict] = mapped_column(JSON)
    whole: Mapped[Any] = mapped_column(JSON, nullable=True)
    branch: Mapped[str] = mapped_column(String(8))
    branch_actor: Mapped[str] = mapped_column(String(200), default="")
    branch_at: Mapped[datetime] = mapped_column(DateTime)
    head_actor: Mapped[str] = mapped_column(String(200), default="")
    head_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    found_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    chosen: Mapped[str] = mapped_column(String(10), default="")  # "head" | "branch"
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SyncRun(Base):
    """One synchronisation or exchange file, as the Sync screen lists them. ``site`` is the
    branch it was with; the head office sees each branch's runs (they travel up)."""

    __tablename__ = "sync_runs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    site: Mapped[str] = mapped_column(String(8))  # where it ran
    peer: Mapped[str] = mapped_column(String(8))
    how: Mapped[str] = mapped_column(String(10))  # direct | export | import
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent: Mapped[int] = mapped_column(Integer, default=0)
    received: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(String(40), default="")  # a code; the screen says it
    detail: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")


class SyncFileSeen(Base):
    """Exchange files already applied, by their identity: the same file twice is refused."""

    __tablename__ = "sync_files_seen"
    file_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    sender: Mapped[str] = mapped_column(String(8))
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("sender", "file_id"),)
