"""Migrations on PostgreSQL: from an empty database, one revision at a time, down and up again,
with no drift between models and schema, and the search index the migrations create."""

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from desk_app.storage import postgres
from desk_app.storage.db import HEAD_REVISION, Database, alembic_config, stored_revision


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _tables(url: str) -> set[str]:
    """Tables and their indexes ("table.index"): a revision may add only indexes."""
    engine = create_engine(postgres.normalise_url(url))
    try:
        found = inspect(engine)
        names = set(found.get_table_names())
        return names | {f"{t}.{i['name']}" for t in names for i in found.get_indexes(t)}
    finally:
        engine.dispose()


def _columns(url: str) -> set[str]:
    """Every "table:column": a revision may add only a column (0017 audit redaction)."""
    engine = create_engine(postgres.normalise_url(url))
    try:
        found = inspect(engine)
        return {f"{t}:{c['name']}" for t in found.get_table_names()
                for c in found.get_columns(t)}
    finally:
        engine.dispose()


DATA_ONLY = {"0027_beneficiary_type_source", "0043_decided_counts"}


def test_upgrade_from_empty_database_one_revision_at_a_time(pg_server):
    url = pg_server.url(pg_server.create_database())
    seen: set[str] = set()
    for revision in _revisions():
        command.upgrade(alembic_config(url), revision)
        tables = _tables(url) | _columns(url)
        # Each revision adds something; one may also drop an index (0011 drops the unique
        # identity constraint's), so "adds" is not "a strict superset". A data migration only
        # changes rows (0027 reconciles the beneficiary type with its category).
        assert tables - seen or revision in DATA_ONLY, f"{revision} created no table, index or column"
        seen = tables
    db = Database.open(url)
    assert stored_revision(db.read_engine) == HEAD_REVISION
    with db.read_engine.connect() as conn:
        indexes = {r[0] for r in conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'beneficiaries'"))}
        # the walk over the words (0044/0045) and the index of their starts (0046), which
        # replaced the words' own GIN index
        assert {postgres.NAME_PREFIX_INDEX, postgres.NAME_WALK_INDEX} <= indexes
        assert postgres.NAME_SEARCH_INDEX not in indexes
        columns = {c["name"] for c in inspect(conn).get_columns("beneficiaries")}
        assert {postgres.NAME_PREFIXES, postgres.NAME_WORDS} <= columns
        for table in postgres.ROWID_TABLES:
            cols = {c["name"] for c in inspect(conn).get_columns(table)}
            assert "rowid" in cols, table
    db.dispose()


def test_open_migrates_an_empty_database_and_alembic_sees_no_drift(pg_server):
    url = pg_server.url(pg_server.create_database())
    db = Database.open(url)
    assert stored_revision(db.read_engine) == HEAD_REVISION
    db.dispose()
    command.check(alembic_config(url))  # raises if models and migrations disagree


def test_downgrade_to_base_and_up_again(pg_server):
    url = pg_server.url(pg_server.create_database())
    Database.open(url).dispose()
    command.downgrade(alembic_config(url), "base")
    assert _tables(url) == {"alembic_version"}
    db = Database.open(url)
    assert stored_revision(db.read_engine) == HEAD_REVISION
    db.dispose()


def test_postgres_url_without_driver_means_psycopg(pg_server):
    url = pg_server.url(pg_server.create_database()).replace("postgresql+psycopg:", "postgresql:")
    db = Database.open(url)
    assert db.read_engine.dialect.driver == "psycopg"
    db.dispose()
