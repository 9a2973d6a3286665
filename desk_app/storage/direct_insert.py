"""New rows written with Core INSERTs (one per table, many rows each) instead of the ORM's unit
of work, recorded by the action's audit and change-log captures exactly as a flush would.

The desk's most frequent saves (a registration, a request with its checklist) spent most of
their time in the unit of work: sorting the objects, working out each column's value, the
flush's own bookkeeping (issue 23). Their rows need none of it — they are new, they refer to
each other by ids given beforehand — so they are built as ORM objects (the services and the
captures keep one way of reading a row) and sent as plain INSERTs. The objects stay transient:
nothing the session flushes later writes them twice.

What a flush did that is done here: each column's Python default for an attribute not given,
the optimistic-lock counter's first value, and the captures' record of the inserted rows, in
the order the flush would have listed them (one call = one flush). What it is NOT for: rows
needing a server default, a relationship filled in at the flush, or an existing row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Insert, Table, insert, inspect
from sqlalchemy.orm import Session

from desk_app.storage import action_connection
from desk_app.storage.audit import captures

#: Per mapped class: its table, (attribute, column) pairs, and the version counter's attribute.
_PLANS: dict[type, tuple[Table, tuple[tuple[str, Column], ...], str | None]] = {}
#: One INSERT statement per table, built once (it keeps its cache key and compiled form).
_INSERTS: dict[str, Insert] = {}


def _plan(cls: type) -> tuple[Table, tuple[tuple[str, Column], ...], str | None]:
    plan = _PLANS.get(cls)
    if plan is None:
        mapper = inspect(cls)
        pairs = tuple((p.key, p.columns[0]) for p in mapper.column_attrs)
        for _key, column in pairs:
            if column.server_default is not None:
                raise ValueError(f"{column}: a server default is read back by a flush only")
        counter = next((k for k, c in pairs if c is mapper.version_id_col), None)
        plan = _PLANS[cls] = (mapper.local_table, pairs, counter)
    return plan


def _default(column: Column) -> Any:
    default = column.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def _complete(obj: Any) -> tuple[Table, dict[str, Any]]:
    """The row ``obj`` stands for, every column given; the values a flush would have set on
    the object (defaults, the first version) are set on it too, for whoever reads it next."""
    table, pairs, counter = _plan(type(obj))
    given = inspect(obj).dict
    row: dict[str, Any] = {}
    for key, column in pairs:
        if key in given:
            value = given[key]
        else:
            value = 1 if key == counter else _default(column)
            if value is None and column.primary_key:
                continue  # the database numbers it (a log position)
            setattr(obj, key, value)
        row[column.name] = value
    return table, row


def insert_new(session: Session, objs: list[Any]) -> None:
    """INSERT the new objects ``objs`` (listed parents first) in the session's transaction,
    one statement per table, and have the captures record them as one flush."""
    by_table: dict[str, tuple[Table, list[dict[str, Any]]]] = {}
    for obj in objs:
        table, row = _complete(obj)
        by_table.setdefault(table.name, (table, []))[1].append(row)
    connection = action_connection.of(session)
    for table, rows in by_table.values():
        statement = _INSERTS.get(table.name)
        if statement is None:
            statement = _INSERTS[table.name] = insert(table)
        connection.execute(statement, rows)
    for capture in captures(session):
        capture.record_new(objs)
