"""Everything that differs on PostgreSQL (the office server engine), kept in one module.

SQLite stays the embedded engine of a single desk; an office with several desks points them all
at one PostgreSQL server (``postgresql+psycopg://…``). What changes with the engine:

* **Writes are serialised like SQLite's ``BEGIN IMMEDIATE``.** Every write transaction first takes
  one transaction-scoped advisory lock, so readable numbers (``max(seq) + 1`` and the counters
  table) are handed out in commit order, with no gaps and no duplicates, and two actions can
  never deadlock half-way (each holds every lock it needs from its first statement). Reads never
  wait for it. A desk that cannot get the lock within the busy timeout is told "locked", as on
  SQLite.
* **Name search** finds the first people in file order having every typed word as the start of
  one of theirs — the meaning and order of the FTS5 prefix index on SQLite — in one of two ways
  (:mod:`desk_app.storage.postgres_search`): common words by walking the file order over an
  index of the words (``tsvector`` of ``name_key``'s words exactly as normalised by the domain,
  a prefix ``tsquery`` term per typed word), rarer ones by a GIN index over every start of every
  word (``محمد`` → ``م مح محم محمد``), each typed word one exact term (migration 0046).
* **Insertion order.** A few tables are read back "in the order the rows were written" for rows
  of one action sharing a timestamp; SQLite has an implicit ``rowid`` for that. On PostgreSQL
  those tables get an identity column of the same name (:data:`ROWID_TABLES`), which the models
  do not map, so the same ``ORDER BY …, rowid`` reads right on both engines.
"""

from __future__ import annotations

import time

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

#: Any 64-bit number unique to this application: the advisory lock every write takes first.
WRITE_LOCK_KEY = 0x4445534B_57524954  # "DESKWRIT"

#: The planner's price of a page read out of order, for the desks' reads (the server's default
#: is 4, for spinning disks). An association's registry fits in the server's memory (1M
#: people: about 1.1 GB with its indexes), where an index page costs no more than a table page.
#: At 4 a name search sent to the word starts' index (migration 0046) could still be planned as
#: a walk through the 60-column table in file order (130–270 ms for 1,000 of «فاطمه» at load 7,
#: against 35–65 ms through the index). 1.1 is PostgreSQL's own suggestion for data in memory
#: or on SSD.
READ_RANDOM_PAGE_COST = 1.1

#: A pooled connection idle longer than this (seconds) is checked before it is used.
PING_AFTER_IDLE_S = 1.0

#: Tables ordered by insertion within one timestamp (see the module docstring).
ROWID_TABLES = ("audit_events", "request_decisions", "request_notifications",
                "request_referrals", "request_events")

#: The word index of migrations 0001–0045 (over whole words, searched by prefix ``w:*``).
NAME_SEARCH_INDEX = "ix_beneficiaries_name_words"
#: File order with the stored words (migration 0045): the name search's walk reads it alone.
NAME_WALK_INDEX = "ix_beneficiaries_name_walk"
#: The words of a name as a tsvector (the name key's words as they are, no dictionary).
NAME_WORDS_OF_KEY = "array_to_tsvector(string_to_array(name_key, ' '))"
#: The stored column holding them (migration 0044; before it, the index was on the expression),
#: which the name search filters on and the GIN index covers. Not mapped in the models.
NAME_WORDS = "name_words"

#: Every start of every word of a name, as a tsvector (migration 0046). A prefix term ``w:*``
#: cannot use GIN's skipping: the index first collects every row of every word starting with
#: ``w`` (hundreds of thousands for «محمد», «عبد», «ال»), and a four-word name did that four
#: times (80–340 ms at 1M) before intersecting. With the starts stored, each typed word is one
#: exact entry and an AND is driven by its rarest word. SQL, immutable: a generated column's.
NAME_PREFIXES_FUNCTION = """
CREATE FUNCTION desk_name_prefixes(key text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT array_to_tsvector(ARRAY(SELECT left(w, n) FROM unnest(string_to_array(key, ' ')) AS w,
                                     generate_series(1, char_length(w)) AS n))
$$"""
#: The stored column of those starts (not mapped in the models) and its GIN index.
NAME_PREFIXES = "name_prefixes"
NAME_PREFIX_INDEX = "ix_beneficiaries_name_prefixes"

