"""the registry's file order with the search's columns beside it, on PostgreSQL (issue 13)

Revision ID: 0045_name_walk_index
Revises: 0043_decided_counts
Create Date: 2026-11-27 20:40:00

PostgreSQL only. A name search for a common word walks the registry in file order (``seq``)
until 1,000 people have every typed word. Walking ``uq_beneficiaries_seq`` fetched every walked
row from the table — tens of thousands of wide rows (60 columns, the stored words of 0044 last)
for one search. This index holds the file order with the words beside it, so the walk reads the
index alone (an index-only scan: the rows' pages must be marked all-visible, which VACUUM does;
``migrate-to`` runs it, autovacuum keeps it) and only the 1,000 found are read from the table
(``beneficiaries.name_candidates``). With ``id`` and ``name_key`` in it too the index was twice
the size and the planner, pricing its pages as random reads, preferred the table walk again.
At 1M, load 10, the 1,000 candidates: «فاطمه» 159 → 54 ms, «نو» 141 → 36 ms, «محمد» 57 → 27 ms,
«احمد عبدالله» 531 → 271 ms; a name nobody has or «ال» a few ms either way. 89 MB at 1M.
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
                   f"INCLUDE ({postgres.NAME_WORDS})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX {postgres.NAME_WALK_INDEX}")
