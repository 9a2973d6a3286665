"""every start of every word of a name stored for the search, on PostgreSQL (issue 13)

Revision ID: 0046_name_prefixes
Revises: 0045_name_walk_index
Create Date: 2026-11-27 23:20:00

PostgreSQL only (SQLite's FTS5 index keeps its own prefixes, ``prefix='1 2 3'``). The search
asked the GIN index of 0044 for every typed word as a prefix (``'محمد':*``). A prefix term
cannot use GIN's skipping: the index first gathers every row of every word starting with it
into a bitmap, then intersects. For a four-word full name made of common words («محمد»,
«عبد…», «ال…»: hundreds of thousands of rows each) that was 80 ms on a quiet machine and up to
340 ms at load 5, whatever the rarest word — the p95 of the 1M search, as slow in the bare
statement. Storing each word's starts (``محمد`` → ``م مح محم محمد``, from one letter, the
shortest prefix the search accepts, to the whole word) lets every typed word be one exact
entry: the same rows (a typed word starts a word exactly when it is one of its starts), and an
AND driven by its rarest word (18 ms for the same name at the same load).

The words of 0044 and the file-order walk of 0045 stay: a common word is still found by
walking the registry in file order over the narrow index of the words (the same walk over the
starts, three times wider, was 2.5–3 times slower); the search chooses between the walk and
this index by the starts' statistics (``postgres.name_filter``). The words' own GIN index goes
(nothing asks it any more). One table rewrite, the index, the statistics; the registry is
vacuumed after the upgrade by ``Database.open`` (VACUUM cannot run inside the migration's
transaction, and the walk reads its index alone only on pages marked all-visible).
Changed in place 40 minutes after first landing: only the benchmark's server had run the
first version (starts in the walk index instead of the words), downgraded and upgraded again.
"""
from collections.abc import Sequence

from alembic import op

from desk_app.storage import postgres

revision: str = '0046_name_prefixes'
down_revision: str | Sequence[str] | None = '0045_name_walk_index'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(postgres.NAME_PREFIXES_FUNCTION)
    op.execute(f"DROP INDEX {postgres.NAME_SEARCH_INDEX}")
    op.execute(f"ALTER TABLE beneficiaries ADD COLUMN {postgres.NAME_PREFIXES} tsvector "
               f"GENERATED ALWAYS AS (desk_name_prefixes(name_key)) STORED")
    op.execute(f"CREATE INDEX {postgres.NAME_PREFIX_INDEX} ON beneficiaries "
               f"USING gin ({postgres.NAME_PREFIXES})")
    # statistics of the new column now (autovacuum does not analyze after a rewrite): the
    # search chooses between the walk in file order and this index by them
    op.execute("ANALYZE beneficiaries")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE beneficiaries DROP COLUMN {postgres.NAME_PREFIXES}")  # and index
    op.execute("DROP FUNCTION desk_name_prefixes(text)")
    op.execute(f"CREATE INDEX {postgres.NAME_SEARCH_INDEX} ON beneficiaries "
               f"USING gin ({postgres.NAME_WORDS})")
