"""Alembic environment: batch mode (SQLite ALTER), the models' naming convention."""

from alembic import context
from sqlalchemy import create_engine

from desk_app.storage.schema import metadata

config = context.config
target_metadata = metadata


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001
    """The FTS5 index and its shadow tables are created by hand in migrations."""
    return not (type_ == "table" and name and name.startswith("beneficiary_fts"))


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connectable)


def _run(connection) -> None:  # noqa: ANN001
    # Batch mode rebuilds tables; foreign keys must be off meanwhile (outside a transaction).
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True,
        compare_type=True, include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    connection.commit()


run_migrations_online()
