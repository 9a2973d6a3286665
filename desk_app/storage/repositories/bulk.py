"""Bulk writes for demo data and large imports: plain ``executemany`` instead of the ORM.

The ORM costs ~100 µs a row (identity map, unit of work, audit snapshot); a million demo
beneficiaries must take minutes, not hours. Rows go in as tuples in the order of the columns
named, already in the storage formats SQLAlchemy itself uses for SQLite (ISO dates, datetimes
with microseconds), so the ORM reads them back exactly like rows it wrote.

Bulk writes bypass the audit capture (it listens to ORM flushes), so the caller records what it
did with :func:`add_summary_event` — one event with a summary, not one change per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desk_app.domain.entities import Actor
from desk_app.storage import report_counts_sql
from desk_app.storage.audit_chain import seal
from desk_app.storage.tables import AuditEvent, Beneficiary, HouseholdMember

HOUSEHOLD_COLUMNS: tuple[str, ...] = tuple(c.name for c in HouseholdMember.__table__.columns)

# The trigger that keeps the name index in step on insert (migration 0001). Its SQL is read
# back from the database rather than repeated here, so this module and the migration that
# created it can never disagree.
FTS_INSERT_TRIGGER = "beneficiaries_fts_ai"


_TABLES = {t.name: t for t in (Beneficiary.__table__, HouseholdMember.__table__)}


def insert_rows(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) with one ``executemany``."""
    if not rows:
        return
    known = _TABLES[table].columns
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise ValueError(f"not columns of {table}: {unknown}")
    insert_table(session, _TABLES[table], columns, rows)


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _marks(session: Session, n: int) -> str:
    """``n`` positional parameter marks in the driver's own style (sqlite3 ``?``, psycopg ``%s``)."""
    return ", ".join(("%s" if _postgres(session) else "?") for _ in range(n))


def insert_table(session: Session, table: Table, columns: Sequence[str],
                 rows: Sequence[Sequence[Any]]) -> None:
    """``executemany`` of ``rows`` into any mapped table (columns named, in that order)."""
    if not rows:
        return
    if _postgres(session):
        rows = _for_postgres(table, columns, rows)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({_marks(session, len(columns))})"
    keys = [r[columns.index("id")] for r in rows] if "id" in columns else None
    with report_counts_deferred(session, table.name, keys):
        session.connection().exec_driver_sql(sql, list(rows))


def _for_postgres(table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
                  ) -> Sequence[Sequence[Any]]:
    """SQLite takes 0/1 for booleans; PostgreSQL wants them typed. ISO date and datetime text
    needs nothing: psycopg sends text untyped and the server reads it as the column's type."""
    flags = [isinstance(table.c[c].type, Boolean) for c in columns]
    if not any(flags):
        return rows
    return [tuple(bool(v) if f and v is not None else v for v, f in zip(r, flags, strict=True))
            for r in rows]


def sql_date(value: date | None) -> str | None:
    """A date as SQLAlchemy stores it in SQLite."""
    return value.isoformat() if value else None


def sql_datetime(value: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (always with microseconds)."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def max_seq(session: Session) -> int:
    return session.execute(text("SELECT coalesce(max(seq), 0) FROM beneficiaries")).scalar_one()


def counter_value(session: Session, name: str) -> int:
    value = session.execute(text("SELECT value FROM counters WHERE name = :n"), {"n": name})
    return value.scalar() or 0


def taken_identities(
    session: Session, numbers: Iterable[str]
) -> set[tuple[str, str, str]]:
    """The ``(id_type, id_country, id_number)`` already stored among ``numbers``."""
    found: set[tuple[str, str, str]] = set()
    batch: list[str] = []
    for number in numbers:
        batch.append(number)
        if len(batch) == 900:  # under SQLite's default host-parameter limit on old builds
            found |= _taken(session, batch)
            batch = []
    if batch:
        found |= _taken(session, batch)
    return found


def _taken(session: Session, numbers: list[str]) -> set[tuple[str, str, str]]:
    marks = _marks(session, len(numbers))
    rows = session.connection().exec_driver_sql(
        f"SELECT id_type, id_country, id_number FROM beneficiaries WHERE id_number IN ({marks})",
        tuple(numbers),
    )
    return {(r[0], r[1], r[2]) for r in rows}


@contextmanager
def name_index_deferred(session: Session) -> Iterator[None]:
    """Fill the FTS name index once after a bulk insert instead of row by row.

    Inside the caller's transaction: drops the insert trigger, lets the block insert, then
    indexes every new row with one ``INSERT … SELECT`` and recreates the trigger from the SQL
    it had. SQLite DDL is transactional, so on error the rollback restores the trigger too, and
    the write lock taken by ``BEGIN IMMEDIATE`` keeps other desks from inserting meanwhile.
    """
    if _postgres(session):  # the GIN index keeps itself in step (see storage/postgres.py)
        yield
        return
    trigger_sql = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
        {"n": FTS_INSERT_TRIGGER},
    ).scalar()
    if trigger_sql is None:
        raise RuntimeError(f"trigger {FTS_INSERT_TRIGGER} is missing; migrate the database")
    start = max_seq(session)
    session.execute(text(f"DROP TRIGGER {FTS_INSERT_TRIGGER}"))
    yield
    session.execute(
        text("INSERT INTO beneficiary_fts(rowid, name_key) "
             "SELECT seq, name_key FROM beneficiaries WHERE seq > :start ORDER BY seq"),
        {"start": start},
    )
    session.execute(text(trigger_sql))


