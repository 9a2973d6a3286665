"""the name search's words stored beside the name on PostgreSQL (issue 13)

Revision ID: 0044_name_words_column
Revises: 0042_sync_conflict_rows
Create Date: 2026-11-27 20:20:00

PostgreSQL only (SQLite's FTS5 table is its own store). The registry's name search walks the
registry in file order and keeps the first 1,000 people having every typed word as the start of
one of theirs; the words were computed from ``name_key`` again for every row walked
(``array_to_tsvector(string_to_array(…))``), most of the time of a one-word search for a
common name (at 1M: «فاطمه» walks 63k rows for its 1,000, 225 ms, nearly all of it building
tsvectors). A stored generated column holds them once, kept by the server on every insert or
update of the name; the GIN index moves onto it. The upgrade rewrites the table once (65 s
at 1M, load 14) and gathers the column's statistics.
"""
from collections.abc import Sequence

from alembic import op

from desk_app.storage import postgres

revision: str = '0044_name_words_column'
down_revision: str | Sequence[str] | None = '0042_sync_conflict_rows'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {postgres.NAME_SEARCH_INDEX}")
    op.execute(f"ALTER TABLE beneficiaries ADD COLUMN {postgres.NAME_WORDS} tsvector "
               f"GENERATED ALWAYS AS ({postgres.NAME_WORDS_OF_KEY}) STORED")
    op.execute(f"CREATE INDEX {postgres.NAME_SEARCH_INDEX} ON beneficiaries "
               f"USING gin ({postgres.NAME_WORDS})")
    # Statistics of the new column now: without them the planner takes every word for a common
    # one and walks the whole registry in file order for a name nobody has (autovacuum does
    # not analyze a table after a rewrite).
    op.execute("ANALYZE beneficiaries")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE beneficiaries DROP COLUMN {postgres.NAME_WORDS}")  # and its index
    postgres.create_name_search(op)
