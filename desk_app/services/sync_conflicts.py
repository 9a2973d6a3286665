"""The conflict review list: the same field changed at a branch and at the head office.

Until a person resolves a conflict the record keeps the head office's value; choosing the
branch's value is an ordinary audited edit, which then travels to every site like any other.
Conflicts are decided at the head office (the arbiter); branches see the list and its badges.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from desk_app.domain.arabic import normalize_name
from desk_app.domain.beneficiary import full_name
from desk_app.domain.entities import Actor
from desk_app.services.permissions import require
from desk_app.services.sync_exchange import site
from desk_app.storage.db import Database
from desk_app.storage.sync_log import decode, table
from desk_app.storage.sync_tables import SyncConflict
from desk_app.storage.tables import Base, Beneficiary

NAME_PARTS = ("first_name", "father_name", "grandfather_name", "family_name")


class ResolveRefused(Exception):
    """``code``: ``not_head`` (decided at the head office), ``already_resolved``,
    ``cannot_take_branch`` (a deleted or refused record: the branch's values stay listed)."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    table: str
    row_id: str
    field: str
    record: str  # what a person recognises: a file number and name, a request number
    head_value: Any
    branch_value: Any
    branch: str
    branch_actor: str
    branch_at: datetime
    head_actor: str
    head_at: datetime | None
    status: str
    chosen: str


def _record(s, c: SyncConflict) -> str:  # noqa: ANN001
    if c.table_name == "beneficiaries":
        b = s.get(Beneficiary, c.row_id)
        if b is not None:
            return f"{b.file_number} — {full_name(b.first_name, b.father_name, b.family_name)}"
    if c.table_name == "household_members":  # the household's file, and who was added
        member = c.branch_value.get("v") or {}
        b = s.get(Beneficiary, member.get("beneficiary_id"))
        if b is not None:
            return (f"{b.file_number} — {full_name(b.first_name, b.father_name, b.family_name)}"
                    f" · {member.get('name', '')}")
    if c.table_name == "service_requests":
        t = table("service_requests")
        number = s.scalar(select(t.c.number).where(t.c.id == c.row_id))
        if number:
            return number
    return c.row_id


def _view(s, c: SyncConflict) -> ConflictView:  # noqa: ANN001
    return ConflictView(c.id, c.kind, c.table_name, c.row_id, c.field, _record(s, c),
                        c.head_value.get("v"), c.branch_value.get("v"), c.branch,
                        c.branch_actor, c.branch_at, c.head_actor, c.head_at, c.status,
                        c.chosen)


def open_conflicts(db: Database, actor: Actor, include_resolved: bool = False
                   ) -> list[ConflictView]:
    require(db, actor, "sync.resolve")
    with db.read() as s:
        q = select(SyncConflict).order_by(SyncConflict.found_at, SyncConflict.id)
        if not include_resolved:
            q = q.where(SyncConflict.status == "open")
        return [_view(s, c) for c in s.scalars(q)]


def open_count(db: Database) -> int:
    """For the status bar: how many conflicts wait for a person (a count, nothing personal)."""
    with db.read() as s:
        return s.scalar(select(func.count()).where(SyncConflict.status == "open")) or 0


def badged(db: Database, row_ids: list[str]) -> set[str]:
    """The records among ``row_ids`` with an open conflict (shown with a conflict badge)."""
    with db.read() as s:
        rows = s.scalars(select(SyncConflict.row_id).where(SyncConflict.status == "open",
                                                           SyncConflict.row_id.in_(row_ids)))
        return set(rows)


def _mapped(name: str) -> Any:
    for m in Base.registry.mappers:
        if m.local_table.name == name:
            return m
    raise LookupError(name)


def resolve(db: Database, actor: Actor, conflict_id: str, choose: str) -> ConflictView:
    """Keep the head office's value (``head``) or take the branch's (``branch``)."""
    require(db, actor, "sync.resolve")
    with db.action(actor, "sync.resolve", "sync_conflict", conflict_id) as s:
        if site(s)[1] != "head":
            raise ResolveRefused("not_head")
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.status != "open":
            raise ResolveRefused("already_resolved")
        if choose == "branch":
            if c.kind != "field":
                raise ResolveRefused("cannot_take_branch")
            _take(s, c)
        c.status, c.chosen = "resolved", choose
        c.resolved_by, c.resolved_at = actor.username, db.clock()
        return _view(s, c)


def _take(s, c: SyncConflict) -> None:  # noqa: ANN001
    mapper = _mapped(c.table_name)
    obj = s.get(mapper.class_, c.row_id)
    if obj is None:
        raise ResolveRefused("cannot_take_branch")
    column = mapper.local_table.c[c.field]
    setattr(obj, mapper.get_property_by_column(column).key,
            decode(column, c.branch_value.get("v")))
    if c.table_name == "beneficiaries" and c.field in NAME_PARTS:
        obj.name_key = normalize_name(full_name(*(getattr(obj, k) for k in NAME_PARTS)))