@contextmanager
def report_counts_deferred(session: Session, table: str,
                           keys: Sequence[str] | None = None) -> Iterator[None]:
    """The report figures of the rows the block inserts into ``table`` counted once, with the
    migration's grouped backfill limited to them, instead of by the insert trigger row by row.

    SQLite runs a trigger per row under ``executemany`` at several times its cost inside one
    ``INSERT … SELECT``: the report-count triggers took a branch's 100k seed from 57 s to 136 s.
    As for the name index: inside the caller's transaction the trigger is dropped, the new
    rows (rowid above the largest before) are counted, the trigger is recreated from the SQL it
    had; a rollback restores it. The block must only insert into ``table``, not update or
    delete rows there. On PostgreSQL, given the new rows' ``keys``, the same with the trigger
    disabled (:func:`_pg_counts_deferred`).
    """
    name = report_counts_sql.BULK_TRIGGERS.get(table)
    if name is not None and _postgres(session) and keys:
        with _pg_counts_deferred(session, table, name, keys):
            yield
        return
    if name is None or _postgres(session):
        yield
        return
    conn = session.connection()
    trigger_sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).scalar()
    if trigger_sql is None:  # a database before migration 0030: nothing to keep
        yield
        return
    start = int(conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar())
    conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for sql in report_counts_sql.backfill(report_counts_sql.Sql(pg=False), table,
                                          f"{{x}}.rowid > {start}"):
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(trigger_sql)


@contextmanager
def _pg_counts_deferred(session: Session, table: str, name: str,
                        keys: Sequence[str]) -> Iterator[None]:
    """PostgreSQL runs the insert trigger's PL/pgSQL once per row (the demo's 100k people and
    their requests): the trigger is disabled in the transaction (the table's owner may; another
    login keeps it), the new rows' keys go to a temporary table, and the backfill limited to
    them counts them at once. A rollback undoes all of it."""
    conn = session.connection()
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {name}")
    except DBAPIError:  # not the table's owner: the trigger counts row by row
        yield
        return
    conn.exec_driver_sql("CREATE TEMPORARY TABLE IF NOT EXISTS bulk_new_keys "
                         "(id varchar(36) PRIMARY KEY) ON COMMIT DROP")
    conn.exec_driver_sql("DELETE FROM bulk_new_keys")
    conn.exec_driver_sql("INSERT INTO bulk_new_keys (id) VALUES (%s)", [(k,) for k in keys])
    yield
    for sql in report_counts_sql.backfill(report_counts_sql.Sql(pg=True), table,
                                          "{x}.id IN (SELECT id FROM bulk_new_keys)"):
        conn.execute(text(sql))  # as the migration runs it (its LIKE '…%' stays literal)
    conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {name}")


@contextmanager
def large_page_cache(session: Session, mebibytes: int = 256) -> Iterator[None]:
    """A bigger page cache for this connection while the block runs.

    Every row touches seven indexes (uuid key, seq, file number, identity, mobile, name key…);
    once those outgrow SQLite's default 2 MB cache each insert reads pages back from the OS.
    """
    if _postgres(session):  # the server's shared buffers are its own business
        yield
        return
    conn = session.connection()
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def add_summary_event(
    session: Session, actor: Actor, action: str, at: datetime, changes: list[dict[str, Any]],
    target_type: str = "", target_id: str = "",
) -> None:
    """Record a bulk action as one audit event carrying a summary of what it wrote.

    Meant to be called inside :meth:`Database.action` whose block made no ORM changes: the
    runner then records nothing of its own (it skips an action that changed nothing), so this
    is the action's one event.
    """
    event = AuditEvent(at=at, actor_id=actor.id, actor_name=actor.username, action=action,
                       target_type=target_type, target_id=target_id, changes=changes)
    seal(session, event)  # joins the tamper-evident chain like every other event
    session.add(event)