# SQLSTATE classes → StorageError codes (see db.StorageError).
_STATES = {
    "23505": "duplicate", "55P03": "locked", "57014": "locked", "25006": "readonly",
    "53100": "disk_full", "XX001": "corrupt", "XX002": "corrupt",
    # Cannot happen between desks (writes are serialised by the advisory lock); if another
    # program deadlocks with a desk, the desk is told to try again, like a busy SQLite file.
    "40001": "locked", "40P01": "locked",
}


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql:", "postgresql+", "postgres:"))


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here (the one driver we ship)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def make_engine(url: str, *, writer: bool, lock_timeout_ms: int) -> Engine:
    """An engine whose write transactions take the office-wide write lock first.

    Reads run in autocommit: under PostgreSQL's READ COMMITTED every statement sees its own
    snapshot anyway, and a desk typing a search saves the BEGIN and ROLLBACK round trips.
    """
    options: dict = {} if writer else {"isolation_level": "AUTOCOMMIT"}
    # No server-side prepared statements: psycopg prepares a statement after its fifth run, and
    # the server then plans it once for any value. The name search's best plan depends on how
    # common the typed words are (walk the registry in file order, or look them up in the word
    # index); one plan for all sent a name nobody has on a walk through every row (1M: 2.4 s
    # instead of 32 ms). Planning each statement costs well under a millisecond.
    engine = create_engine(normalise_url(url), pool_size=2, max_overflow=4,
                           connect_args={"connect_timeout": 10, "prepare_threshold": None},
                           **options)

    @event.listens_for(engine, "connect")
    def _session_settings(dbapi_conn, record):  # noqa: ANN001 - SQLAlchemy event signature
        with dbapi_conn.cursor() as cur:
            # Waiting longer than a desk would for SQLite's busy lock becomes "locked".
            cur.execute(f"SET lock_timeout = {int(lock_timeout_ms)}")
            cur.execute("SET application_name = 'desk-app'")
            if not writer:
                cur.execute(f"SET random_page_cost = {READ_RANDOM_PAGE_COST}")
        dbapi_conn.commit()
        record.info["returned"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_conn, record):  # noqa: ANN001
        record.info["returned"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_conn, record, _proxy):  # noqa: ANN001
        # A connection idle for a while may belong to a server that restarted meanwhile: check
        # it, and let the pool replace it, so the desk's next action simply works. Actions in
        # quick succession (search as you type) skip the extra round trip.
        if time.monotonic() - record.info.get("returned", 0.0) < PING_AFTER_IDLE_S:
            return
        try:
            dbapi_conn.execute("SELECT 1")
            if not dbapi_conn.autocommit:
                dbapi_conn.rollback()
        except engine.dialect.loaded_dbapi.Error as exc:  # psycopg, loaded only for a server
            raise DisconnectionError(str(exc)) from exc

    if writer:
        @event.listens_for(engine, "begin")
        def _take_write_lock(conn):  # noqa: ANN001
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    return engine


def classify_code(exc: BaseException) -> str | None:
    """The StorageError code of a psycopg error, by SQLSTATE; ``None`` if unknown."""
    state = getattr(exc, "sqlstate", None)
    if state is None:
        return None
    if state in _STATES:
        return _STATES[state]
    if state.startswith(("08", "57P")):  # connection lost, server shutting down
        return "unavailable"
    return None


def has_alembic_table(conn) -> bool:  # noqa: ANN001
    return conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()


#: Every sequence that numbers a column (``serial`` and identity columns), with its table.
_OWNED_SEQUENCES = """
SELECT quote_ident(sn.nspname) || '.' || quote_ident(s.relname), quote_ident(t.relname),
       quote_ident(a.attname)
FROM pg_class s
JOIN pg_namespace sn ON sn.oid = s.relnamespace
JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
JOIN pg_class t ON t.oid = d.refobjid
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace
"""


def advance_sequences(conn) -> int:  # noqa: ANN001 - a SQLAlchemy Connection
    """Set every column's sequence past the largest value stored in it.

    Rows copied in with their own numbers (``migrate-to``) do not move a sequence; without this
    the office's first saves would be given numbers the copied rows already hold (the sync log's
    positions) and be refused as duplicates. Returns how many sequences were set."""
    owned = conn.exec_driver_sql(_OWNED_SEQUENCES).all()
    for sequence, table, column in owned:
        conn.exec_driver_sql(
            f"SELECT setval('{sequence}', COALESCE(max({column}), 0) + 1, false) FROM {table}")
    return len(owned)


def vacuum_registry(engine: Engine, *, analyze: bool = False) -> None:
    """VACUUM the registry after an upgrade (outside any transaction, which VACUUM refuses);
    with ``analyze``, gather every table's planner statistics too (after a restore).

    A migration that rewrites the table (0044, 0046) leaves no page marked all-visible, and the
    name search's walk in file order reads its index alone only on such pages: until autovacuum
    came by, a common word fetched tens of thousands of rows from the table. On a registry
    vacuumed already this skips every page (well under a second at 1M)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM beneficiaries")
        if analyze:
            conn.exec_driver_sql("ANALYZE")


def create_name_search(op) -> None:  # noqa: ANN001 - alembic.op
    """The index as migration 0001 created it, over the expression (0044 moves it)."""
    op.execute(f"CREATE INDEX {NAME_SEARCH_INDEX} ON beneficiaries USING gin "
               f"({NAME_WORDS_OF_KEY})")


def add_rowid(op, table: str) -> None:  # noqa: ANN001 - alembic.op
    """The stand-in for SQLite's implicit ``rowid`` (see the module docstring)."""
    op.execute(f"ALTER TABLE {table} ADD COLUMN rowid bigint GENERATED BY DEFAULT AS IDENTITY")


def database_name(url: str) -> str:
    return make_url(normalise_url(url)).database or ""
