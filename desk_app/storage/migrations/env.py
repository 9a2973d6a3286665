"""Alembic environment: batch mode (SQLite ALTER), the models' naming convention.

On SQLite the whole upgrade is one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``): SQLite's DDL
is transactional, but the driver never begins a transaction for DDL on its own, so without this
every statement committed by itself and a crash half-way left half a schema.
"""

from alembic import context
from sqlalchemy import create_engine, event

from desk_app.storage import cipher, postgres
from desk_app.storage.schema import metadata

config = context.config
target_metadata = metadata


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001
    """The name-search indexes (FTS5 and its shadow tables, PostgreSQL's GIN index and the words
    column under it) and the PostgreSQL stand-in for SQLite's rowid are created by hand in
    migrations."""
    if type_ == "table" and name and name.startswith("beneficiary_fts"):
        return False
    if type_ == "index" and name in (postgres.NAME_SEARCH_INDEX, postgres.NAME_WALK_INDEX,
                                     postgres.NAME_PREFIX_INDEX):
        return False
    return not (type_ == "column"
                and name in ("rowid", postgres.NAME_WORDS, postgres.NAME_PREFIXES))


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        engine = _engine(config.get_main_option("sqlalchemy.url"))
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connectable)


def _engine(url: str):  # noqa: ANN202
    """An engine whose transactions are real on SQLite too (and wait for other desks' writes).

    The journal mode is left as the file has it: a new database is created with a rollback
    journal (see ``Database._create_schema``).
    """
    if not url.startswith("sqlite"):
        return create_engine(postgres.normalise_url(url))
    path = url.removeprefix("sqlite:///").split("?")[0] if url.startswith("sqlite:///") else None
    # an encrypted file is migrated through SQLCipher with the key unlocked at start
    engine = create_engine(url, **cipher.engine_kwargs(path, 30))

    @event.listens_for(engine, "connect")
    def _own_transactions(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _foreign_keys(connection, on: bool) -> None:  # noqa: ANN001
    # Batch mode rebuilds tables; foreign keys must be off meanwhile, and the pragma is a
    # no-op inside a transaction: set it on the driver's connection, outside ours.
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _run(connection) -> None:  # noqa: ANN001
    external = connection.in_transaction()  # the caller's transaction: it commits, not us
    sqlite = connection.dialect.name == "sqlite"
    if sqlite and not external:
        _foreign_keys(connection, False)
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True,
        compare_type=True, include_name=include_name, transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if sqlite and not external:
        _foreign_keys(connection, True)


run_migrations_online()
