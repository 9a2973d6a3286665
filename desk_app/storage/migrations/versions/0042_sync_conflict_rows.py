"""sync conflicts keep the whole record (issue 14)

A conflict over a deleted record (changed at one end, deleted at the other) or over a branch's
step the request workflow refuses (a decided request withdrawn at a branch) is resolved by
restoring the record or taking the branch's step as a whole; ``whole`` holds what that needs:
the deleted row with the branch's changes on it, or the branch's refused action. Conflicts found
before this revision have none (their records can still be kept as they are).

Revision ID: 0042_sync_conflict_rows
Revises: 0028_sync_waits
Create Date: 2026-11-27 19:50:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0042_sync_conflict_rows'
down_revision: str | Sequence[str] | None = '0028_sync_waits'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_conflicts') as batch:
        batch.add_column(sa.Column('whole', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts') as batch:
        batch.drop_column('whole')
