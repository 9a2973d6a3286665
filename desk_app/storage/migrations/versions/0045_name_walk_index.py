"""the registry's file order with the search's columns beside it, on PostgreSQL (issue 13)

Revision ID: 0045_name_walk_index
Revises: 0043_decided_counts
Create Date: 2026-11-27 20:40:00

PostgreSQL only. A name search for a common word walks the registry in file order (``seq``)
until 1,000 people have every typed word, and only reads ``id``, ``seq``, ``name_key`` and the
stored words (0044). Walking ``uq_beneficiaries_seq`` fetched every walked row from the table
— tens of thousands of wide rows (60 columns, the words last) for one search. This index holds
those four columns in file order, so the walk reads the index alone (an index-only scan: the
rows' pages must be marked all-visible, which VACUUM does; ``migrate-to`` runs it, autovacuum
keeps it). At 1M, load 11: «فاطمه» 145 → 20 ms, «نو» 120 → 25 ms, «محمد» 57 → 4 ms for the
1,000 candidates. About 180 MB at 1M beside a 380 MB table.
"""
from collections.abc import Sequence

from alembic import op

from desk_app.storage import postgres

revision: str = '0045_name_walk_index'
down_revision: str | Sequence[str] | None = '0043_decided_counts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX {postgres.NAME_WALK_INDEX} ON beneficiaries (seq) "
                   f"INCLUDE (id, name_key, {postgres.NAME_WORDS})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX {postgres.NAME_WALK_INDEX}")
