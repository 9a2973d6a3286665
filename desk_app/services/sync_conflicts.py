"""The conflict review list: the same record changed at a branch and at the head office.

Until a person resolves a conflict the record keeps the head office's value; choosing the
branch's side is one ordinary audited action, which then travels to every site like any other:
the branch's value of a field; a record the head office deleted restored with the branch's
changes; a record the branch deleted deleted here too; a request's step the workflow refused
taken after all, when the workflow allows it from the request's status now.
Conflicts are decided at the head office (the arbiter); branches see the list and its badges.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desk_app.domain import workflows as wf
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
    ``cannot_take_branch`` (a record that could not be stored: the branch's values stay
    listed), ``cannot_restore`` (the deleted record is not known whole, or no longer fits: its
    file is gone), ``not_allowed`` (the workflow does not allow the branch's step from the
    request's status now)."""

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


def _whole(c: SyncConflict) -> dict[str, Any]:
    """The record's values as far as the conflict knows them: the row to restore, the head
    office's kept row, or what came from the branch."""
    for value in (c.whole, c.head_value.get("v"), c.branch_value.get("v")):
        if isinstance(value, dict) and "changes" not in value:
            return value
    return {}


def _record(s, c: SyncConflict) -> str:  # noqa: ANN001
    if c.table_name == "beneficiaries":
        b = s.get(Beneficiary, c.row_id)
        if b is not None:
            return f"{b.file_number} — {full_name(b.first_name, b.father_name, b.family_name)}"
    if c.table_name == "household_members":  # the household's file, and who was added
        member = _whole(c)
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
            TAKE.get(c.kind, _cannot)(s, c)
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


def _cannot(s, c: SyncConflict) -> None:  # noqa: ANN001
    raise ResolveRefused("cannot_take_branch")


def _set(obj: Any, mapper: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name in mapper.local_table.c:
            column = mapper.local_table.c[name]
            setattr(obj, mapper.get_property_by_column(column).key, decode(column, value))


def _restore(s, c: SyncConflict) -> None:  # noqa: ANN001
    """The record the head office deleted, back with the branch's changes (an insert: every
    site that deleted it gets it again)."""
    mapper = _mapped(c.table_name)
    if not c.whole or s.get(mapper.class_, c.row_id) is not None:
        raise ResolveRefused("cannot_restore")
    obj = mapper.class_()
    _set(obj, mapper, c.whole)
    try:
        with s.begin_nested():
            s.add(obj)
            s.flush()
    except IntegrityError:  # its file or request is gone too
        raise ResolveRefused("cannot_restore") from None


def _delete(s, c: SyncConflict) -> None:  # noqa: ANN001
    """The branch's deletion, taken: the head office's copy goes too (and from every site)."""
    obj = s.get(_mapped(c.table_name).class_, c.row_id)
    if obj is not None:
        s.delete(obj)


def _step(s, c: SyncConflict) -> None:  # noqa: ANN001
    """The branch's refused step taken as a whole, from the request's status now — only a
    step the workflow allows from there (a decided request is never withdrawn)."""
    request = s.get(_mapped("service_requests").class_, c.row_id)
    target = c.branch_value.get("v")
    if request is None or not c.whole or not wf.REQUEST.can(request.status, target):
        raise ResolveRefused("not_allowed")
    current = request.status
    for ch in c.whole["changes"]:
        mapper = _mapped(ch["t"])
        obj = s.get(mapper.class_, tuple(ch["k"].values()))
        if ch["op"] == "d":
            if obj is not None:
                s.delete(obj)
            continue
        if obj is None:
            obj = mapper.class_()
            s.add(obj)
        values = dict(ch["v"])
        if ch["t"] == "request_events" and values.get("from_status"):
            values["from_status"] = current  # the step as taken here
        _set(obj, mapper, values)


TAKE = {"field": _take, "deleted": _restore, "removed": _delete, "rule": _step}
